#pragma once

#include "roster/CsvReader.h"
#include "roster/ImportReport.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace tutordesk {

// The words the import dialog uses for what core found: how a file was read, each problem as a
// line a coordinator can act on, and what an import did or would do.
class ImportText final {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::ImportText)

public:
    // "Unicode (UTF-8)", "Windows Western European (as older Excel saves it)".
    static QString encoding(const QString& name);
    // "Columns separated by commas".
    static QString delimiter(QChar delimiter);
    // "Read as Unicode (UTF-8), columns separated by commas; 412 rows after the header."
    static QString fileSummary(const CsvInfo& info);

    // "Line 12, column Grade: …"; the file is named when it is not the one the report is about
    // (OneRoster exports hold several).
    static QString problem(const ImportProblem& problem, const QString& reportFile);
    // The counts, in one or two sentences, for a roster (`roster`) or a scores file.
    static QString counts(const ImportReport& report, bool roster);
    // What to do next: fix and check again, import, or nothing (done).
    static QString nextStep(const ImportReport& report);
    // The whole report as plain text, for the clipboard or a .txt file.
    static QString plainText(const ImportReport& report, bool roster);
};

} // namespace tutordesk
