// tutordesk-cli rank and place as other tools read them: the JSON shapes of DESIGN.md section 6.
#include "PlacementFixtures.h"
#include "placement/Placement.h"
#include "support/CliRun.h"
#include "support/TempDir.h"

#include <QJsonArray>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace tutordesk::test {
namespace {

class PlacementCliTest : public CliTestBase {
protected:
    // A handmade school: six third graders two levels behind in reading (3001 most in need), one fifth
    // grader three levels behind in math, one student on grade level; seats for five.
    void makeSchool()
    {
        auto store = openStore(dbPath());
        ASSERT_TRUE(store);
        createSchool(*store);
        for (int i = 0; i < 6; ++i) {
            const auto s =
                addStudent(*store, StudentSpec{.id = QString::number(3001 + i), .attendance = 90.0 + i});
            addBenchmark(*store, s, "reading", 2);
        }
        StudentSpec fifth{.id = QStringLiteral("5001"), .grade = QStringLiteral("5"), .attendance = 88.0};
        fifth.el = QStringLiteral("EL");
        addBenchmark(*store, addStudent(*store, fifth), "math", 3);
        addBenchmark(*store, addStudent(*store, StudentSpec{.id = QStringLiteral("9001")}), "math", 0);
        ASSERT_TRUE(Placement::setSeatBudget(*store, 6).ok());
    }
};

TEST_F(PlacementCliTest, RankPrintsStudentsByNeedWithTheirBreakdown)
{
    makeSchool();
    const CliRun run = cli({QStringLiteral("--json"), QStringLiteral("rank")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonArray students = cliJson(run).value(QLatin1String("students")).toArray();
    ASSERT_EQ(students.size(), 8);
    const QJsonObject top = students.first().toObject();
    // 5001: 3 levels × 20 = 60, attendance (95 − 88) × 1.5 = 10.5, EL 8 → 78.5, tier 3.
    EXPECT_EQ(top.value(QLatin1String("id")).toString(), QStringLiteral("5001"));
    EXPECT_EQ(top.value(QLatin1String("name")).toString(), QStringLiteral("Student 5001"));
    EXPECT_TRUE(top.value(QLatin1String("grade")).isString());
    EXPECT_EQ(top.value(QLatin1String("grade")).toString(), QStringLiteral("5"));
    EXPECT_DOUBLE_EQ(top.value(QLatin1String("score")).toDouble(), 78.5);
    EXPECT_EQ(top.value(QLatin1String("tier")).toInt(), 3);
    const QJsonArray breakdown = top.value(QLatin1String("breakdown")).toArray();
    ASSERT_EQ(breakdown.size(), 3);
    EXPECT_EQ(breakdown[0].toObject().value(QLatin1String("factor")).toString(), QStringLiteral("benchmark"));
    EXPECT_DOUBLE_EQ(breakdown[0].toObject().value(QLatin1String("points")).toDouble(), 60.0);
    EXPECT_TRUE(breakdown[0]
                    .toObject()
                    .value(QLatin1String("detail"))
                    .toString()
                    .startsWith(QStringLiteral("Math: 3")));
    double previous = 1e9;
    for (const QJsonValue& s : students) {
        const double score = s.toObject().value(QLatin1String("score")).toDouble();
        EXPECT_LE(score, previous);
        previous = score;
    }
    EXPECT_EQ(students.last().toObject().value(QLatin1String("id")).toString(), QStringLiteral("9001"));

    // --json after the command name is the same; text mode prints a table with the "why".
    EXPECT_EQ(cliJson(cli({QStringLiteral("rank"), QStringLiteral("--json")})), cliJson(run));
    const CliRun text = cli({QStringLiteral("rank")});
    ASSERT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.out.contains(QStringLiteral("8 active students ranked by need")));
    EXPECT_TRUE(text.out.contains(QStringLiteral("Math: 3 grade levels below"))) << text.out.toStdString();
    EXPECT_EQ(cli({QStringLiteral("rank"), QStringLiteral("extra")}).exitCode, 2);
}

TEST_F(PlacementCliTest, PlacePrintsGroupsAndTheWaitlistAndADryRunSavesNothing)
{
    makeSchool();
    const CliRun dry = cli({QStringLiteral("place"), QStringLiteral("--dry-run"), QStringLiteral("--json")});
    ASSERT_EQ(dry.exitCode, 0) << dry.err.toStdString();
    const QJsonObject planned = cliJson(dry);
    EXPECT_FALSE(planned.value(QLatin1String("applied")).toBool());
    const CliRun again =
        cli({QStringLiteral("--json"), QStringLiteral("place"), QStringLiteral("--dry-run")});
    EXPECT_EQ(cliJson(again).value(QLatin1String("placed")), planned.value(QLatin1String("placed")))
        << "the first dry run left nothing behind";

    const CliRun run = cli({QStringLiteral("--json"), QStringLiteral("place")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject placed = cliJson(run);
    EXPECT_TRUE(placed.value(QLatin1String("applied")).toBool());
    const QJsonArray groups = placed.value(QLatin1String("groups")).toArray();
    // Tier 3 math for 5001 (cap 2), then tier 2 reading takes the four seats left in the budget.
    ASSERT_EQ(groups.size(), 2);
    QStringList seen;
    for (const QJsonValue& value : groups) {
        const QJsonObject g = value.toObject();
        EXPECT_EQ(g.value(QLatin1String("id")).toString().size(), 36) << "the group's sourced id";
        EXPECT_TRUE(g.value(QLatin1String("tier")).isDouble());
        QStringList ids;
        for (const QJsonValue& id : g.value(QLatin1String("students")).toArray())
            ids << id.toString();
        seen << QStringLiteral("%1/%2:%3")
                    .arg(g.value(QLatin1String("tier")).toInt())
                    .arg(g.value(QLatin1String("cap")).toInt())
                    .arg(ids.join(QLatin1Char(',')));
    }
    EXPECT_EQ(seen, (QStringList{QStringLiteral("2/4:3001,3002,3003,3004"), QStringLiteral("3/2:5001")}));
    const QJsonArray waitlist = placed.value(QLatin1String("waitlist")).toArray();
    ASSERT_EQ(waitlist.size(), 2);
    EXPECT_EQ(waitlist[0].toObject().value(QLatin1String("id")).toString(), QStringLiteral("3005"));
    EXPECT_DOUBLE_EQ(waitlist[0].toObject().value(QLatin1String("score")).toDouble(), 41.5);
    EXPECT_EQ(waitlist[1].toObject().value(QLatin1String("id")).toString(), QStringLiteral("3006"));
    EXPECT_DOUBLE_EQ(waitlist[1].toObject().value(QLatin1String("score")).toDouble(), 40.0);
    EXPECT_EQ(placed.value(QLatin1String("placed")), planned.value(QLatin1String("placed")));
    EXPECT_EQ(placed.value(QLatin1String("groups")).toArray().size(),
              planned.value(QLatin1String("groups")).toArray().size());

    // Nothing changed: placing again seats nobody. Text mode sums it up.
    EXPECT_EQ(cliJson(cli({QStringLiteral("--json"), QStringLiteral("place")}))
                  .value(QLatin1String("placed"))
                  .toInt(),
              0);
    const CliRun text = cli({QStringLiteral("place")});
    ASSERT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.out.contains(QStringLiteral("Waitlist:       2"))) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("Math \u00b7 Grades 5\u20136 \u00b7 Tier 3 \u00b7 A")));
}

TEST_F(PlacementCliTest, PlaceRefusesADatabaseWithoutASchool)
{
    auto store = openStore(dbPath());
    ASSERT_TRUE(store);
    store.reset();
    const CliRun run = cli({QStringLiteral("place")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("no school"))) << run.err.toStdString();
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_EQ(cli({QStringLiteral("rank"), QStringLiteral("--json")}).exitCode, 0);
}

} // namespace
} // namespace tutordesk::test
