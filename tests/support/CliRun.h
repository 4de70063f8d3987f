#pragma once

// Runs the real tutordesk-cli binary the way district IT and a nightly sync do, and reads what it said.
#include "TestPaths.h"
#include "support/TempDir.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <gtest/gtest.h>

namespace tutordesk::test {

// What one run printed and how it ended (-1: it crashed or did not finish).
struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs tutordesk-cli with `arguments` and waits for it. A non-empty `environmentDb` is put in TUTORDESK_DB,
// so a test notices a command that opens that database instead of the --db it was given.
inline CliRun runCli(const QStringList& arguments, const QString& environmentDb = QString())
{
    QProcess process;
    if (!environmentDb.isEmpty()) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("TUTORDESK_DB"), environmentDb);
        process.setProcessEnvironment(environment);
    }
    process.start(QStringLiteral(TUTORDESK_CLI_PATH), arguments);
    EXPECT_TRUE(process.waitForFinished(120000));
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// A --json run's stdout as the one document it must be; anything else fails the test and shows both streams.
inline QJsonObject cliJson(const CliRun& run)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << run.out.toStdString() << run.err.toStdString();
    return document.object();
}

// A test whose commands run against its own database: cli() passes --db dbPath() (and --json when asked) and
// points TUTORDESK_DB at another file, so a command that ignored --db would be noticed.
class CliTestBase : public TempDirTest {
protected:
    CliRun cli(const QStringList& arguments, bool json = false) const
    {
        QStringList all = {QStringLiteral("--db"), dbPath()};
        if (json)
            all << QStringLiteral("--json");
        return runCli(all + arguments, file(QStringLiteral("from-env.tutordesk")));
    }
};

} // namespace tutordesk::test
