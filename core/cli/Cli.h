#pragma once

#include <QStringList>

class QTextStream;

namespace tutordesk {

// Exit statuses of tutordesk-cli (DESIGN.md section 6).
enum ExitCode : int { ExitDone = 0, ExitRefused = 1, ExitUsage = 2 };

// Runs tutordesk-cli with `arguments` (the program name first, as QCoreApplication::arguments()).
// Results go to `out` (with --json, one JSON document and nothing else), messages to `err`.
int runCli(const QStringList& arguments, QTextStream& out, QTextStream& err);

// Whether the command in `arguments` (as for runCli) lays out documents for paper (letters, reports):
// those need fonts, so main() creates a QGuiApplication for them and a QCoreApplication otherwise.
bool cliNeedsDocuments(const QStringList& arguments);

} // namespace tutordesk
