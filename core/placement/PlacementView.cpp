#include "placement/PlacementView.h"

#include "placement/GradeBand.h"
#include "placement/Subjects.h"
#include "store/Database.h"

#include <algorithm>
#include <tuple>
#include <unordered_map>

namespace tutordesk {

namespace {

// Students in need order, as NeedScore::ranksBefore orders them: the score (current, or the snapshot
// for a student never ranked), more levels below (kept in the breakdown), lower attendance, district id.
constexpr const char* studentColumns =
    "e.sourced_id, s.sourced_id, s.first_name || ' ' || s.last_name, s.grade, e.status,"
    " coalesce(s.need_score, e.need_score, 0) AS score,"
    " coalesce(CASE WHEN json_valid(s.need_breakdown) THEN (SELECT json_extract(j.value, '$.levelsBelow')"
    " FROM json_each(s.need_breakdown) j WHERE json_extract(j.value, '$.factor') = 'benchmark') END, 0)"
    " AS levels";
constexpr const char* needOrder = " ORDER BY score DESC, levels DESC, s.attendance_rate ASC NULLS LAST,"
                                  " s.sourced_id";

// The studentColumns of a row, starting at column `first`.
PlacedStudent placedStudent(const Statement& st, int first, const PlacementView::Outcome* outcome)
{
    PlacedStudent p;
    p.enrollmentId = st.text(first);
    p.districtId = st.text(first + 1);
    p.name = st.text(first + 2);
    p.grade = st.text(first + 3);
    p.status = st.text(first + 4);
    p.score = st.real(first + 5);
    p.levelsBelow = static_cast<int>(st.integer(first + 6));
    p.placedNow = outcome && outcome->placedEnrollments.contains(p.enrollmentId);
    return p;
}

} // namespace

PlacementResult PlacementView::load(Database& db, const Outcome* outcome)
{
    PlacementResult result;
    Statement groups =
        db.prepare("SELECT g.id, g.sourced_id, g.name, g.subject, g.grade_band,"
                   " CASE WHEN g.skill_description <> '' THEN g.skill_description ELSE g.skill_code END,"
                   " g.tier, g.cap, g.status, coalesce(t.first_name || ' ' || t.last_name, ''), g.minutes"
                   " FROM tutoring_groups g LEFT JOIN tutors t ON t.id = g.tutor_id"
                   " WHERE g.status IN ('active', 'planned')");
    while (groups.step()) {
        PlacedGroup g;
        g.id = groups.integer(0);
        g.sourcedId = groups.text(1);
        g.name = groups.text(2);
        g.subject = groups.text(3);
        g.gradeBand = groups.text(4);
        g.skill = groups.text(5);
        g.tier = static_cast<int>(groups.integer(6));
        g.cap = static_cast<int>(groups.integer(7));
        g.status = groups.text(8);
        g.tutor = groups.text(9);
        g.minutes = static_cast<int>(groups.integer(10));
        // In a placement's result "new" means proposed by it; on the page, every group still waiting
        // for its tutor is a proposal.
        g.isNew = outcome ? outcome->newGroups.contains(g.id) : g.status == QLatin1String("planned");
        result.seatsOffered += g.cap;
        result.groups.push_back(std::move(g));
    }
    std::sort(result.groups.begin(), result.groups.end(), [](const PlacedGroup& a, const PlacedGroup& b) {
        const auto key = [](const PlacedGroup& g) {
            return std::tuple(Subjects::order(g.subject), GradeBand::lowestRank(g.gradeBand), g.tier);
        };
        if (key(a) != key(b))
            return key(a) < key(b);
        return a.name < b.name;
    });
    std::unordered_map<std::int64_t, std::size_t> groupIndex;
    for (std::size_t i = 0; i < result.groups.size(); ++i)
        groupIndex.emplace(result.groups[i].id, i);

    Statement seats = db.prepare(
        QByteArray("SELECT e.group_id, ")
            .append(studentColumns)
            .append(
                " FROM enrollments e JOIN students s ON s.id = e.student_id"
                " JOIN tutoring_groups g ON g.id = e.group_id"
                " WHERE e.status IN ('invited', 'consented', 'active') AND g.status IN ('active', 'planned')")
            .append(needOrder)
            .toStdString());
    while (seats.step()) {
        const auto found = groupIndex.find(seats.integer(0));
        if (found == groupIndex.end())
            continue;
        PlacedStudent p = placedStudent(seats, 1, outcome);
        if (p.placedNow)
            ++result.placed;
        result.groups[found->second].students.push_back(std::move(p));
    }

    Statement waiting = db.prepare(QByteArray("SELECT ")
                                       .append(studentColumns)
                                       .append(", e.subject, e.tier FROM enrollments e"
                                               " JOIN students s ON s.id = e.student_id"
                                               " WHERE e.status = 'waitlisted'")
                                       .append(needOrder)
                                       .toStdString());
    while (waiting.step()) {
        WaitlistEntry w;
        w.student = placedStudent(waiting, 0, outcome);
        w.subject = waiting.text(7);
        w.tier = static_cast<int>(waiting.integer(8));
        result.waitlist.push_back(std::move(w));
    }
    return result;
}

} // namespace tutordesk
