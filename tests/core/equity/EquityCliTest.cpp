// tutordesk-cli report equity, run as district IT and scripts run it: the JSON of DESIGN.md section 6, the
// text table, the threshold option and the exit codes.
#include "EquityFixtures.h"
#include "support/CliRun.h"
#include "support/TestText.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <gtest/gtest.h>

namespace tutordesk {
namespace {

class EquityCliTest : public test::EquitySchoolTest {
protected:
    void SetUp() override
    {
        test::EquitySchoolTest::SetUp();
        // The figures count up to the fixture's day (the child inherits it).
        qputenv("TUTORDESK_TODAY", "2026-10-01");
    }
    void TearDown() override { qunsetenv("TUTORDESK_TODAY"); }

    test::CliRun cli(const QStringList& arguments, bool json = false) const
    {
        QStringList all = {QStringLiteral("--db"), dbPath()};
        if (json)
            all << QStringLiteral("--json");
        return test::runCli(all + arguments, file(QStringLiteral("from-env.tutordesk")));
    }

    static QJsonObject rowOf(const QJsonObject& document, const QString& dimension, const QString& group)
    {
        for (const QJsonValue& row : document.value(QStringLiteral("rows")).toArray()) {
            const QJsonObject o = row.toObject();
            if (o.value(QStringLiteral("dimension")).toString() == dimension &&
                o.value(QStringLiteral("group")).toString() == group)
                return o;
        }
        ADD_FAILURE() << "no row " << group.toStdString();
        return {};
    }
};

TEST_F(EquityCliTest, JsonHasTheDesignShapeWithNullsForASuppressedGroup)
{
    const test::CliRun run = cli({QStringLiteral("report"), QStringLiteral("equity")}, true);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject document = test::cliJson(run);
    const QJsonObject el = rowOf(document, QStringLiteral("EL status"), QStringLiteral("EL"));
    EXPECT_FALSE(el.value(QStringLiteral("suppressed")).toBool(true));
    EXPECT_EQ(el.value(QStringLiteral("eligible")).toInt(), 16);
    EXPECT_EQ(el.value(QStringLiteral("enrolled")).toInt(), 10);
    EXPECT_DOUBLE_EQ(el.value(QStringLiteral("meanDosageMinutes")).toDouble(), 57.0);
    EXPECT_DOUBLE_EQ(el.value(QStringLiteral("attendanceRate")).toDouble(), 19.0 / 21.0);
    EXPECT_DOUBLE_EQ(el.value(QStringLiteral("growth")).toDouble(), 20.0);

    // A group of 9: null in place of every number, the design's fields and ours.
    const QJsonObject foster =
        rowOf(document, QStringLiteral("Foster youth"), QStringLiteral("Foster youth"));
    EXPECT_TRUE(foster.value(QStringLiteral("suppressed")).toBool());
    int numbers = 0;
    for (auto it = foster.begin(); it != foster.end(); ++it) {
        EXPECT_FALSE(it.value().isDouble()) << it.key().toStdString();
        numbers += it.value().isDouble() ? 1 : 0;
    }
    EXPECT_EQ(numbers, 0);
    for (const char* key : {"eligible", "enrolled", "meanDosageMinutes", "attendanceRate", "growth"})
        EXPECT_TRUE(foster.value(QLatin1String(key)).isNull()) << key;
    EXPECT_FALSE(run.out.contains(QStringLiteral("\"eligible\": 9")));

    // Withheld inside a shown group: null, with the reason.
    const QJsonObject eo = rowOf(document, QStringLiteral("EL status"), QStringLiteral("EO/IFEP"));
    EXPECT_TRUE(eo.value(QStringLiteral("growth")).isNull());
    EXPECT_EQ(eo.value(QStringLiteral("withheld")).toObject().value(QStringLiteral("growth")).toString(),
              QStringLiteral("fewer_than_10"));
    EXPECT_DOUBLE_EQ(document.value(QStringLiteral("threshold")).toDouble(), 0.8);
}

TEST_F(EquityCliTest, ThresholdOptionHighlightsGapsInJsonAndText)
{
    const test::CliRun json = cli({QStringLiteral("report"), QStringLiteral("equity"),
                                   QStringLiteral("--threshold"), QStringLiteral("0.85")},
                                  true);
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    const QJsonObject document = test::cliJson(json);
    EXPECT_TRUE(rowOf(document, QStringLiteral("EL status"), QStringLiteral("EL"))
                    .value(QStringLiteral("seatGap"))
                    .toBool());
    QStringList sentences;
    for (const QJsonValue& gap : document.value(QStringLiteral("gaps")).toArray())
        sentences << gap.toObject().value(QStringLiteral("sentence")).toString();
    EXPECT_TRUE(
        sentences.contains(QStringLiteral("EL students hold 33% of seats but are 40% of students in need.")));

    const test::CliRun text = cli({QStringLiteral("report"), QStringLiteral("equity"),
                                   QStringLiteral("--threshold"), QStringLiteral("0.85")});
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_TRUE(
        text.out.contains(QStringLiteral("EL students hold 33% of seats but are 40% of students in need.")));
    // The foster line carries no number besides the rule's own 10.
    for (const QString& line : text.out.split(QLatin1Char('\n'))) {
        if (line.startsWith(QStringLiteral("  Foster youth"))) {
            QString rest = line;
            rest.remove(QStringLiteral("fewer than 10 students"));
            EXPECT_FALSE(rest.contains(QRegularExpression(QStringLiteral("\\d")))) << line.toStdString();
        }
    }
    EXPECT_TRUE(json.err.isEmpty()) << json.err.toStdString();
}

TEST_F(EquityCliTest, BadOptionsAreUsageErrors)
{
    EXPECT_EQ(cli({QStringLiteral("report"), QStringLiteral("equity"), QStringLiteral("--threshold"),
                   QStringLiteral("lots")})
                  .exitCode,
              2);
    const test::CliRun tooHigh = cli({QStringLiteral("report"), QStringLiteral("equity"),
                                      QStringLiteral("--threshold"), QStringLiteral("1.5")});
    EXPECT_EQ(tooHigh.exitCode, 2);
    EXPECT_TRUE(tooHigh.err.contains(QStringLiteral("at most 1")));
    EXPECT_EQ(cli({QStringLiteral("report"), QStringLiteral("equity"), QStringLiteral("extra")}).exitCode, 2);
}

TEST_F(EquityCliTest, ADatabaseWithoutASchoolIsRefused)
{
    const QString empty = file(QStringLiteral("empty.tutordesk"));
    test::openStore(empty).reset();
    const test::CliRun run =
        test::runCli({QStringLiteral("--db"), empty, QStringLiteral("report"), QStringLiteral("equity")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("no school")));
}

} // namespace
} // namespace tutordesk
