// tutordesk-cli as district IT and support staff run it: the real binary, real files.
#include "TestPaths.h"
#include "support/CliRun.h"
#include "support/TempDir.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace tutordesk::test {
namespace {

class CliTest : public TempDirTest {
protected:
    CliRun cli(const QStringList& arguments)
    {
        return runCli(arguments, file(QStringLiteral("from-env.tutordesk")));
    }
    QStringList db() { return {QStringLiteral("--db"), dbPath()}; }
    CliRun init(const QString& name = QStringLiteral("Escuela José Martí"))
    {
        return cli(db() << QStringLiteral("init") << QStringLiteral("--school-code")
                        << QStringLiteral("1964733") << QStringLiteral("--school-name") << name);
    }
};

TEST_F(CliTest, HelpAndVersionExitZero)
{
    const CliRun help = cli({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("init")));
    EXPECT_TRUE(help.out.contains(QStringLiteral("demo")));
    EXPECT_TRUE(help.out.contains(QStringLiteral("check")));
    const CliRun version = cli({QStringLiteral("--version")});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.out.startsWith(QStringLiteral("tutordesk-cli ")));
}

TEST_F(CliTest, UsageErrorsExitTwo)
{
    EXPECT_EQ(cli({}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("frobnicate")}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("--colour")}).exitCode, 2);
    EXPECT_EQ(cli(db() << QStringLiteral("init")).exitCode, 2);
    EXPECT_EQ(cli(db() << QStringLiteral("init") << QStringLiteral("--school-code") << QStringLiteral("1")
                       << QStringLiteral("--school-name") << QStringLiteral("X")
                       << QStringLiteral("--year-start") << QStringLiteral("9/1/2026"))
                  .exitCode,
              2);
    EXPECT_EQ(
        cli(db() << QStringLiteral("demo") << QStringLiteral("--size") << QStringLiteral("huge")).exitCode,
        2);
    EXPECT_FALSE(QFile::exists(dbPath())) << "a usage error must not create a database";
}

TEST_F(CliTest, InitThenCheckReportsAnEmptySchoolAsJson)
{
    const CliRun created = init();
    ASSERT_EQ(created.exitCode, 0) << created.err.toStdString();
    EXPECT_TRUE(created.out.contains(QStringLiteral("Escuela José Martí")));

    const CliRun check = cli(db() << QStringLiteral("--json") << QStringLiteral("check"));
    ASSERT_EQ(check.exitCode, 0) << check.err.toStdString();
    EXPECT_TRUE(check.err.isEmpty()) << "--json prints nothing but the document";
    const QJsonObject report = cliJson(check);
    EXPECT_EQ(report.value(QStringLiteral("integrity")).toString(), QStringLiteral("ok"));
    EXPECT_GE(report.value(QStringLiteral("schemaVersion")).toInt(), 1);
    EXPECT_EQ(report.value(QStringLiteral("school")).toString(), QStringLiteral("Escuela José Martí"));
    EXPECT_EQ(report.value(QStringLiteral("counts")).toObject().value(QStringLiteral("students")).toInt(-1),
              0);
}

TEST_F(CliTest, ASecondInitIsRefused)
{
    ASSERT_EQ(init().exitCode, 0);
    const CliRun again = init(QStringLiteral("Another School"));
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.err.contains(QStringLiteral("already holds a school")));
}

TEST_F(CliTest, TutorDeskDbEnvironmentVariableNamesTheDatabase)
{
    const CliRun created = cli({QStringLiteral("init"), QStringLiteral("--school-code"), QStringLiteral("1"),
                                QStringLiteral("--school-name"), QStringLiteral("Env School")});
    ASSERT_EQ(created.exitCode, 0) << created.err.toStdString();
    EXPECT_TRUE(QFile::exists(file(QStringLiteral("from-env.tutordesk"))));
}

TEST_F(CliTest, ForeignCorruptAndMissingFilesGetOneLineAndExitOne)
{
    const auto refusedWithOneLine = [this](const QString& path, const QString& expected) {
        const CliRun run = cli({QStringLiteral("--db"), path, QStringLiteral("check")});
        EXPECT_EQ(run.exitCode, 1) << path.toStdString();
        EXPECT_TRUE(run.out.isEmpty());
        EXPECT_EQ(run.err.trimmed().count(QLatin1Char('\n')), 0) << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(expected)) << run.err.toStdString();
    };

    QFile text(file(QStringLiteral("roster.csv")));
    ASSERT_TRUE(text.open(QIODevice::WriteOnly));
    text.write("Student ID,Last Name\n1001,Muñoz\n");
    text.close();
    refusedWithOneLine(text.fileName(), QStringLiteral("not a TutorDesk database"));

    ASSERT_EQ(init().exitCode, 0);
    QFile original(dbPath());
    ASSERT_TRUE(original.open(QIODevice::ReadOnly));
    QFile truncated(file(QStringLiteral("truncated.tutordesk")));
    ASSERT_TRUE(truncated.open(QIODevice::WriteOnly));
    truncated.write(original.read(3000));
    truncated.close();
    refusedWithOneLine(truncated.fileName(), QStringLiteral("damaged"));

    refusedWithOneLine(file(QStringLiteral("missing.tutordesk")), QStringLiteral("no TutorDesk database"));
}

TEST_F(CliTest, PreviewShowsHowAFileIsReadAsJson)
{
    const QString csv = QStringLiteral(TUTORDESK_TEST_DATA_DIR "/csv/roster_windows1252.csv");
    const CliRun run = cli({QStringLiteral("--json"), QStringLiteral("preview"), csv});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject preview = cliJson(run);
    EXPECT_EQ(preview.value(QStringLiteral("encoding")).toString(), QStringLiteral("Windows-1252"));
    EXPECT_EQ(preview.value(QStringLiteral("delimiter")).toString(), QStringLiteral(","));
    EXPECT_EQ(preview.value(QStringLiteral("header")).toArray().at(1).toString(),
              QStringLiteral("Last Name"));
    const QJsonArray rows = preview.value(QStringLiteral("rows")).toArray();
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows.at(0).toArray().at(2).toString(), QStringLiteral("José"));
    EXPECT_TRUE(preview.value(QStringLiteral("problems")).toArray().isEmpty());
}

TEST_F(CliTest, PreviewRefusesAnUnreadableFileAndNeedsOne)
{
    const CliRun unclosed = cli({QStringLiteral("preview"),
                                 QStringLiteral(TUTORDESK_TEST_DATA_DIR "/csv/roster_unclosed_quote.csv")});
    EXPECT_EQ(unclosed.exitCode, 1);
    EXPECT_TRUE(unclosed.err.contains(QStringLiteral("line 3, column 2"))) << unclosed.err.toStdString();
    EXPECT_EQ(cli({QStringLiteral("preview")}).exitCode, 2);
}

} // namespace
} // namespace tutordesk::test
