#pragma once

// What the file-import commands (import-roster, import-scores, import-calendar, import-tutors) share:
// their FILE [--dry-run] arguments and how an ImportReport is printed, so the four read alike.
#include "cli/CliContext.h"
#include "common/Result.h"
#include "roster/ImportReport.h"

#include <QJsonObject>
#include <QString>

#include <optional>

class QCommandLineParser;

namespace tutordesk {

// Text in the "tutordesk::Cli" translation context.
QString cliTr(const char* text);
// The command line installs no English translation, so an untranslated "(s)" is resolved here the
// way the window's English plural forms do it.
QString cliTr(const char* text, int count);

// The arguments every import command takes.
struct ImportArguments {
    QString path;
    bool dryRun = false;
};

// Adds --dry-run to `parser` (which may already hold the command's own options), parses the command's
// arguments and expects exactly one FILE. A usage error comes back as the exit status.
std::optional<int> parseImportArguments(CliContext& context, QCommandLineParser& parser, const char* command,
                                        ImportArguments& arguments);

// The report as the one JSON document of --json: the counts every import fills in.
QJsonObject importReportJson(const ImportReport& report, bool dryRun);

using ImportSummary = QString (*)(const ImportReport& report);
using ImportJson = QJsonObject (*)(const ImportReport& report, bool dryRun);

// Prints what an import did or found and returns the exit status: problems go to stderr, one a line,
// and refuse; with --json the whole report is the one document on stdout either way.
int finishImport(CliContext& context, const Result<ImportReport>& result, const ImportArguments& arguments,
                 ImportSummary summary, ImportJson json = &importReportJson);

} // namespace tutordesk
