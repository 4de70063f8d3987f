#include "attendance/TodayOverview.h"

#include "schedule/ScheduleQuery.h"
#include "schedule/SchoolCalendar.h"
#include "store/Store.h"

#include <algorithm>
#include <unordered_map>

namespace tutordesk {

namespace {

struct SheetCounts {
    QString skill;
    int students = 0;
    int recorded = 0;
    int present = 0;
    int absent = 0;
};

// One query for the whole day: each session's skill, who is on its sheet (the students a make-up is
// for, else the group's seat holders that day, and anyone with attendance for it) and its attendance.
std::unordered_map<std::int64_t, SheetCounts> countsFor(Database& db, const QDate& day)
{
    Statement st = db.prepare(
        "WITH day_sessions AS (SELECT id, group_id, day, skill_covered FROM sessions WHERE day = ?1),"
        " sheet AS ("
        "  SELECT ss.session_id AS session_id, ss.student_id FROM session_students ss"
        "  JOIN day_sessions d ON d.id = ss.session_id"
        "  UNION SELECT d.id, e.student_id FROM day_sessions d"
        "  JOIN enrollments e ON e.group_id = d.group_id AND (e.status IN ('invited', 'consented', 'active')"
        "   OR (e.status IN ('paused', 'exited') AND coalesce(e.end_day, e.status_since) >= d.day))"
        "  AND (e.begin_day IS NULL OR e.begin_day <= d.day)"
        "  WHERE NOT EXISTS (SELECT 1 FROM session_students x WHERE x.session_id = d.id)"
        "  UNION SELECT a.session_id, a.student_id FROM attendance a"
        "  JOIN day_sessions d ON d.id = a.session_id),"
        " sheet_counts AS (SELECT session_id, count(*) AS n FROM sheet GROUP BY session_id),"
        " taken AS (SELECT a.session_id, count(*) AS n, sum(a.status IN ('present', 'tardy')) AS present,"
        "  sum(a.status IN ('excused', 'unexcused')) AS absent"
        "  FROM attendance a JOIN day_sessions d ON d.id = a.session_id GROUP BY a.session_id)"
        " SELECT d.id,"
        " CASE WHEN d.skill_covered <> '' THEN d.skill_covered WHEN g.skill_description <> ''"
        "  THEN g.skill_description ELSE g.skill_code END,"
        " coalesce(sc.n, 0), coalesce(t.n, 0), coalesce(t.present, 0), coalesce(t.absent, 0)"
        " FROM day_sessions d JOIN tutoring_groups g ON g.id = d.group_id"
        " LEFT JOIN sheet_counts sc ON sc.session_id = d.id LEFT JOIN taken t ON t.session_id = d.id");
    st.bindAll(day);
    std::unordered_map<std::int64_t, SheetCounts> counts;
    while (st.step()) {
        counts.emplace(st.integer(0),
                       SheetCounts{st.text(1), static_cast<int>(st.integer(2)),
                                   static_cast<int>(st.integer(3)), static_cast<int>(st.integer(4)),
                                   static_cast<int>(st.integer(5))});
    }
    return counts;
}

} // namespace

int TodayOverview::sessionsNotTaken() const
{
    return static_cast<int>(std::count_if(sessions.begin(), sessions.end(), [](const TodaySession& s) {
        return !s.session.isCancelled() && s.students > 0 && !s.isTaken();
    }));
}

int TodayOverview::actionsOverdue() const
{
    return static_cast<int>(
        std::count_if(actions.begin(), actions.end(), [](const DueAction& a) { return a.daysOverdue > 0; }));
}

TodayOverview TodayOverviews::load(Store& store, const QDate& day)
{
    TodayOverview overview;
    overview.day = day;
    const SchoolCalendar calendar = SchoolCalendar::load(store);
    overview.isSchoolDay = calendar.isSchoolDay(day);
    overview.dayLabel = calendar.labelOf(day);

    Database& db = store.db();
    const auto counts = countsFor(db, day);
    for (ScheduledSession& session : ScheduleQuery::range(store, day, day)) {
        TodaySession today;
        if (const auto found = counts.find(session.id); found != counts.end()) {
            today.skill = found->second.skill;
            today.students = found->second.students;
            today.recorded = found->second.recorded;
            today.present = found->second.present;
            today.absent = found->second.absent;
        }
        today.session = std::move(session);
        overview.sessions.push_back(std::move(today));
    }

    ProtocolActions::Filter filter;
    filter.openOnly = true;
    filter.dueBy = day;
    overview.actions = ProtocolActions::list(store, day, filter);
    overview.actionsLater = static_cast<int>(
        db.queryInteger("SELECT count(*) FROM protocol_actions WHERE status = 'open' AND due_on > ?", day));
    overview.followUps = ContactLog::followUpsDue(store, day);
    return overview;
}

TodayOverview TodayOverviews::load(Store& store, const QDate& day, const QTime& now)
{
    TodayOverview overview = load(store, day);
    // Sessions that have started and still need attendance first (by time), then the rest by time.
    const auto needsAttention = [&](const TodaySession& s) {
        return !s.session.isCancelled() && s.session.start.isValid() && s.session.start <= now &&
               s.students > 0 && !s.isTaken();
    };
    std::stable_partition(overview.sessions.begin(), overview.sessions.end(), needsAttention);
    return overview;
}

} // namespace tutordesk
