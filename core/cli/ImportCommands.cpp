// tutordesk-cli import-roster and import-scores: the nightly sync's way in, and the same core calls
// the import window makes.
#include "cli/CliContext.h"
#include "cli/ImportReportOutput.h"
#include "roster/RosterImport.h"
#include "roster/ScoresImport.h"

#include <QCommandLineParser>
#include <QFile>

namespace tutordesk {

namespace {

Result<ColumnMapping> loadMapping(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{cliTr("The mapping file %1 cannot be read: %2").arg(path, file.errorString())};
    return ColumnMapping::fromJson(file.readAll(), path);
}

// import-roster and import-scores add the student, guardian and score counts to the common report.
QJsonObject toJson(const ImportReport& report, bool dryRun)
{
    QJsonObject json = importReportJson(report, dryRun);
    json.insert(QStringLiteral("missing"), report.missing);
    json.insert(QStringLiteral("withdrawn"), report.withdrawn);
    json.insert(QStringLiteral("guardiansAdded"), report.guardiansAdded);
    json.insert(QStringLiteral("guardiansUpdated"), report.guardiansUpdated);
    json.insert(QStringLiteral("scoresAdded"), report.scoresAdded);
    json.insert(QStringLiteral("scoresUpdated"), report.scoresUpdated);
    return json;
}

QString rosterSummary(const ImportReport& r)
{
    QString text = cliTr("Read %n student(s): ", r.read) +
                   cliTr("%1 added, %2 updated, %3 unchanged.").arg(r.added).arg(r.updated).arg(r.unchanged);
    if (r.withdrawn > 0)
        text += QLatin1Char(' ') +
                cliTr("Marked withdrawn: %n student(s) on file missing from this roster.", r.withdrawn);
    else if (r.missing > 0)
        text += QLatin1Char(' ') + cliTr("%n student(s) on file missing from this roster: run again with "
                                         "--withdraw-missing to mark them withdrawn.",
                                         r.missing);
    return text;
}

QString scoresSummary(const ImportReport& r)
{
    return cliTr("Read %n result(s): ", r.read) + cliTr("%1 added, %2 updated, %3 unchanged.")
                                                      .arg(r.scoresAdded)
                                                      .arg(r.scoresUpdated)
                                                      .arg(r.unchanged);
}

// The options both commands share, parsed; a usage error or an unreadable mapping is a status.
struct MappedImportArguments : ImportArguments {
    std::optional<ColumnMapping> mapping;
};

std::optional<int> parseCommon(CliContext& context, QCommandLineParser& parser, const char* command,
                               MappedImportArguments& arguments)
{
    const QCommandLineOption mapping(QStringLiteral("mapping"), cliTr("a column mapping file (JSON)"),
                                     QStringLiteral("M.json"));
    parser.addOption(mapping);
    if (const auto status = parseImportArguments(context, parser, command, arguments))
        return status;
    if (parser.isSet(mapping)) {
        auto loaded = loadMapping(parser.value(mapping));
        if (!loaded)
            return context.refuse(loaded.error().message);
        arguments.mapping = std::move(loaded).value();
    }
    return std::nullopt;
}

} // namespace

int runImportRoster(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption withdraw(QStringLiteral("withdraw-missing"),
                                      cliTr("mark students not in this roster withdrawn"));
    const QCommandLineOption org(QStringLiteral("org"), cliTr("OneRoster: the school's sourcedId"),
                                 QStringLiteral("SOURCEDID"));
    const QCommandLineOption flags(QStringLiteral("flags"), cliTr("OneRoster: a CSV of student-group flags"),
                                   QStringLiteral("FILE"));
    parser.addOptions({withdraw, org, flags});
    MappedImportArguments arguments;
    if (const auto status = parseCommon(context, parser, "import-roster", arguments))
        return *status;

    auto store = context.openStore(Store::OpenMode::ExistingOnly);
    if (!store)
        return ExitRefused;
    RosterImportOptions options;
    options.mapping = arguments.mapping;
    options.dryRun = arguments.dryRun;
    options.withdrawMissing = parser.isSet(withdraw);
    options.oneRosterOrg = parser.value(org);
    options.flagsFile = parser.value(flags);
    const auto result = importRoster(*store, arguments.path, options);
    return finishImport(context, result, arguments, &rosterSummary, &toJson);
}

int runImportScores(CliContext& context)
{
    QCommandLineParser parser;
    MappedImportArguments arguments;
    if (const auto status = parseCommon(context, parser, "import-scores", arguments))
        return *status;

    auto store = context.openStore(Store::OpenMode::ExistingOnly);
    if (!store)
        return ExitRefused;
    const auto result = importScores(*store, arguments.path, {arguments.mapping, arguments.dryRun});
    return finishImport(context, result, arguments, &scoresSummary, &toJson);
}

} // namespace tutordesk
