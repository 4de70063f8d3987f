// tutordesk-cli import-roster and import-scores as a nightly sync runs them: the real binary, real files.
#include "core/ImportFixtures.h"
#include "roster/SavedMappings.h"
#include "support/CliRun.h"
#include "support/Fixtures.h"
#include "support/TempDir.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <gtest/gtest.h>

namespace tutordesk::test {
namespace {

class ImportCliTest : public CliTestBase {
protected:
    void SetUp() override
    {
        ASSERT_EQ(cli({QStringLiteral("init"), QStringLiteral("--school-code"), QStringLiteral("1964733"),
                       QStringLiteral("--school-name"), QStringLiteral("Lincoln Elementary")})
                      .exitCode,
                  0);
        ASSERT_TRUE(zipFolder(importData(QStringLiteral("oneroster/v1p1")), zip()));
    }

    QString zip() const { return file(QStringLiteral("lincoln.zip")); }
    CliRun importLincoln(QStringList extra = {}, bool json = false)
    {
        return cli(QStringList{QStringLiteral("import-roster"), zip(), QStringLiteral("--org"),
                               QStringLiteral("sch-lincoln")} +
                       extra,
                   json);
    }
    std::int64_t count(const char* sql)
    {
        auto store = openStore(dbPath());
        return store ? store->db().queryInteger(sql) : -1;
    }
};

TEST_F(ImportCliTest, ImportRosterPrintsTheReportAsJson)
{
    const CliRun run = importLincoln({}, true);
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject report = cliJson(run);
    for (const char* key : {"file", "applied", "dryRun", "read", "added", "updated", "unchanged", "missing",
                            "withdrawn", "scoresAdded", "scoresUpdated", "problems", "notes"})
        EXPECT_TRUE(report.contains(QLatin1String(key))) << key;
    EXPECT_EQ(report.value(QStringLiteral("file")).toString(), zip());
    EXPECT_TRUE(report.value(QStringLiteral("applied")).toBool());
    EXPECT_FALSE(report.value(QStringLiteral("dryRun")).toBool());
    EXPECT_EQ(report.value(QStringLiteral("added")).toInt(), 4);
    EXPECT_TRUE(report.value(QStringLiteral("problems")).toArray().isEmpty());
    EXPECT_FALSE(report.value(QStringLiteral("notes")).toArray().isEmpty());
    EXPECT_EQ(count("SELECT count(*) FROM students"), 4);
}

TEST_F(ImportCliTest, TextSummarySaysWhatChanged)
{
    const CliRun first = importLincoln();
    EXPECT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_TRUE(first.out.contains(QStringLiteral("Read 5 students: 4 added, 0 updated, 0 unchanged.")))
        << first.out.toStdString();
    const CliRun again = importLincoln();
    EXPECT_EQ(again.exitCode, 0);
    EXPECT_TRUE(again.out.contains(QStringLiteral("0 added, 0 updated, 4 unchanged.")))
        << again.out.toStdString();
}

TEST_F(ImportCliTest, UsageErrorsExitTwo)
{
    EXPECT_EQ(cli({QStringLiteral("import-roster")}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("import-roster"), zip(), zip()}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("import-roster"), zip(), QStringLiteral("--colour")}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("import-roster"), zip(), QStringLiteral("--org")}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("import-scores")}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("import-scores"), zip(), QStringLiteral("--withdraw-missing")}).exitCode,
              2);
    EXPECT_EQ(count("SELECT count(*) FROM students"), 0);
}

TEST_F(ImportCliTest, SeveralSchoolsAndNoneChosenExitsOneWithTheSchoolsListed)
{
    const CliRun run = cli({QStringLiteral("import-roster"), zip()}, true);
    EXPECT_EQ(run.exitCode, 1);
    const QJsonObject report = cliJson(run);
    EXPECT_FALSE(report.value(QStringLiteral("applied")).toBool());
    const QJsonArray problems = report.value(QStringLiteral("problems")).toArray();
    ASSERT_EQ(problems.size(), 1);
    const QString message = problems.at(0).toObject().value(QStringLiteral("message")).toString();
    EXPECT_TRUE(message.contains(QStringLiteral("sch-marti"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("--org")));
    EXPECT_TRUE(run.err.contains(QStringLiteral("sch-lincoln")));
}

TEST_F(ImportCliTest, ProblemsGoToStderrOneALineAndNothingIsWritten)
{
    const QString bad = file(QStringLiteral("roster.csv"));
    QFile out(bad);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write("Student ID,Last Name,First Name,Grade\n"
              "100234,Muñoz,José,3\n"
              "100235,Nguyễn,Thị Lan,Z\n");
    out.close();
    const CliRun run = cli({QStringLiteral("import-roster"), bad});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(bad + QStringLiteral(", line 3, column 4 (Grade): ")))
        << run.err.toStdString();
    EXPECT_EQ(count("SELECT count(*) FROM students"), 0);

    const CliRun asJson = cli({QStringLiteral("import-roster"), bad}, true);
    EXPECT_EQ(asJson.exitCode, 1);
    const QJsonObject problem = cliJson(asJson).value(QStringLiteral("problems")).toArray().at(0).toObject();
    EXPECT_EQ(problem.value(QStringLiteral("file")).toString(), bad);
    EXPECT_EQ(problem.value(QStringLiteral("line")).toInt(), 3);
    EXPECT_EQ(problem.value(QStringLiteral("column")).toInt(), 4);
    EXPECT_EQ(problem.value(QStringLiteral("field")).toString(), QStringLiteral("Grade"));
}

TEST_F(ImportCliTest, DryRunWritesNothing)
{
    const CliRun run = importLincoln({QStringLiteral("--dry-run")}, true);
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject report = cliJson(run);
    EXPECT_TRUE(report.value(QStringLiteral("dryRun")).toBool());
    EXPECT_FALSE(report.value(QStringLiteral("applied")).toBool());
    EXPECT_EQ(report.value(QStringLiteral("added")).toInt(), 4);
    EXPECT_EQ(count("SELECT count(*) FROM students"), 0);

    const CliRun text = importLincoln({QStringLiteral("--dry-run")});
    EXPECT_TRUE(text.out.startsWith(QStringLiteral("Dry run"))) << text.out.toStdString();
}

TEST_F(ImportCliTest, MissingStudentsAreWithdrawnOnlyWhenAsked)
{
    ASSERT_EQ(importLincoln().exitCode, 0);
    // The next export no longer lists Aram.
    const QString next = file(QStringLiteral("next"));
    ASSERT_TRUE(copyFolder(importData(QStringLiteral("oneroster/v1p1")), next, {},
                           [](const QString& name, QString text) {
                               if (name == QLatin1String("users.csv"))
                                   text.remove(QRegularExpression(QStringLiteral("u-1006[^\\n]*\\n")));
                               return text;
                           }));
    const QStringList args = {QStringLiteral("import-roster"), next, QStringLiteral("--org"),
                              QStringLiteral("sch-lincoln")};
    const CliRun counted = cli(args);
    EXPECT_EQ(counted.exitCode, 0) << counted.err.toStdString();
    EXPECT_TRUE(counted.out.contains(QStringLiteral("1 student on file missing from this roster")))
        << counted.out.toStdString();
    EXPECT_TRUE(counted.out.contains(QStringLiteral("--withdraw-missing")));
    EXPECT_EQ(count("SELECT count(*) FROM students WHERE status = 'withdrawn'"), 0);

    const CliRun withdrawn = cli(args + QStringList{QStringLiteral("--withdraw-missing")}, true);
    EXPECT_EQ(withdrawn.exitCode, 0) << withdrawn.err.toStdString();
    EXPECT_EQ(cliJson(withdrawn).value(QStringLiteral("withdrawn")).toInt(), 1);
    EXPECT_EQ(count("SELECT count(*) FROM students WHERE status = 'withdrawn' AND sourced_id = '100238'"), 1);
    EXPECT_EQ(count("SELECT count(*) FROM students"), 4) << "withdrawn, never deleted";
}

TEST_F(ImportCliTest, ImportScoresAddsThenChangesNothing)
{
    ASSERT_EQ(importLincoln().exitCode, 0);
    const QString iready = importData(QStringLiteral("scores/iready_fall.csv"));
    const CliRun first = cli({QStringLiteral("import-scores"), iready}, true);
    EXPECT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_EQ(cliJson(first).value(QStringLiteral("scoresAdded")).toInt(), 4);
    const CliRun again = cli({QStringLiteral("import-scores"), iready});
    EXPECT_EQ(again.exitCode, 0);
    EXPECT_TRUE(again.out.contains(QStringLiteral("Read 4 results: 0 added, 0 updated, 4 unchanged.")))
        << again.out.toStdString();
    EXPECT_EQ(count("SELECT count(*) FROM assessments WHERE kind = 'benchmark'"), 4);
}

TEST_F(ImportCliTest, ImportScoresWithAnUnknownStudentExitsOneAndWritesNothing)
{
    ASSERT_EQ(importLincoln().exitCode, 0);
    const QString unknown = importData(QStringLiteral("scores/unknown_student.csv"));
    const CliRun run = cli({QStringLiteral("import-scores"), unknown}, true);
    EXPECT_EQ(run.exitCode, 1);
    const QJsonArray problems = cliJson(run).value(QStringLiteral("problems")).toArray();
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems.at(0)
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("999999")));
    EXPECT_TRUE(run.err.contains(QStringLiteral("unknown_student.csv, line 3, column 1 (Student ID)")))
        << run.err.toStdString();
    EXPECT_EQ(count("SELECT count(*) FROM assessments"), 0);
}

TEST_F(ImportCliTest, MappingFileIsUsedAndABadOneRefused)
{
    const QString roster = file(QStringLiteral("sis.csv"));
    QFile out(roster);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write("Pupil,Surname,Forename,Year\n"
              "300001,Zúñiga,Ximena,5\n");
    out.close();
    const QString mapping = file(QStringLiteral("mapping.json"));
    QFile m(mapping);
    ASSERT_TRUE(m.open(QIODevice::WriteOnly));
    m.write(R"({"version": 1, "kind": "roster", "columns": {"districtId": "Pupil", "lastName": "Surname",
               "firstName": "Forename", "grade": "Year"}})");
    m.close();
    const CliRun run = cli({QStringLiteral("import-roster"), roster, QStringLiteral("--mapping"), mapping});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(count("SELECT count(*) FROM students WHERE sourced_id = '300001' AND grade = '5'"), 1);

    EXPECT_EQ(cli({QStringLiteral("import-roster"), roster, QStringLiteral("--mapping"),
                   file(QStringLiteral("none.json"))})
                  .exitCode,
              1);
    const CliRun wrongKind =
        cli({QStringLiteral("import-scores"), importData(QStringLiteral("scores/iready_fall.csv")),
             QStringLiteral("--mapping"), mapping});
    EXPECT_EQ(wrongKind.exitCode, 1);
    EXPECT_TRUE(wrongKind.err.contains(QStringLiteral("roster"))) << wrongKind.err.toStdString();
}

TEST_F(ImportCliTest, AProposedMappingIsSavedOnlyOnceApplied)
{
    const QString roster = file(QStringLiteral("aeries.csv"));
    QFile out(roster);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write("Perm ID,Last Name,First Name,Grade,Home Language\n"
              "400001,Hovhannisyan,Անի,2,Armenian\n");
    out.close();
    const auto saved = [this] {
        auto store = openStore(dbPath());
        return store ? SavedMappings::load(*store, QStringLiteral("roster")) : std::nullopt;
    };
    EXPECT_EQ(cli({QStringLiteral("import-roster"), roster, QStringLiteral("--dry-run")}).exitCode, 0);
    EXPECT_FALSE(saved().has_value()) << "a dry run remembers nothing";
    EXPECT_EQ(cli({QStringLiteral("import-roster"), roster}).exitCode, 0);
    const auto mapping = saved();
    ASSERT_TRUE(mapping.has_value());
    EXPECT_EQ(mapping->headerFor(QStringLiteral("districtId")), QStringLiteral("Perm ID"));
    EXPECT_EQ(count("SELECT count(*) FROM students WHERE home_language = 'hy'"), 1);
}

} // namespace
} // namespace tutordesk::test
