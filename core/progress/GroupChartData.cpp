// A group's charts: growth per student on the group's skill, sessions held against scheduled by week.
#include "progress/ChartData.h"
#include "progress/ChartSql.h"
#include "store/Store.h"

namespace tutordesk {

int WeekSessions::cancelled() const
{
    int n = 0;
    for (const auto& [reason, count] : cancelledBy)
        n += count;
    return n;
}

std::vector<StudentGrowth> ChartData::groupGrowth(Store& store, std::int64_t groupId, const QDate& today)
{
    // Every student seated in the group this year (paused and exited ones too: they were taught), with
    // growth on the group's skill from probe_growth; none until two probes.
    Statement st = store.db().prepare(
        ChartSql::withSeats(store, today) +
        "members AS (SELECT DISTINCT student_id FROM seats WHERE group_id = :group AND since <= :today)"
        " SELECT m.student_id, " +
        ChartSql::studentName("s") +
        ", pg.growth, pg.pre_percent, pg.latest_percent, coalesce(pg.results, 0), coalesce(pg.mastered, 0)"
        " FROM members m JOIN students s ON s.id = m.student_id"
        " JOIN tutoring_groups g ON g.id = :group"
        " LEFT JOIN probe_growth pg ON pg.student_id = m.student_id AND pg.skill = g.skill_code"
        " ORDER BY s.last_name_key, s.first_name_key, s.id");
    st.bindNamed(":today", today);
    st.bindNamed(":group", groupId);
    std::vector<StudentGrowth> rows;
    while (st.step()) {
        StudentGrowth g;
        g.studentId = st.integer(0);
        g.name = st.text(1);
        g.growth = st.optionalReal(2);
        g.prePercent = st.optionalReal(3);
        g.latestPercent = st.optionalReal(4);
        g.results = static_cast<int>(st.integer(5));
        g.mastered = st.integer(6) != 0;
        rows.push_back(g);
    }
    return rows;
}

std::vector<WeekSessions> ChartData::groupWeeks(Store& store, std::int64_t groupId, const QDate& today)
{
    // A session counts as held when marked held or when attendance was taken (as SeatFigures counts).
    Statement st = store.db().prepare("SELECT " + ChartSql::weekStart("s.day") +
                                      " AS week, s.kind,"
                                      " CASE WHEN s.status = 'cancelled' THEN 'cancelled'"
                                      "  WHEN s.status = 'held' OR EXISTS (SELECT 1 FROM attendance x WHERE "
                                      "x.session_id = s.id) THEN 'held'"
                                      "  ELSE 'scheduled' END AS state,"
                                      " coalesce(s.cancel_reason, ''), count(*)"
                                      " FROM sessions s WHERE s.group_id = ? AND s.day <= ?"
                                      " GROUP BY week, s.kind, state, s.cancel_reason ORDER BY week");
    st.bindAll(groupId, today);
    std::vector<WeekSessions> weeks;
    while (st.step()) {
        const QDate week = ChartSql::day(st.text(0));
        if (weeks.empty() || weeks.back().weekStart != week) {
            WeekSessions w;
            w.weekStart = week;
            weeks.push_back(w);
        }
        WeekSessions& w = weeks.back();
        const bool regular = st.text(1) == QLatin1String("regular");
        const QString state = st.text(2);
        const int count = static_cast<int>(st.integer(4));
        if (regular) {
            w.scheduled += count;
            if (state == QLatin1String("held"))
                w.held += count;
            else if (state == QLatin1String("cancelled"))
                w.cancelledBy[st.text(3)] += count;
        } else if (state == QLatin1String("held")) {
            w.makeupsHeld += count;
        }
    }
    return weeks;
}

GroupChartData ChartData::group(Store& store, std::int64_t groupId, const QDate& today)
{
    GroupChartData data;
    data.groupId = groupId;
    Statement st = store.db().prepare("SELECT name, skill_code, tier FROM tutoring_groups WHERE id = ?");
    st.bindAll(groupId);
    if (st.step()) {
        data.name = st.text(0);
        data.skill = st.text(1);
        data.tier = static_cast<int>(st.integer(2));
    }
    data.growth = groupGrowth(store, groupId, today);
    data.weeks = groupWeeks(store, groupId, today);
    return data;
}

std::vector<ChartChoice> ChartData::groups(Store& store)
{
    Statement st = store.db().prepare("SELECT id, name FROM tutoring_groups ORDER BY name, id");
    st.bindAll();
    std::vector<ChartChoice> list;
    while (st.step())
        list.push_back({st.integer(0), st.text(1)});
    return list;
}

std::vector<ChartChoice> ChartData::students(Store& store)
{
    Statement st = store.db().prepare(
        "SELECT s.id, " + ChartSql::studentName("s") +
        " || ' (' || s.sourced_id || ')' FROM students s"
        " WHERE EXISTS (SELECT 1 FROM enrollments e WHERE e.student_id = s.id AND e.group_id IS NOT NULL"
        "  AND e.status <> 'waitlisted')"
        " ORDER BY s.last_name_key, s.first_name_key, s.id");
    st.bindAll();
    std::vector<ChartChoice> list;
    while (st.step())
        list.push_back({st.integer(0), st.text(1)});
    return list;
}

} // namespace tutordesk
