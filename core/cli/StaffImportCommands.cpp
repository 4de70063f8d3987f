// tutordesk-cli import-calendar and import-tutors: the district calendar and the tutor list, read with
// the same core calls the Calendar and Tutors pages make.
#include "cli/CliContext.h"
#include "schedule/CalendarImport.h"
#include "schedule/TutorImport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>

#include <optional>

namespace tutordesk {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("tutordesk::Cli", text);
}

// The command line installs no English translation, so an untranslated "(s)" is resolved here.
QString tr(const char* text, int count)
{
    QString result = QCoreApplication::translate("tutordesk::Cli", text, nullptr, count);
    return result.replace(QLatin1String("(s)"), count == 1 ? QString() : QStringLiteral("s"));
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
            {QStringLiteral("problems"), problems},
            {QStringLiteral("notes"), notes}};
}

QString calendarSummary(const ImportReport& r)
{
    return tr("Read %n line(s). ", r.read) +
           tr("Days: %1 added, %2 updated, %3 unchanged.").arg(r.added).arg(r.updated).arg(r.unchanged);
}

QString tutorsSummary(const ImportReport& r)
{
    return tr("Read %n tutor(s): ", r.read) +
           tr("%1 added, %2 updated, %3 unchanged.").arg(r.added).arg(r.updated).arg(r.unchanged);
}

// Problems go to stderr, one a line, and refuse; with --json the whole report is the one document on
// stdout either way.
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
    if (!result)
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

struct Arguments {
    QString path;
    bool dryRun = false;
};

std::optional<int> parse(CliContext& context, const char* command, Arguments& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), tr("check and count, but change nothing"));
    parser.addOption(dryRun);
    if (!parser.parse(context.arguments()))
        return context.usage(parser.errorText());
    if (parser.positionalArguments().size() != 1)
        return context.usage(tr("%1 takes one file.").arg(QLatin1String(command)));
    arguments.path = parser.positionalArguments().constFirst();
    arguments.dryRun = parser.isSet(dryRun);
    return std::nullopt;
}

} // namespace

int runImportCalendar(CliContext& context)
{
    Arguments arguments;
    if (const auto status = parse(context, "import-calendar", arguments))
        return *status;
    auto store = context.openStore(Store::OpenMode::ExistingOnly);
    if (!store)
        return ExitRefused;
    const auto result =
        CalendarImport::importFile(*store, arguments.path, arguments.dryRun, QDate::currentDate());
    return finish(context, result, arguments.path, arguments.dryRun, &calendarSummary);
}

int runImportTutors(CliContext& context)
{
    Arguments arguments;
    if (const auto status = parse(context, "import-tutors", arguments))
        return *status;
    auto store = context.openStore(Store::OpenMode::ExistingOnly);
    if (!store)
        return ExitRefused;
    const auto result = TutorImport::importFile(*store, arguments.path, arguments.dryRun);
    return finish(context, result, arguments.path, arguments.dryRun, &tutorsSummary);
}

} // namespace tutordesk
