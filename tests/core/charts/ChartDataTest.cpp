#include "progress/ChartData.h"

#include "ChartFixtures.h"
#include "attendance/Dosage.h"

#include <gtest/gtest.h>

#include <tuple>
#include <vector>

namespace tutordesk::test {
namespace {

class ChartDataTest : public ChartFixture {};

TEST_F(ChartDataTest, ProbeScoresPerSkillUpToToday)
{
    const auto skills = ChartData::probes(store(), m_lopez, today());
    ASSERT_EQ(skills.size(), 1u) << "the RF.3.4 probe of 20 March is after today";
    EXPECT_EQ(skills[0].skill, QStringLiteral("RF.3.3"));
    EXPECT_DOUBLE_EQ(skills[0].masteryPercent, 90);
    ASSERT_EQ(skills[0].points.size(), 3u);
    EXPECT_EQ(skills[0].points[0].day, QDate(2027, 3, 1));
    EXPECT_DOUBLE_EQ(skills[0].points[0].percent, 40);
    EXPECT_DOUBLE_EQ(skills[0].points[1].percent, 60);
    EXPECT_DOUBLE_EQ(skills[0].points[2].percent, 85);
    EXPECT_DOUBLE_EQ(skills[0].points[2].score, 17);
    EXPECT_DOUBLE_EQ(skills[0].points[2].maxScore, 20);
    EXPECT_EQ(skills[0].points[2].window, QStringLiteral("post"));
    EXPECT_EQ(ChartData::probes(store(), m_lopez, QDate(2027, 3, 25)).size(), 2u);
    EXPECT_TRUE(ChartData::probes(store(), m_ortiz, today()).empty());
}

TEST_F(ChartDataTest, CumulativeMinutesCountCancelledPlansAndMakeups)
{
    const auto points = ChartData::cumulativeMinutes(store(), m_lopez, today());
    ASSERT_EQ(points.size(), 5u);
    const std::vector<std::tuple<QDate, int, int>> expected = {{QDate(2027, 3, 2), 30, 30},
                                                               {QDate(2027, 3, 4), 60, 55},
                                                               {QDate(2027, 3, 9), 90, 55},
                                                               {QDate(2027, 3, 11), 120, 55},
                                                               {QDate(2027, 3, 12), 120, 85}};
    for (std::size_t i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(points[i].day, std::get<0>(expected[i])) << i;
        EXPECT_EQ(points[i].plannedMinutes, std::get<1>(expected[i])) << i;
        EXPECT_EQ(points[i].deliveredMinutes, std::get<2>(expected[i])) << i;
    }
    // The last point is the dosage every other screen shows.
    const DosageFigures dosage = Dosage::totalFor(store(), m_lopez, today());
    EXPECT_EQ(points.back().plannedMinutes, dosage.plannedMinutesToDate);
    EXPECT_EQ(points.back().deliveredMinutes, dosage.deliveredMinutesToDate);
}

TEST_F(ChartDataTest, StudentAttendanceByIsoWeek)
{
    const auto lopez = ChartData::studentWeeks(store(), m_lopez, today());
    ASSERT_EQ(lopez.size(), 2u);
    EXPECT_EQ(lopez[0].weekStart, QDate(2027, 3, 1));
    EXPECT_EQ(lopez[0].held, 2);
    EXPECT_EQ(lopez[0].attended, 2);
    EXPECT_EQ(lopez[0].absent, 0);
    EXPECT_EQ(lopez[1].weekStart, QDate(2027, 3, 8));
    EXPECT_EQ(lopez[1].held, 1) << "the cancelled Tuesday was not held; the make-up is not a regular session";
    EXPECT_EQ(lopez[1].attended, 1) << "the make-up";
    EXPECT_EQ(lopez[1].absent, 1);

    const auto cruz = ChartData::studentWeeks(store(), m_cruz, today());
    ASSERT_EQ(cruz.size(), 2u);
    EXPECT_EQ(cruz[0].held, 2);
    EXPECT_EQ(cruz[0].attended, 1);
    EXPECT_EQ(cruz[1].held, 1);
    EXPECT_EQ(cruz[1].attended, 1);
}

TEST_F(ChartDataTest, GroupGrowthListsUnmeasuredStudentsWithoutANumber)
{
    const auto growth = ChartData::groupGrowth(store(), m_group, today());
    ASSERT_EQ(growth.size(), 2u);
    EXPECT_EQ(growth[0].name, QStringLiteral("Ben Cruz"));
    EXPECT_FALSE(growth[0].growth.has_value());
    EXPECT_EQ(growth[0].results, 1);
    EXPECT_EQ(growth[1].name, u("Ana López"));
    ASSERT_TRUE(growth[1].growth.has_value());
    EXPECT_DOUBLE_EQ(*growth[1].growth, 45);
    EXPECT_DOUBLE_EQ(
        *growth[1].growth,
        db().queryInteger("SELECT growth FROM probe_growth WHERE student_id = ? AND skill = 'RF.3.3'",
                          m_lopez));
    EXPECT_DOUBLE_EQ(growth[1].prePercent.value_or(0), 40);
    EXPECT_DOUBLE_EQ(growth[1].latestPercent.value_or(0), 85);
    EXPECT_FALSE(growth[1].mastered) << "85% is under the 90% threshold";
}

TEST_F(ChartDataTest, GroupSessionsHeldAgainstScheduledByWeek)
{
    const auto weeks = ChartData::groupWeeks(store(), m_group, today());
    ASSERT_EQ(weeks.size(), 2u) << "16 March is after today";
    EXPECT_EQ(weeks[0].weekStart, QDate(2027, 3, 1));
    EXPECT_EQ(weeks[0].scheduled, 2);
    EXPECT_EQ(weeks[0].held, 2);
    EXPECT_EQ(weeks[0].cancelled(), 0);
    EXPECT_EQ(weeks[1].scheduled, 2);
    EXPECT_EQ(weeks[1].held, 1);
    EXPECT_EQ(weeks[1].cancelled(), 1);
    EXPECT_EQ(weeks[1].cancelledBy.at(QStringLiteral("tutor_absent")), 1);
    EXPECT_EQ(weeks[1].makeupsHeld, 1);
}

TEST_F(ChartDataTest, DosageDistributionInHundredMinuteBins)
{
    int width = 0;
    const auto bins = ChartData::dosageDistribution(store(), today(), &width);
    EXPECT_EQ(width, 100);
    ASSERT_EQ(bins.size(), 2u);
    EXPECT_EQ(bins[0].fromMinutes, 0);
    EXPECT_EQ(bins[0].toMinutes, 99);
    EXPECT_EQ(bins[0].students, 2) << "López 85, Cruz 90";
    EXPECT_EQ(bins[1].fromMinutes, 100);
    EXPECT_EQ(bins[1].toMinutes, 199);
    EXPECT_EQ(bins[1].students, 1) << "Ortiz 180";

    // A student who gave the seat back is no longer in tutoring.
    db().run("UPDATE enrollments SET status = 'exited', status_since = '2027-03-10' WHERE student_id = ?",
             m_ortiz);
    const auto after = ChartData::dosageDistribution(store(), today());
    ASSERT_EQ(after.size(), 1u);
    EXPECT_EQ(after[0].students, 2);
}

TEST_F(ChartDataTest, GrowthAgainstDosageOnePointPerMeasuredSeat)
{
    const auto points = ChartData::growthByDosage(store(), today());
    ASSERT_EQ(points.size(), 1u) << "Cruz has one probe, Ortiz none";
    EXPECT_EQ(points[0].studentId, m_lopez);
    EXPECT_EQ(points[0].name, u("Ana López"));
    EXPECT_EQ(points[0].tier, 2);
    EXPECT_EQ(points[0].deliveredMinutes, 85);
    EXPECT_DOUBLE_EQ(points[0].growth, 45);
}

TEST_F(ChartDataTest, SchoolAttendanceRateByWeek)
{
    const auto weeks = ChartData::schoolWeeks(store(), today());
    ASSERT_EQ(weeks.size(), 2u);
    EXPECT_EQ(weeks[0].weekStart, QDate(2027, 3, 1));
    EXPECT_EQ(weeks[0].attended, 6);
    EXPECT_EQ(weeks[0].absent, 1);
    EXPECT_EQ(weeks[1].attended, 2);
    EXPECT_EQ(weeks[1].absent, 1);
    EXPECT_NEAR(weeks[1].rate().value_or(0), 2.0 / 3.0, 1e-9);
}

TEST_F(ChartDataTest, StudentsPerTierAndSeated)
{
    const auto tiers = ChartData::tiers(store(), today());
    ASSERT_EQ(tiers.size(), 3u);
    EXPECT_EQ(tiers[0].tier, 1);
    EXPECT_EQ(tiers[0].students, 1);
    EXPECT_EQ(tiers[0].seated, 0);
    EXPECT_EQ(tiers[1].students, 2);
    EXPECT_EQ(tiers[1].seated, 2);
    EXPECT_EQ(tiers[2].students, 2);
    EXPECT_EQ(tiers[2].seated, 1);
}

TEST_F(ChartDataTest, ChoosersListGroupsAndSeatedStudents)
{
    EXPECT_EQ(ChartData::groups(store()).size(), 2u);
    const auto students = ChartData::students(store());
    ASSERT_EQ(students.size(), 3u) << "Lee and Moe never had a seat";
    EXPECT_TRUE(students[0].label.startsWith(QStringLiteral("Ben Cruz (")));
}

} // namespace
} // namespace tutordesk::test
