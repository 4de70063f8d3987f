#include "cli/ImportReportOutput.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>

namespace tutordesk {

QString cliTr(const char* text)
{
    return QCoreApplication::translate("tutordesk::Cli", text);
}

QString cliTr(const char* text, int count)
{
    QString result = QCoreApplication::translate("tutordesk::Cli", text, nullptr, count);
    return result.replace(QLatin1String("(s)"), count == 1 ? QString() : QStringLiteral("s"));
}

std::optional<int> parseImportArguments(CliContext& context, QCommandLineParser& parser, const char* command,
                                        ImportArguments& arguments)
{
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), cliTr("check and count, but change nothing"));
    parser.addOption(dryRun);
    if (!parser.parse(context.arguments()))
        return context.usage(parser.errorText());
    if (parser.positionalArguments().size() != 1)
        return context.usage(cliTr("%1 takes one file.").arg(QLatin1String(command)));
    arguments.path = parser.positionalArguments().constFirst();
    arguments.dryRun = parser.isSet(dryRun);
    return std::nullopt;
}

QJsonObject importReportJson(const ImportReport& report, bool dryRun)
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

int finishImport(CliContext& context, const Result<ImportReport>& result, const ImportArguments& arguments,
                 ImportSummary summary, ImportJson json)
{
    ImportReport report;
    if (result) {
        report = result.value();
    } else {
        report.file = arguments.path;
        report.problems.push_back({arguments.path, 0, 0, QString(), result.error().message});
    }
    if (context.json())
        context.printJson(json(report, arguments.dryRun));
    if (!result) // the message names the file itself
        return context.refuse(result.error().message);
    if (!report.problems.empty()) {
        for (const ImportProblem& problem : report.problems)
            context.err() << problem.toText() << '\n';
        context.err() << cliTr("Nothing was imported: correct the %n problem(s) above and run again.",
                               static_cast<int>(report.problems.size()))
                      << '\n';
        context.err().flush();
        return ExitRefused;
    }
    if (!context.json()) {
        QTextStream& out = context.out();
        if (arguments.dryRun)
            out << cliTr("Dry run: nothing was saved.") << ' ';
        out << summary(report) << '\n';
        for (const QString& note : report.notes)
            out << "  " << note << '\n';
        out.flush();
    }
    return ExitDone;
}

} // namespace tutordesk
