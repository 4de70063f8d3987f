// tutordesk-cli preview: how TutorDesk reads a CSV, the first thing support reaches for when
// "the import didn't work".
#include "cli/CliContext.h"
#include "roster/CsvReader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::Cli)
};

QString delimiterName(QChar delimiter)
{
    if (delimiter == QLatin1Char('\t'))
        return Tr::tr("tab");
    if (delimiter == QLatin1Char(';'))
        return Tr::tr("semicolon");
    return Tr::tr("comma");
}

QJsonArray toJson(const QStringList& values)
{
    QJsonArray array;
    for (const QString& value : values)
        array.append(value);
    return array;
}

} // namespace

int runPreview(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption rowsOption(QStringLiteral("rows"), Tr::tr("how many records to show (0: all)"),
                                        QStringLiteral("N"), QStringLiteral("20"));
    parser.addOption(rowsOption);
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("the CSV file"));
    if (!parser.parse(context.arguments()))
        return context.usage(parser.errorText());
    if (parser.positionalArguments().size() != 1)
        return context.usage(Tr::tr("preview takes one file."));
    bool rowsOk = false;
    const int limit = parser.value(rowsOption).toInt(&rowsOk);
    if (!rowsOk || limit < 0)
        return context.usage(Tr::tr("--rows must be 0 or more, not \"%1\".").arg(parser.value(rowsOption)));

    const QString path = parser.positionalArguments().constFirst();
    QList<CsvRecord> shown;
    const auto info = CsvReader::readFile(path, [&](const CsvRecord& record) {
        if (limit == 0 || shown.size() < limit)
            shown.append(record);
        return true;
    });
    if (!info)
        return context.refuse(info.error().message);

    if (context.json()) {
        QJsonArray rows;
        for (const CsvRecord& record : shown)
            rows.append(toJson(record.fields));
        QJsonArray problems;
        for (const CsvProblem& problem : info->problems)
            problems.append(QJsonObject{{QStringLiteral("line"), problem.line},
                                        {QStringLiteral("column"), problem.column},
                                        {QStringLiteral("message"), problem.message}});
        context.printJson({{QStringLiteral("file"), path},
                           {QStringLiteral("encoding"), info->encoding},
                           {QStringLiteral("delimiter"), QString(info->delimiter)},
                           {QStringLiteral("header"), toJson(info->header)},
                           {QStringLiteral("headerLine"), info->headerLine},
                           {QStringLiteral("records"), static_cast<qint64>(info->records)},
                           {QStringLiteral("rows"), rows},
                           {QStringLiteral("problems"), problems}});
        return ExitDone;
    }

    QTextStream& out = context.out();
    out << Tr::tr("File:       %1").arg(path) << '\n'
        << Tr::tr("Encoding:   %1").arg(info->encoding) << '\n'
        << Tr::tr("Delimiter:  %1").arg(delimiterName(info->delimiter)) << '\n'
        << Tr::tr("Records:    %1 after the header (line %2)").arg(info->records).arg(info->headerLine)
        << '\n'
        << Tr::tr("Columns:") << '\n';
    for (int i = 0; i < info->header.size(); ++i)
        out << QStringLiteral("  %1. %2").arg(i + 1, 2).arg(info->header.at(i)) << '\n';
    for (const CsvRecord& record : shown)
        out << Tr::tr("line %1: ").arg(record.line, 5) << record.fields.join(QLatin1String(" | ")) << '\n';
    if (info->problems.empty())
        out << Tr::tr("No problems found.") << '\n';
    for (const CsvProblem& problem : info->problems)
        out << Tr::tr("line %1: %2").arg(problem.line).arg(problem.message) << '\n';
    out.flush();
    return ExitDone;
}

} // namespace tutordesk
