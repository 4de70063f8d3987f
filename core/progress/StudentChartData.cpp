// The student's charts: probe results by skill, cumulative minutes against the plan, attendance by week.
#include "progress/ChartData.h"
#include "progress/ChartSql.h"
#include "store/Store.h"

namespace tutordesk {

std::vector<SkillProbes> ChartData::probes(Store& store, std::int64_t studentId, const QDate& today)
{
    // The same results probe_growth reads (a probe with a skill, a score and a maximum).
    Statement st = store.db().prepare(
        "SELECT a.skill, coalesce(k.mastery_percent, 80.0), a.assessed_on, 100.0 * a.score / a.max_score,"
        " a.score, a.max_score, coalesce(a.test_window, '')"
        " FROM assessments a LEFT JOIN probe_skills k ON k.skill = a.skill"
        " WHERE a.student_id = ? AND a.kind = 'probe' AND a.skill <> '' AND a.score IS NOT NULL"
        "  AND a.max_score > 0 AND a.assessed_on <= ?"
        " ORDER BY a.skill, a.assessed_on, (a.test_window = 'post'), a.id");
    st.bindAll(studentId, today);
    std::vector<SkillProbes> skills;
    while (st.step()) {
        const QString skill = st.text(0);
        if (skills.empty() || skills.back().skill != skill) {
            SkillProbes s;
            s.skill = skill;
            s.masteryPercent = st.real(1);
            skills.push_back(s);
        }
        ProbePoint p;
        p.day = ChartSql::day(st.text(2));
        p.percent = st.real(3);
        p.score = st.real(4);
        p.maxScore = st.real(5);
        p.window = st.text(6);
        skills.back().points.push_back(p);
    }
    return skills;
}

std::vector<MinutesPoint> ChartData::cumulativeMinutes(Store& store, std::int64_t studentId,
                                                       const QDate& today)
{
    // Session by session over the same seats and spans as SeatFigures, so the last point equals the
    // student's dosage to date.
    Statement st = store.db().prepare(
        ChartSql::withSeats(store, today) +
        "days AS (SELECT s.day,"
        "  sum(CASE WHEN s.kind = 'regular' THEN s.minutes ELSE 0 END) AS planned,"
        "  sum(coalesce(a.minutes, 0)) AS delivered"
        " FROM seats st"
        " JOIN sessions s ON s.group_id = st.group_id AND s.day BETWEEN st.since AND st.until"
        " LEFT JOIN attendance a ON a.session_id = s.id AND a.student_id = st.student_id"
        " WHERE st.student_id = :student GROUP BY s.day)"
        " SELECT day, sum(planned) OVER (ORDER BY day), sum(delivered) OVER (ORDER BY day)"
        " FROM days ORDER BY day");
    st.bindNamed(":today", today);
    st.bindNamed(":student", studentId);
    std::vector<MinutesPoint> points;
    while (st.step())
        points.push_back(
            {ChartSql::day(st.text(0)), static_cast<int>(st.integer(1)), static_cast<int>(st.integer(2))});
    return points;
}

std::vector<WeekAttendance> ChartData::studentWeeks(Store& store, std::int64_t studentId, const QDate& today)
{
    Statement st = store.db().prepare(
        ChartSql::withSeats(store, today) +
        "days AS (SELECT s.day,"
        "  coalesce(sum(s.kind = 'regular' AND coalesce(a.absent_from_school, 0) = 0"
        "   AND (s.status = 'held' OR EXISTS (SELECT 1 FROM attendance x WHERE x.session_id = s.id))), 0)"
        "   AS held,"
        "  coalesce(sum(a.status IN ('present', 'tardy')), 0) AS attended,"
        "  coalesce(sum(a.status IN ('excused', 'unexcused')), 0) AS absent"
        " FROM seats st"
        " JOIN sessions s ON s.group_id = st.group_id AND s.day BETWEEN st.since AND st.until"
        " LEFT JOIN attendance a ON a.session_id = s.id AND a.student_id = st.student_id"
        " WHERE st.student_id = :student GROUP BY s.day)"
        " SELECT " +
        ChartSql::weekStart("day") +
        " AS week, sum(attended), sum(held), sum(absent) FROM days GROUP BY week"
        " HAVING sum(held) > 0 OR sum(attended) > 0 ORDER BY week");
    st.bindNamed(":today", today);
    st.bindNamed(":student", studentId);
    std::vector<WeekAttendance> weeks;
    while (st.step())
        weeks.push_back({ChartSql::day(st.text(0)), static_cast<int>(st.integer(1)),
                         static_cast<int>(st.integer(2)), static_cast<int>(st.integer(3))});
    return weeks;
}

StudentChartData ChartData::student(Store& store, std::int64_t studentId, const QDate& today)
{
    StudentChartData data;
    data.studentId = studentId;
    data.name = store.db().queryText(
        "SELECT " + ChartSql::studentName("s") + " FROM students s WHERE s.id = ?", studentId);
    data.probes = probes(store, studentId, today);
    data.minutes = cumulativeMinutes(store, studentId, today);
    data.weeks = studentWeeks(store, studentId, today);
    return data;
}

} // namespace tutordesk
