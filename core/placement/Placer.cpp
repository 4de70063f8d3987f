#include "placement/Placer.h"

#include "placement/GradeBand.h"
#include "placement/NeedRanking.h"
#include "placement/PlacementText.h"
#include "placement/Subjects.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QUuid>

#include <algorithm>
#include <tuple>
#include <unordered_map>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::Placement)
};

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

Placer::Placer(Database& db, Setup setup)
    : m_db(db)
    , m_setup(std::move(setup))
    , m_insertEnrollment(
          db.prepare("INSERT INTO enrollments (sourced_id, student_id, group_id, subject, tier,"
                     " status, status_since, need_score, need_breakdown)"
                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"))
    , m_seatWaiting(db.prepare("UPDATE enrollments SET group_id = ?, tier = ?, status = 'invited',"
                               " status_since = ?, need_score = ?, need_breakdown = ? WHERE id = ?"))
    , m_refreshWaiting(db.prepare("UPDATE enrollments SET tier = ?1, need_score = ?2, need_breakdown = ?3"
                                  " WHERE id = ?4 AND (tier IS NOT ?1 OR need_score IS NOT ?2"
                                  " OR need_breakdown IS NOT ?3)"))
    , m_closeWaiting(db.prepare("UPDATE enrollments SET status = 'exited', status_since = ?, end_day = ?,"
                                " exit_reason = ? WHERE id = ?"))
    , m_insertGroup(
          db.prepare("INSERT INTO tutoring_groups (sourced_id, name, subject, skill_code,"
                     " skill_description, tier, cap, grade_band, minutes, start_day, end_day, status)"
                     " VALUES (?, ?, ?, '', ?, ?, ?, ?, ?, ?, ?, 'planned')"))
{}

void Placer::Slot::setBand(const QString& band)
{
    if (const auto range = GradeBand::range(band))
        std::tie(bandLow, bandHigh) = *range;
}

void Placer::loadGroups()
{
    Statement st =
        m_db.prepare("SELECT g.id, g.subject, g.grade_band, g.tier, g.cap, g.status,"
                     " (SELECT count(*) FROM enrollments e WHERE e.group_id = g.id"
                     "  AND e.status IN ('invited', 'consented', 'active'))"
                     " FROM tutoring_groups g WHERE g.status IN ('active', 'planned') ORDER BY g.id");
    while (st.step()) {
        Slot s;
        s.id = st.integer(0);
        s.subject = st.text(1);
        s.setBand(st.text(2));
        s.tier = static_cast<int>(st.integer(3));
        s.cap = static_cast<int>(st.integer(4));
        s.active = st.text(5) == QLatin1String("active");
        s.taken = static_cast<int>(st.integer(6));
        m_offered += s.cap;
        m_slots.push_back(std::move(s));
    }
    Statement names = m_db.prepare("SELECT name FROM tutoring_groups");
    while (names.step())
        m_groupNames.insert(names.text(0));
}

void Placer::loadEnrollments()
{
    Statement st = m_db.prepare("SELECT e.id, e.sourced_id, e.student_id, coalesce(g.subject, e.subject),"
                                " e.status, e.group_id IS NOT NULL FROM enrollments e"
                                " LEFT JOIN tutoring_groups g ON g.id = e.group_id ORDER BY e.id");
    while (st.step()) {
        const Key key{st.integer(2), st.text(3)};
        const QString status = st.text(4);
        if (status == QLatin1String("invited") || status == QLatin1String("consented") ||
            status == QLatin1String("active"))
            m_seated.insert(key);
        else if ((status == QLatin1String("paused") || status == QLatin1String("exited")) && st.integer(5))
            m_blocked.insert(key);
        else if (status == QLatin1String("waitlisted"))
            m_waitlist.try_emplace(key, Waiting{st.integer(0), st.text(1)}); // the oldest entry counts
    }
}

Placer::Slot* Placer::openSeat(const NeedScoreRow& row, const QString& subject)
{
    // Among the groups that fit, an active group (it has its tutor) before a planned one, then the
    // group closest to full, so that seats are filled rather than spread thin.
    const int grade = GradeBand::gradeRank(row.grade).value_or(-99);
    Slot* best = nullptr;
    for (Slot& s : m_slots) {
        if (s.taken >= s.cap || s.tier != row.tier || s.subject != subject || grade < s.bandLow ||
            grade > s.bandHigh)
            continue;
        if (!best ||
            std::tuple(!s.active, s.cap - s.taken) < std::tuple(!best->active, best->cap - best->taken))
            best = &s;
    }
    return best;
}

Placer::Slot* Placer::newGroup(const NeedScoreRow& row, const QString& subject)
{
    const TierDefinition tier = Tiers::find(m_setup.tiers, row.tier);
    // The last group under the budget may be smaller than the tier allows.
    const int cap = std::min(tier.maxGroupSize, m_setup.seatBudget - m_offered);
    const QString band = GradeBand::forGrade(row.grade);
    if (cap < 1 || band.isEmpty())
        return nullptr;
    QString name;
    for (int i = 0; name.isEmpty() || m_groupNames.contains(name); ++i)
        name = PlacementText::groupName(subject, band, row.tier, PlacementText::letter(i));
    const QDate start = std::clamp(m_setup.today, m_setup.yearStart, m_setup.yearEnd);
    m_insertGroup.bindAll(newId(), name, subject, Tr::tr("to be set"), row.tier, cap, band,
                          std::clamp(tier.minutes, 5, 240), start, m_setup.yearEnd);
    m_insertGroup.run();
    Slot s;
    s.id = m_db.lastInsertId();
    s.subject = subject;
    s.setBand(band);
    s.tier = row.tier;
    s.cap = cap;
    m_groupNames.insert(name);
    m_offered += cap;
    m_outcome.newGroups.insert(s.id);
    m_slots.push_back(std::move(s));
    return &m_slots.back();
}

void Placer::seat(const NeedScoreRow& row, const QString& subject, Slot& slot, const QString& breakdown)
{
    // Checked here; the cap trigger in the schema is the last line of defence.
    Q_ASSERT(slot.taken < slot.cap);
    const Key key{row.studentId, subject};
    QString id;
    if (const auto waiting = m_waitlist.find(key); waiting != m_waitlist.end()) {
        // The waiting entry becomes the seat: one enrollment keeps the student's whole story.
        m_seatWaiting.bindAll(slot.id, row.tier, m_setup.today, row.score, breakdown, waiting->second.id);
        m_seatWaiting.run();
        id = waiting->second.sourcedId;
        m_waitlist.erase(waiting);
    } else {
        id = newId();
        m_insertEnrollment.bindAll(id, row.studentId, slot.id, subject, row.tier, "invited", m_setup.today,
                                   row.score, breakdown);
        m_insertEnrollment.run();
    }
    ++slot.taken;
    ++m_placed;
    m_seated.insert(key);
    m_outcome.placedEnrollments.insert(id);
}

void Placer::wait(const NeedScoreRow& row, const QString& subject, const QString& breakdown)
{
    if (const auto waiting = m_waitlist.find({row.studentId, subject}); waiting != m_waitlist.end()) {
        m_refreshWaiting.bindAll(row.tier, row.score, breakdown, waiting->second.id);
        m_refreshWaiting.run();
        return;
    }
    m_insertEnrollment.bindAll(newId(), row.studentId, nullptr, subject, row.tier, "waitlisted",
                               m_setup.today, row.score, breakdown);
    m_insertEnrollment.run();
}

void Placer::closeStaleWaitlist(const std::vector<NeedScoreRow>& rows, const std::set<Key>& waiting)
{
    std::unordered_map<std::int64_t, const NeedScoreRow*> byStudent;
    for (const NeedScoreRow& row : rows)
        byStudent.emplace(row.studentId, &row);
    for (const auto& [key, entry] : m_waitlist) {
        // Only the subjects placement manages; an entry for another subject is the coordinator's own.
        if (waiting.count(key) || !Subjects::placed().contains(key.second))
            continue;
        const auto found = byStudent.find(key.first);
        QString why;
        if (found == byStudent.end())
            why = Tr::tr("Left the waitlist: no longer an active student at the school");
        else if (found->second->tier < 2)
            why = Tr::tr("Left the waitlist: the need score (%1) is now under tier 2")
                      .arg(found->second->score);
        else if (found->second->levelsBelowIn(key.second) < 1)
            why = Tr::tr("Left the waitlist: the latest benchmark no longer shows %1 below grade level")
                      .arg(Subjects::title(key.second).toLower());
        else if (m_seated.count(key))
            why = Tr::tr("Left the waitlist: already holds a seat in %1")
                      .arg(Subjects::title(key.second).toLower());
        else
            why = Tr::tr("Left the waitlist: a seat in %1 was paused or ended; re-seat by hand")
                      .arg(Subjects::title(key.second).toLower());
        m_closeWaiting.bindAll(m_setup.today, m_setup.today, why, entry.id);
        m_closeWaiting.run();
        ++m_leftWaitlist;
    }
}

void Placer::run()
{
    const std::vector<NeedScoreRow> rows = NeedRanking::rankWithin(m_db, m_setup.weights, m_setup.tiers);
    loadGroups();
    loadEnrollments();
    std::set<Key> waiting;
    for (const NeedScoreRow& row : rows) {
        if (row.tier < 2)
            continue;
        // The subject the student is furthest behind in comes first (reading on a tie).
        QStringList subjects;
        for (const QString& subject : Subjects::placed()) {
            if (row.levelsBelowIn(subject) >= 1)
                subjects << subject;
        }
        std::stable_sort(subjects.begin(), subjects.end(), [&](const QString& a, const QString& b) {
            return row.levelsBelowIn(a) > row.levelsBelowIn(b);
        });
        QString breakdown;
        for (const QString& subject : subjects) {
            const Key key{row.studentId, subject};
            if (m_seated.count(key) || m_blocked.count(key))
                continue;
            if (breakdown.isEmpty())
                breakdown = NeedScore::breakdownJson(row);
            Slot* slot = openSeat(row, subject);
            if (!slot)
                slot = newGroup(row, subject);
            if (slot) {
                seat(row, subject, *slot, breakdown);
            } else {
                wait(row, subject, breakdown);
                waiting.insert(key);
            }
        }
    }
    closeStaleWaitlist(rows, waiting);
}

} // namespace tutordesk
