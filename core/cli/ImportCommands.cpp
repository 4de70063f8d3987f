// tutordesk-cli import-roster and import-scores: the nightly sync's way in, and the same core calls
// the import window makes.
#include "cli/CliContext.h"
#include "roster/RosterImport.h"
#include "roster/ScoresImport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>

namespace tutordesk {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("tutordesk::Cli", text);
}

// The command line installs no English translation, so an untranslated "(s)" is resolved here
// the way the window's English plural forms do it.
QString tr(const char* text, int count)
{
    QString result = QCoreApplication::translate("tutordesk::Cli", text, nullptr, count);
    return result.replace(QLatin1String("(s)"), count == 1 ? QString() : QStringLiteral("s"));
}

Result<ColumnMapping> loadMapping(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("The mapping file %1 cannot be read: %2").arg(path, file.errorString())};
    return ColumnMapping::fromJson(file.readAll(), path);
}

QJsonObject toJson(const ImportReport& report, bool dryRun)
{
    QJsonArray problems;
    for (const ImportProblem& problem : report.problems)
        problems.append(QJsonObject{{QStringLiteral("file"), problem.file},
                                    {QStringLiteral("line"), problem.line},
                                    {QStringLiteral("column"), problem.column},
                                    {QStringLiteral("field"), problem.field},
                                    {QStringLiteral("message"), problem.message}});
    QJsonArray notes;
    for (const QString& note : report.notes)
        notes.append(note);
    return {{QStringLiteral("file"), report.file},
            {QStringLiteral("applied"), report.applied},
            {QStringLiteral("dryRun"), dryRun},
            {QStringLiteral("read"), report.read},
            {QStringLiteral("added"), report.added},
            {QStringLiteral("updated"), report.updated},
            {QStringLiteral("unchanged"), report.unchanged},
            {QStringLiteral("missing"), report.missing},
            {QStringLiteral("withdrawn"), report.withdrawn},
            {QStringLiteral("guardiansAdded"), report.guardiansAdded},
            {QStringLiteral("guardiansUpdated"), report.guardiansUpdated},
            {QStringLiteral("scoresAdded"), report.scoresAdded},
            {QStringLiteral("scoresUpdated"), report.scoresUpdated},
            {QStringLiteral("problems"), problems},
            {QStringLiteral("notes"), notes}};
}

QString rosterSummary(const ImportReport& r)
{
    QString text = tr("Read %n student(s): ", r.read) +
                   tr("%1 added, %2 updated, %3 unchanged.").arg(r.added).arg(r.updated).arg(r.unchanged);
    if (r.withdrawn > 0)
        text += QLatin1Char(' ') +
                tr("Marked withdrawn: %n student(s) on file missing from this roster.", r.withdrawn);
    else if (r.missing > 0)
        text += QLatin1Char(' ') + tr("%n student(s) on file missing from this roster: run again with "
                                      "--withdraw-missing to mark them withdrawn.",
                                      r.missing);
    return text;
}

QString scoresSummary(const ImportReport& r)
{
    return tr("Read %n result(s): ", r.read) +
           tr("%1 added, %2 updated, %3 unchanged.").arg(r.scoresAdded).arg(r.scoresUpdated).arg(r.unchanged);
}

// Prints what an import did or found and returns the exit status: problems go to stderr, one a
// line, and refuse; with --json the whole report is the one document on stdout either way.
int finish(CliContext& context, const Result<ImportReport>& result, const QString& path, bool dryRun,
           QString (*summary)(const ImportReport&))
{
    ImportReport report;
    if (result) {
        report = result.value();
    } else {
        report.file = path;
        report.problems.push_back({path, 0, 0, QString(), result.error().message});
    }
    if (context.json())
        context.printJson(toJson(report, dryRun));
    if (!result) // the message names the file itself
        return context.refuse(result.error().message);
    if (!report.problems.empty()) {
        for (const ImportProblem& problem : report.problems)
            context.err() << problem.toText() << '\n';
        context.err() << tr("Nothing was imported: correct the %n problem(s) above and run again.",
                            static_cast<int>(report.problems.size()))
                      << '\n';
        context.err().flush();
        return ExitRefused;
    }
    if (!context.json()) {
        QTextStream& out = context.out();
        if (dryRun)
            out << tr("Dry run: nothing was saved.") << ' ';
        out << summary(report) << '\n';
        for (const QString& note : report.notes)
            out << "  " << note << '\n';
        out.flush();
    }
    return ExitDone;
}

// The options both commands share, parsed; a usage error or an unreadable mapping is a status.
struct ImportArguments {
    QString path;
    std::optional<ColumnMapping> mapping;
    bool dryRun = false;
};

std::optional<int> parseCommon(CliContext& context, QCommandLineParser& parser, const char* command,
                               ImportArguments& arguments)
{
    const QCommandLineOption mapping(QStringLiteral("mapping"), tr("a column mapping file (JSON)"),
                                     QStringLiteral("M.json"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), tr("check and count, but change nothing"));
    parser.addOptions({mapping, dryRun});
    if (!parser.parse(context.arguments()))
        return context.usage(parser.errorText());
    if (parser.positionalArguments().size() != 1)
        return context.usage(tr("%1 takes one file.").arg(QLatin1String(command)));
    arguments.path = parser.positionalArguments().constFirst();
    arguments.dryRun = parser.isSet(dryRun);
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
                                      tr("mark students not in this roster withdrawn"));
    const QCommandLineOption org(QStringLiteral("org"), tr("OneRoster: the school's sourcedId"),
                                 QStringLiteral("SOURCEDID"));
    const QCommandLineOption flags(QStringLiteral("flags"), tr("OneRoster: a CSV of student-group flags"),
                                   QStringLiteral("FILE"));
    parser.addOptions({withdraw, org, flags});
    ImportArguments arguments;
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
    return finish(context, result, arguments.path, arguments.dryRun, &rosterSummary);
}

int runImportScores(CliContext& context)
{
    QCommandLineParser parser;
    ImportArguments arguments;
    if (const auto status = parseCommon(context, parser, "import-scores", arguments))
        return *status;

    auto store = context.openStore(Store::OpenMode::ExistingOnly);
    if (!store)
        return ExitRefused;
    const auto result = importScores(*store, arguments.path, {arguments.mapping, arguments.dryRun});
    return finish(context, result, arguments.path, arguments.dryRun, &scoresSummary);
}

} // namespace tutordesk
