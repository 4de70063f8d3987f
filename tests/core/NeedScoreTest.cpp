// The need score: points by hand, the tie-break, weights and tiers as data, and one definition shared
// with the demo school.
#include "placement/NeedScore.h"

#include "PlacementFixtures.h"
#include "demo/DemoSchool.h"
#include "placement/Tiers.h"
#include "support/TempDir.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <algorithm>

namespace tutordesk::test {
namespace {

class NeedScoreTest : public TempDirTest {
protected:
    void SetUp() override
    {
        m_store = openStore(dbPath());
        ASSERT_TRUE(m_store);
        createSchool(*m_store);
    }

    Store& store() { return *m_store; }

    std::vector<NeedScoreRow> rank()
    {
        auto ranked = NeedScore::rankAll(store());
        EXPECT_TRUE(ranked.ok()) << (ranked.ok() ? "" : ranked.error().message.toStdString());
        return ranked.ok() ? ranked.value() : std::vector<NeedScoreRow>{};
    }

    static QStringList ids(const std::vector<NeedScoreRow>& rows)
    {
        QStringList out;
        for (const NeedScoreRow& r : rows)
            out << r.districtId;
        return out;
    }

    static const NeedFactor* factor(const NeedScoreRow& row, const char* name)
    {
        for (const NeedFactor& f : row.breakdown) {
            if (f.factor == QLatin1String(name))
                return &f;
        }
        return nullptr;
    }

    // Four students whose scores are worked out by hand in the test below, and one who left.
    void addHandFixture()
    {
        StudentSpec a{.id = QStringLiteral("1001"), .grade = QStringLiteral("3"), .attendance = 85.0};
        a.el = QStringLiteral("EL");
        a.disadvantaged = true;
        const auto s1 = addStudent(store(), a);
        addBenchmark(store(), s1, "reading", 3);
        addBenchmark(store(), s1, "math", 1);

        const auto s2 =
            addStudent(store(), StudentSpec{.id = QStringLiteral("1002"), .grade = QStringLiteral("4")});
        addBenchmark(store(), s2, "reading", 2);

        StudentSpec c{.id = QStringLiteral("1003"), .grade = QStringLiteral("K"), .attendance = 70.0};
        c.foster = true;
        c.homeless = true;
        addStudent(store(), c);

        StudentSpec d{.id = QStringLiteral("1004"), .grade = QStringLiteral("5"), .attendance = std::nullopt};
        d.iep = true;
        const auto s4 = addStudent(store(), d);
        addBenchmark(store(), s4, "reading", 1, QDate(2026, 9, 8), "BOY");
        addBenchmark(store(), s4, "reading", 0, QDate(2027, 1, 20), "MOY"); // the latest counts

        StudentSpec e{.id = QStringLiteral("1005")};
        e.withdrawn = true;
        const auto s5 = addStudent(store(), e);
        addBenchmark(store(), s5, "reading", 3);
    }

private:
    std::unique_ptr<Store> m_store;
};

TEST_F(NeedScoreTest, ScoresRanksAndExplainsAsWorkedOutByHand)
{
    addHandFixture();
    const auto rows = rank();
    // 1001: 3 levels below × 20 = 60, attendance (95 − 85) × 1.5 = 15, EL 8, disadvantaged 4 → 87, tier 3.
    // 1002: 2 levels below × 20 = 40 → tier 2.
    // 1003: no benchmark 0, attendance (95 − 70) × 1.5 = 37.5 capped at 20, foster 10, homeless 10 → 40.
    //       It ties 1002 on 40 and comes after: fewer levels below is the first tie-break.
    // 1004: latest reading benchmark on grade level 0, no attendance on file, IEP 8 → 8, tier 1.
    // 1005 is withdrawn: not ranked.
    ASSERT_EQ(ids(rows), (QStringList{QStringLiteral("1001"), QStringLiteral("1002"), QStringLiteral("1003"),
                                      QStringLiteral("1004")}));
    EXPECT_DOUBLE_EQ(rows[0].score, 87.0);
    EXPECT_EQ(rows[0].tier, 3);
    EXPECT_EQ(rows[0].levelsBelow, 3);
    EXPECT_DOUBLE_EQ(rows[1].score, 40.0);
    EXPECT_EQ(rows[1].tier, 2);
    EXPECT_DOUBLE_EQ(rows[2].score, 40.0);
    EXPECT_EQ(rows[2].tier, 2);
    EXPECT_DOUBLE_EQ(rows[3].score, 8.0);
    EXPECT_EQ(rows[3].tier, 1);

    const NeedFactor* benchmark = factor(rows[0], "benchmark");
    ASSERT_TRUE(benchmark);
    EXPECT_DOUBLE_EQ(benchmark->points, 60.0);
    EXPECT_EQ(benchmark->detail, QStringLiteral("Reading: 3 grade levels below (i-Ready BOY, 2026-09-08); "
                                                "Math: 1 grade level below (i-Ready BOY, 2026-09-08)"));
    ASSERT_TRUE(factor(rows[0], "attendance"));
    EXPECT_DOUBLE_EQ(factor(rows[0], "attendance")->points, 15.0);
    EXPECT_EQ(factor(rows[0], "attendance")->detail, QStringLiteral("School attendance 85.0%, under 95%"));
    EXPECT_DOUBLE_EQ(factor(rows[0], "englishLearner")->points, 8.0);
    EXPECT_DOUBLE_EQ(factor(rows[0], "disadvantaged")->points, 4.0);
    EXPECT_FALSE(factor(rows[0], "foster"));

    EXPECT_EQ(factor(rows[2], "benchmark")->detail, QStringLiteral("No benchmark on file"));
    EXPECT_DOUBLE_EQ(factor(rows[2], "benchmark")->points, 0.0);
    EXPECT_DOUBLE_EQ(factor(rows[2], "attendance")->points, 20.0);
    EXPECT_EQ(factor(rows[3], "benchmark")->detail,
              QStringLiteral("Reading: on or above grade level (i-Ready MOY, 2027-01-20)"));
    EXPECT_EQ(factor(rows[3], "disability")->detail, QStringLiteral("IEP"));

    // What is stored is what was returned: score, tier and the breakdown as JSON.
    EXPECT_EQ(rowsOf(store(), "SELECT sourced_id, need_score, need_tier FROM students ORDER BY sourced_id"),
              (QStringList{QStringLiteral("1001|87.0|3"), QStringLiteral("1002|40.0|2"),
                           QStringLiteral("1003|40.0|2"), QStringLiteral("1004|8.0|1"),
                           QStringLiteral("1005|NULL|NULL")}));
    const QString stored =
        store().db().queryText("SELECT need_breakdown FROM students WHERE sourced_id = '1001'");
    const QJsonArray items = QJsonDocument::fromJson(stored.toUtf8()).array();
    ASSERT_EQ(items.size(), 4);
    EXPECT_EQ(items[0].toObject().value(QLatin1String("factor")).toString(), QStringLiteral("benchmark"));
    EXPECT_DOUBLE_EQ(items[0].toObject().value(QLatin1String("points")).toDouble(), 60.0);
    EXPECT_EQ(items[0].toObject().value(QLatin1String("levelsBelow")).toInt(), 3);
    EXPECT_EQ(items[0].toObject().value(QLatin1String("detail")).toString(), benchmark->detail);

    const auto why = NeedScore::forStudent(store(), rows[0].studentId);
    ASSERT_TRUE(why);
    EXPECT_DOUBLE_EQ(why->score, 87.0);
    EXPECT_EQ(why->tier, 3);
    EXPECT_EQ(why->levelsBelow, 3);
    ASSERT_EQ(why->breakdown.size(), 4u);
    EXPECT_EQ(why->breakdown[1].factor, QStringLiteral("attendance"));
    EXPECT_EQ(why->breakdown[1].detail, QStringLiteral("School attendance 85.0%, under 95%"));
    const auto withdrawn = store().db().queryInteger("SELECT id FROM students WHERE sourced_id = '1005'");
    EXPECT_FALSE(NeedScore::forStudent(store(), withdrawn)) << "never scored";
    EXPECT_FALSE(NeedScore::forStudent(store(), 999999));
}

TEST_F(NeedScoreTest, TiesBreakOnLevelsBelowThenAttendanceThenDistrictId)
{
    // All score 40; attendance at or above 95 earns nothing, so only the tie-breaks differ.
    struct Case {
        const char* id;
        int levels;
        std::optional<double> attendance;
        bool foster;
    };
    // 2001 reaches 40 without levels below (foster 10 + homeless 10 + attendance 20), so it comes last of
    // all; the others are 2 levels below.
    const Case cases[] = {{"2005", 2, std::nullopt, false}, {"2004", 2, 98.0, false},
                          {"2003", 2, 96.0, false},         {"2002", 2, 96.0, false},
                          {"2006", 2, 95.5, false},         {"2001", 0, 70.0, true}};
    for (const Case& c : cases) {
        StudentSpec s{.id = QLatin1String(c.id), .grade = QStringLiteral("2"), .attendance = c.attendance};
        s.foster = c.foster;
        s.homeless = c.foster;
        const auto id = addStudent(store(), s);
        if (c.levels > 0)
            addBenchmark(store(), id, "math", c.levels);
    }
    const auto rows = rank();
    for (const NeedScoreRow& r : rows)
        EXPECT_DOUBLE_EQ(r.score, 40.0) << r.districtId.toStdString();
    // More levels below first; then lower attendance; then district id; no attendance on file last.
    EXPECT_EQ(ids(rows),
              (QStringList{QStringLiteral("2006"), QStringLiteral("2002"), QStringLiteral("2003"),
                           QStringLiteral("2004"), QStringLiteral("2005"), QStringLiteral("2001")}));
    EXPECT_TRUE(std::is_sorted(rows.begin(), rows.end(), &NeedScore::ranksBefore));
}

TEST_F(NeedScoreTest, ChangedWeightsChangeTheScores)
{
    addHandFixture();
    EXPECT_EQ(NeedWeights::load(store()), NeedWeights{}) << "defaults until the coordinator saves some";
    rank();
    NeedWeights weights;
    weights.pointsPerLevelBelow = 10.0;
    weights.maxBenchmarkPoints = 30.0;
    weights.englishLearner = 0.0;
    ASSERT_TRUE(NeedWeights::save(store(), weights).ok());
    EXPECT_EQ(NeedWeights::load(store()), weights);

    const auto rows = rank();
    // 1001: 30 + 15 + 0 + 4 = 49 (tier 2 now); 1002: 20 (tier 1); 1003 still 40, now first after 1001.
    ASSERT_EQ(ids(rows), (QStringList{QStringLiteral("1001"), QStringLiteral("1003"), QStringLiteral("1002"),
                                      QStringLiteral("1004")}));
    EXPECT_DOUBLE_EQ(rows[0].score, 49.0);
    EXPECT_EQ(rows[0].tier, 2);
    EXPECT_FALSE(factor(rows[0], "englishLearner")) << "a factor worth nothing is not a reason";
    EXPECT_DOUBLE_EQ(rows[2].score, 20.0);
    EXPECT_EQ(rows[2].tier, 1);
    EXPECT_EQ(store().db().queryInteger("SELECT need_tier FROM students WHERE sourced_id = '1002'"), 1);
}

TEST_F(NeedScoreTest, RefusesWeightsThatMakeNoSense)
{
    NeedWeights negative;
    negative.foster = -5.0;
    const auto refused = NeedWeights::save(store(), negative);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("Foster youth")))
        << refused.error().message.toStdString();
    NeedWeights threshold;
    threshold.attendanceThreshold = 120.0;
    ASSERT_FALSE(NeedWeights::save(store(), threshold).ok());
    EXPECT_EQ(store().db().queryInteger("SELECT count(*) FROM settings WHERE key = 'need.weights'"), 0);
    // A hand-edited setting that does not validate is ignored, not half-used.
    store().db().run("INSERT INTO settings (key, value) VALUES ('need.weights', '{\"foster\": -3}')");
    EXPECT_EQ(NeedWeights::load(store()), NeedWeights{});
}

TEST_F(NeedScoreTest, RankingAnUnchangedSchoolWritesNothing)
{
    addHandFixture();
    rank();
    const QStringList before = rowsOf(
        store(), "SELECT id, need_score, need_tier, need_breakdown, updated_at FROM students ORDER BY id");
    const auto changes = store().db().queryInteger("SELECT total_changes()");
    rank();
    EXPECT_EQ(
        rowsOf(store(),
               "SELECT id, need_score, need_tier, need_breakdown, updated_at FROM students ORDER BY id"),
        before);
    EXPECT_EQ(store().db().queryInteger("SELECT total_changes()"), changes);
}

TEST_F(NeedScoreTest, TiersAreValidatedWithMessagesThatSayWhatToFix)
{
    std::vector<TierDefinition> tiers = Tiers::load(store());
    ASSERT_EQ(tiers, Tiers::defaults()) << "the seeded rows are the defaults";
    EXPECT_TRUE(Tiers::save(store(), tiers).ok());

    auto refusedWith = [&](std::vector<TierDefinition> changed, const char* words) {
        const auto saved = Tiers::save(store(), changed);
        ASSERT_FALSE(saved.ok()) << words;
        EXPECT_TRUE(saved.error().message.contains(QLatin1String(words)))
            << saved.error().message.toStdString();
        EXPECT_EQ(Tiers::load(store()), Tiers::defaults()) << "a refused save changes nothing";
    };
    auto changed = tiers;
    changed[1].maxGroupSize = 5;
    refusedWith(changed, "Tier 2: the largest group must be 1 to 4 students, not 5");
    changed = tiers;
    changed[2].maxGroupSize = 0;
    refusedWith(changed, "Tier 3: the largest group must be 1 to 4");
    changed = tiers;
    changed[2].minNeedScore = 25.0;
    refusedWith(changed, "Tier 3's minimum need score (25) is below tier 2's (30)");
    changed = tiers;
    changed[1].minNeedScore = -1.0;
    refusedWith(changed, "Tier 2: the minimum need score must be 0 to 1000");
    changed = tiers;
    changed[0].minNeedScore = 40.0;
    refusedWith(changed, "Tier 2's minimum need score (30) is below tier 1's (40)");
    changed = tiers;
    changed[1].sessionsPerWeek = 11;
    refusedWith(changed, "Tier 2: sessions a week must be 0 to 10");
    changed = tiers;
    changed[2].minutes = 300;
    refusedWith(changed, "Tier 3: minutes a session must be 0 to 240");
    changed = tiers;
    changed[1].minutes = 0;
    refusedWith(changed, "Tier 2 is tutoring");
    changed = tiers;
    changed.pop_back();
    refusedWith(changed, "tier 3 appears 0 times");

    // Tier 1 tracks only: no sessions is fine. A saved change moves students on the next ranking.
    addHandFixture();
    changed = tiers;
    changed[2].minNeedScore = 90.0;
    changed[2].maxGroupSize = 1;
    ASSERT_TRUE(Tiers::save(store(), changed).ok());
    EXPECT_EQ(Tiers::load(store()), changed);
    EXPECT_EQ(rank().front().tier, 2) << "87 is under the new tier 3 threshold";
}

TEST_F(NeedScoreTest, TierForUsesTheThresholds)
{
    const auto tiers = Tiers::defaults();
    EXPECT_EQ(Tiers::tierFor(tiers, 0.0), 1);
    EXPECT_EQ(Tiers::tierFor(tiers, 29.9), 1);
    EXPECT_EQ(Tiers::tierFor(tiers, 30.0), 2);
    EXPECT_EQ(Tiers::tierFor(tiers, 59.9), 2);
    EXPECT_EQ(Tiers::tierFor(tiers, 60.0), 3);
    EXPECT_EQ(Tiers::tierFor(tiers, 500.0), 3);
}

TEST_F(NeedScoreTest, TheDemoSchoolStoresTheScoresRankComputes)
{
    // A fresh database: the demo needs an empty one. Spring, after the winter diagnostic, so that both
    // the fall scores and the rescoring after MOY are compared.
    auto demo = openStore(file(QStringLiteral("demo.tutordesk")));
    ASSERT_TRUE(demo);
    DemoOptions options;
    options.seed = 4;
    options.through = QDate(2026, 3, 13);
    ASSERT_TRUE(generateDemoSchool(*demo, options).ok());
    const char* sql = "SELECT sourced_id, need_score, need_tier, need_breakdown, updated_at FROM students"
                      " WHERE status = 'active' ORDER BY id";
    const QStringList generated = rowsOf(*demo, sql);
    ASSERT_GT(generated.size(), 500);
    EXPECT_GT(
        demo->db().queryInteger("SELECT count(*) FROM students WHERE need_breakdown LIKE '%i-Ready MOY%'"),
        0);
    const auto ranked = NeedScore::rankAll(*demo);
    ASSERT_TRUE(ranked.ok());
    EXPECT_EQ(rowsOf(*demo, sql), generated) << "rank found a score the demo had stored differently";
    EXPECT_EQ(ranked->size(), static_cast<std::size_t>(generated.size()));
}

} // namespace
} // namespace tutordesk::test
