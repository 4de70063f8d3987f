// tutordesk-cli import-calendar and import-tutors: the real binary, real files.
#include "TestPaths.h"
#include "support/CliRun.h"
#include "support/Fixtures.h"
#include "support/TempDir.h"
#include "support/TestText.h"

#include <QJsonArray>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace tutordesk::test {
namespace {

QString data(const char* relative)
{
    return QStringLiteral(TUTORDESK_TEST_DATA_DIR "/") + QString::fromLatin1(relative);
}

class StaffCliTest : public CliTestBase {
protected:
    void SetUp() override
    {
        const CliRun init =
            cli({QStringLiteral("init"), QStringLiteral("--school-code"), QStringLiteral("1964733"),
                 QStringLiteral("--school-name"), QStringLiteral("Lincoln Elementary"),
                 QStringLiteral("--year-start"), QStringLiteral("2026-08-10"), QStringLiteral("--year-end"),
                 QStringLiteral("2027-06-04")});
        ASSERT_EQ(init.exitCode, 0) << init.err.toStdString();
    }

    std::int64_t count(const char* sql)
    {
        auto store = openStore(dbPath());
        return store ? store->db().queryInteger(sql) : -1;
    }
};

TEST_F(StaffCliTest, ImportCalendarSavesTheDaysAndSaysHowMany)
{
    const CliRun run = cli({QStringLiteral("import-calendar"), data("calendar/district-2026-27.csv")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("22 added"))) << run.out.toStdString();
    EXPECT_EQ(count("SELECT count(*) FROM calendar_days"), 22);

    const CliRun again =
        cli({QStringLiteral("import-calendar"), data("calendar/district-2026-27.csv")}, true);
    EXPECT_EQ(again.exitCode, 0) << again.err.toStdString();
    const QJsonObject report = cliJson(again);
    EXPECT_EQ(report.value(QStringLiteral("added")).toInt(), 0);
    EXPECT_EQ(report.value(QStringLiteral("unchanged")).toInt(), 22);
    EXPECT_TRUE(report.value(QStringLiteral("applied")).toBool());
    EXPECT_TRUE(report.value(QStringLiteral("problems")).toArray().isEmpty());
}

TEST_F(StaffCliTest, ImportCalendarDryRunChangesNothing)
{
    const CliRun run = cli({QStringLiteral("import-calendar"), data("calendar/district-2026-27.csv"),
                            QStringLiteral("--dry-run")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("Dry run"))) << run.out.toStdString();
    EXPECT_EQ(count("SELECT count(*) FROM calendar_days"), 0);
}

TEST_F(StaffCliTest, ImportCalendarRefusesABadFileWithLinesAndColumns)
{
    const QString path = data("calendar/bad-lines.csv");
    const CliRun run = cli({QStringLiteral("import-calendar"), path});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(path + QStringLiteral(", line 3, column 1 (date): ")))
        << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("Nothing was imported"))) << run.err.toStdString();
    EXPECT_EQ(count("SELECT count(*) FROM calendar_days"), 0);

    const CliRun asJson = cli({QStringLiteral("import-calendar"), path}, true);
    EXPECT_EQ(asJson.exitCode, 1);
    const QJsonArray problems = cliJson(asJson).value(QStringLiteral("problems")).toArray();
    ASSERT_EQ(problems.size(), 4);
    EXPECT_EQ(problems.at(0).toObject().value(QStringLiteral("line")).toInt(), 3);
    EXPECT_EQ(problems.at(0).toObject().value(QStringLiteral("column")).toInt(), 1);
}

TEST_F(StaffCliTest, ImportCommandsNeedOneFile)
{
    EXPECT_EQ(cli({QStringLiteral("import-calendar")}).exitCode, 2);
    EXPECT_EQ(
        cli({QStringLiteral("import-tutors"), QStringLiteral("a.csv"), QStringLiteral("b.csv")}).exitCode, 2);
    const CliRun missing = cli({QStringLiteral("import-tutors"), file(QStringLiteral("nowhere.csv"))});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("nowhere.csv"))) << missing.err.toStdString();
}

TEST_F(StaffCliTest, ImportTutorsAddsThemOnceAndRefusesBadLines)
{
    const CliRun run = cli({QStringLiteral("import-tutors"), data("tutors/tutors.csv")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("Read 3 tutors: 3 added"))) << run.out.toStdString();
    EXPECT_EQ(count("SELECT count(*) FROM tutors"), 3);

    const CliRun again = cli({QStringLiteral("import-tutors"), data("tutors/tutors.csv")}, true);
    EXPECT_EQ(again.exitCode, 0);
    EXPECT_EQ(cliJson(again).value(QStringLiteral("unchanged")).toInt(), 3);

    const QString bad = data("tutors/bad-lines.csv");
    const CliRun refused = cli({QStringLiteral("import-tutors"), bad});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(bad + QStringLiteral(", line 2, column 3 (Type): ")))
        << refused.err.toStdString();
    EXPECT_EQ(count("SELECT count(*) FROM tutors"), 3);
}

} // namespace
} // namespace tutordesk::test
