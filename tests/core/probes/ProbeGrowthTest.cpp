// Growth and mastery as the probe_growth view defines them, on results computed by hand.
#include "ProbeFixtures.h"
#include "progress/ProbeSkills.h"

#include <gtest/gtest.h>

#include <optional>

namespace tutordesk::test {
namespace {

class ProbeGrowthTest : public ProbeFixture {
protected:
    struct Growth {
        std::optional<double> growth;
        std::optional<double> points;
        bool mastered = false;
        double pre = 0;
        double latest = 0;
        int results = 0;
    };

    std::optional<Growth> growthOf(std::int64_t studentId, const QString& skill)
    {
        Statement st =
            store->db().prepare("SELECT growth, growth_points, mastered, pre_percent, latest_percent,"
                                " results FROM probe_growth WHERE student_id = ? AND skill = ?");
        st.bindAll(studentId, skill);
        if (!st.step())
            return std::nullopt;
        return Growth{st.optionalReal(0), st.optionalReal(1), st.integer(2) != 0,
                      st.real(3),         st.real(4),         static_cast<int>(st.integer(5))};
    }

    const QString skill = QStringLiteral("3.OA.7");
};

TEST_F(ProbeGrowthTest, PreEightThenPostFourteenOfTwentyGrowsThirtyPointsOfPercent)
{
    probe(avila, skill, "pre", 8, 20, QStringLiteral("2026-09-10"));
    probe(avila, skill, "post", 14, 20, QStringLiteral("2027-05-20"));
    const auto g = growthOf(avila, skill);
    ASSERT_TRUE(g);
    EXPECT_DOUBLE_EQ(g->pre, 40.0);
    EXPECT_DOUBLE_EQ(g->latest, 70.0);
    ASSERT_TRUE(g->growth);
    EXPECT_DOUBLE_EQ(*g->growth, 30.0);
    ASSERT_TRUE(g->points);
    EXPECT_DOUBLE_EQ(*g->points, 6.0);
    EXPECT_FALSE(g->mastered) << "70% is under the default 80%";
}

TEST_F(ProbeGrowthTest, ACustomSeventyPercentThresholdMastersWhatEightyDoesNot)
{
    probe(avila, skill, "pre", 8, 20, QStringLiteral("2026-09-10"));
    probe(avila, skill, "post", 14, 20, QStringLiteral("2027-05-20"));
    ProbeSkill settings{skill, QStringLiteral("math"), {}, 20.0, 70.0, 0, 0};
    ASSERT_TRUE(ProbeSkills::save(*store, settings).ok());
    const auto g = growthOf(avila, skill);
    ASSERT_TRUE(g);
    EXPECT_TRUE(g->mastered) << "14/20 = 70% reaches a 70% threshold";
    // Other skills keep the default.
    probe(baker, QStringLiteral("3.NBT.2"), "pre", 14, 20, QStringLiteral("2026-09-10"));
    EXPECT_FALSE(growthOf(baker, QStringLiteral("3.NBT.2"))->mastered);
}

TEST_F(ProbeGrowthTest, OneResultHasNoGrowthYet)
{
    probe(avila, skill, "pre", 17, 20, QStringLiteral("2026-09-10"));
    const auto g = growthOf(avila, skill);
    ASSERT_TRUE(g);
    EXPECT_EQ(g->results, 1);
    EXPECT_FALSE(g->growth);
    EXPECT_FALSE(g->points);
    EXPECT_TRUE(g->mastered) << "17/20 = 85% reaches 80%";
}

TEST_F(ProbeGrowthTest, ThePreProbeIsTheBaselineEvenWhenAnEarlierProgressProbeExists)
{
    // A progress probe entered before the pre (say, a screener): the baseline is still the pre.
    probe(avila, skill, "progress", 2, 20, QStringLiteral("2026-09-05"));
    probe(avila, skill, "pre", 6, 20, QStringLiteral("2026-09-10"));
    probe(avila, skill, "progress", 10, 20, QStringLiteral("2026-10-10"));
    const auto g = growthOf(avila, skill);
    ASSERT_TRUE(g && g->growth);
    EXPECT_DOUBLE_EQ(g->pre, 30.0);
    EXPECT_DOUBLE_EQ(*g->growth, 20.0);
}

TEST_F(ProbeGrowthTest, WithoutAPreTheEarliestIsTheBaselineAndPostWinsASameDayTie)
{
    probe(baker, skill, "progress", 4, 20, QStringLiteral("2026-09-10"));
    probe(baker, skill, "post", 12, 20, QStringLiteral("2026-11-10"));
    probe(baker, skill, "progress", 11, 20, QStringLiteral("2026-11-10"));
    const auto g = growthOf(baker, skill);
    ASSERT_TRUE(g && g->growth);
    EXPECT_DOUBLE_EQ(g->pre, 20.0);
    EXPECT_DOUBLE_EQ(g->latest, 60.0);
    EXPECT_DOUBLE_EQ(*g->growth, 40.0);
}

TEST_F(ProbeGrowthTest, DifferentMaximaCompareInPercentWithoutRawPoints)
{
    probe(baker, skill, "pre", 10, 40, QStringLiteral("2026-09-10"));  // 25%
    probe(baker, skill, "post", 15, 20, QStringLiteral("2027-05-20")); // 75%
    const auto g = growthOf(baker, skill);
    ASSERT_TRUE(g && g->growth);
    EXPECT_DOUBLE_EQ(*g->growth, 50.0);
    EXPECT_FALSE(g->points);
}

TEST_F(ProbeGrowthTest, TwoSkillsAreKeptApart)
{
    probe(avila, skill, "pre", 8, 20, QStringLiteral("2026-09-10"));
    probe(avila, QStringLiteral("RF.3.3"), "pre", 30, 40, QStringLiteral("2026-09-11"));
    probe(avila, skill, "post", 12, 20, QStringLiteral("2027-05-20"));
    const auto oa = growthOf(avila, skill);
    const auto rf = growthOf(avila, QStringLiteral("RF.3.3"));
    ASSERT_TRUE(oa && rf);
    EXPECT_DOUBLE_EQ(*oa->growth, 20.0);
    EXPECT_EQ(rf->results, 1);
    EXPECT_FALSE(rf->growth);
}

TEST_F(ProbeGrowthTest, ProbeSkillsListsTargetedAndProbedSkillsAndRefusesBadThresholds)
{
    probe(avila, QStringLiteral("3.NBT.2"), "pre", 8, 20, QStringLiteral("2026-09-10"));
    const auto skills = ProbeSkills::list(*store);
    ASSERT_EQ(skills.size(), 3u);
    EXPECT_EQ(skills[0].skill, QStringLiteral("3.NBT.2"));
    EXPECT_EQ(skills[0].results, 1);
    EXPECT_EQ(skills[1].skill, QStringLiteral("3.OA.7"));
    EXPECT_EQ(skills[1].groups, 1);
    EXPECT_EQ(skills[1].title, QStringLiteral("Multiply within 100"));
    EXPECT_DOUBLE_EQ(skills[1].masteryPercent, 80.0);
    EXPECT_FALSE(skills[1].maxScore);
    EXPECT_EQ(skills[2].skill, QStringLiteral("RF.3.3"));

    ProbeSkill bad = skills[1];
    bad.masteryPercent = 0;
    EXPECT_FALSE(ProbeSkills::save(*store, bad).ok());
    bad.masteryPercent = 101;
    EXPECT_FALSE(ProbeSkills::save(*store, bad).ok());
    bad.masteryPercent = 75;
    bad.maxScore = 0.0;
    EXPECT_FALSE(ProbeSkills::save(*store, bad).ok());
    EXPECT_EQ(count("SELECT count(*) FROM probe_skills"), 0);

    ProbeSkill good = skills[1];
    good.masteryPercent = 75;
    good.maxScore = 25.0;
    ASSERT_TRUE(ProbeSkills::save(*store, good).ok());
    const auto again = ProbeSkills::list(*store);
    EXPECT_DOUBLE_EQ(again[1].masteryPercent, 75.0);
    EXPECT_EQ(again[1].maxScore, std::optional<double>(25.0));
}

} // namespace
} // namespace tutordesk::test
