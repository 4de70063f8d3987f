#pragma once

#include "cli/Cli.h"
#include "store/Store.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace tutordesk {

// What every command receives: its own arguments, the global options and the output streams.
class CliContext final {
public:
    CliContext(QStringList arguments, QString databasePath, bool json, QTextStream& out, QTextStream& err);

    const QStringList& arguments() const { return m_arguments; }
    const QString& databasePath() const { return m_databasePath; }
    bool json() const { return m_json; }
    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    // Opens the database or reports why not (one line on stderr) and returns null.
    std::unique_ptr<Store> openStore(Store::OpenMode mode);

    // The day commands take as today: TUTORDESK_TODAY (YYYY-MM-DD) when set, for a scheduler catching up
    // and for tests; else the computer's date.
    static QDate today();

    int refuse(const QString& message);
    int usage(const QString& message);
    void printJson(const QJsonObject& document);

private:
    QStringList m_arguments;
    QString m_databasePath;
    bool m_json;
    QTextStream& m_out;
    QTextStream& m_err;
};

// One command of tutordesk-cli.
struct CliCommand {
    const char* name;
    const char* synopsis;
    const char* summary;
    int (*run)(CliContext& context);
};

int runInit(CliContext& context);
int runCheck(CliContext& context);
int runDemo(CliContext& context);
int runPreview(CliContext& context);
int runImportRoster(CliContext& context);
int runImportScores(CliContext& context);
int runRank(CliContext& context);
int runPlace(CliContext& context);
int runSchedule(CliContext& context);
int runImportCalendar(CliContext& context);
int runImportTutors(CliContext& context);
int runAttendance(CliContext& context);
int runProtocol(CliContext& context);
int runLetters(CliContext& context);
int runReport(CliContext& context);
int runExport(CliContext& context);
int runSync(CliContext& context);
// The reports of runReport, each with its own options after its name.
int runReportWeekly(CliContext& context);
int runReportEquity(CliContext& context);

} // namespace tutordesk
