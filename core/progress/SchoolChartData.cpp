// The school's charts: dosage distribution, growth against dosage, the weekly attendance rate, tiers.
#include "progress/ChartData.h"
#include "progress/ChartSql.h"
#include "store/Store.h"

namespace tutordesk {

std::optional<double> WeekRate::rate() const
{
    if (attended + absent == 0)
        return std::nullopt;
    return static_cast<double>(attended) / (attended + absent);
}

std::vector<DosageBin> ChartData::dosageDistribution(Store& store, const QDate& today, int* binWidth)
{
    // Students holding a seat now, by the minutes received over all their seats this year; the bin width
    // grows with the largest dosage so the chart keeps about ten bars.
    Statement st = store.db().prepare(
        ChartSql::withSeats(store, today) +
        "totals AS (SELECT student_id, sum(delivered_minutes) AS minutes FROM seat_figures"
        "  GROUP BY student_id HAVING max(status IN ('invited', 'consented', 'active')) = 1),"
        " width AS (SELECT CASE WHEN max(minutes) < 1000 THEN 100 WHEN max(minutes) < 2000 THEN 200"
        "  WHEN max(minutes) < 5000 THEN 500 ELSE 1000 END AS w FROM totals)"
        " SELECT t.minutes / width.w AS bin, width.w, count(*) FROM totals t, width"
        " GROUP BY bin ORDER BY bin");
    st.bindNamed(":today", today);
    std::vector<DosageBin> bins;
    int width = 100;
    while (st.step()) {
        const int bin = static_cast<int>(st.integer(0));
        width = static_cast<int>(st.integer(1));
        while (static_cast<int>(bins.size()) <= bin) {
            const int from = static_cast<int>(bins.size()) * width;
            bins.push_back({from, from + width - 1, 0});
        }
        bins[bin].students = static_cast<int>(st.integer(2));
    }
    if (binWidth)
        *binWidth = width;
    return bins;
}

std::vector<GrowthDosagePoint> ChartData::growthByDosage(Store& store, const QDate& today)
{
    Statement st = store.db().prepare(
        ChartSql::withSeats(store, today) +
        "measured AS (SELECT sf.enrollment_id, sf.student_id, sf.tier, sf.delivered_minutes, pg.growth,"
        "  g.name AS group_name"
        " FROM seat_figures sf JOIN tutoring_groups g ON g.id = sf.group_id"
        " JOIN probe_growth pg ON pg.student_id = sf.student_id AND pg.skill = g.skill_code"
        " WHERE pg.growth IS NOT NULL)"
        " SELECT m.student_id, m.enrollment_id, " +
        ChartSql::studentName("s") +
        ", m.group_name, m.tier, m.delivered_minutes, m.growth"
        " FROM measured m JOIN students s ON s.id = m.student_id ORDER BY m.tier, m.delivered_minutes, s.id");
    st.bindNamed(":today", today);
    std::vector<GrowthDosagePoint> points;
    while (st.step()) {
        GrowthDosagePoint p;
        p.studentId = st.integer(0);
        p.enrollmentId = st.integer(1);
        p.name = st.text(2);
        p.groupName = st.text(3);
        p.tier = static_cast<int>(st.integer(4));
        p.deliveredMinutes = static_cast<int>(st.integer(5));
        p.growth = st.real(6);
        points.push_back(p);
    }
    return points;
}

std::vector<WeekRate> ChartData::schoolWeeks(Store& store, const QDate& today)
{
    // By day first (one date computation per school day, not per attendance row), then by week.
    Statement st = store.db().prepare(
        "WITH days AS (SELECT s.day, sum(a.status IN ('present', 'tardy')) AS attended,"
        "  sum(a.status IN ('excused', 'unexcused')) AS absent"
        " FROM sessions s JOIN attendance a ON a.session_id = s.id WHERE s.day <= ? GROUP BY s.day)"
        " SELECT " +
        ChartSql::weekStart("day") +
        " AS week, sum(attended), sum(absent) FROM days GROUP BY week ORDER BY week");
    st.bindAll(today);
    std::vector<WeekRate> weeks;
    while (st.step())
        weeks.push_back(
            {ChartSql::day(st.text(0)), static_cast<int>(st.integer(1)), static_cast<int>(st.integer(2))});
    return weeks;
}

std::vector<TierCount> ChartData::tiers(Store& store, const QDate&)
{
    // Need tiers as they stand now (the tier is the student's current need, not a history).
    Statement st = store.db().prepare(
        "SELECT s.need_tier, count(*),"
        " sum(EXISTS (SELECT 1 FROM enrollments e WHERE e.student_id = s.id AND e.group_id IS NOT NULL"
        "  AND e.status IN ('invited', 'consented', 'active')))"
        " FROM students s WHERE s.status = 'active' AND s.need_tier IS NOT NULL GROUP BY s.need_tier");
    st.bindAll();
    std::vector<TierCount> tiers = {{1, 0, 0}, {2, 0, 0}, {3, 0, 0}};
    while (st.step()) {
        const int tier = static_cast<int>(st.integer(0));
        if (tier >= 1 && tier <= 3)
            tiers[tier - 1] = {tier, static_cast<int>(st.integer(1)), static_cast<int>(st.integer(2))};
    }
    return tiers;
}

SchoolChartData ChartData::school(Store& store, const QDate& today)
{
    SchoolChartData data;
    data.dosage = dosageDistribution(store, today, &data.binWidth);
    data.growthByDosage = growthByDosage(store, today);
    data.weeks = schoolWeeks(store, today);
    data.tiers = tiers(store, today);
    return data;
}

} // namespace tutordesk
