#pragma once

#include "common/Result.h"
#include "letters/LetterRender.h" // Paper

#include <QString>

#include <memory>

class QTextDocument;

namespace tutordesk {

using ReportPdfWriter = Result<int> (*)(const QString& path, QTextDocument& document, Paper paper);

// A printed report (the weekly operating review, the equity audit): core writes its HTML and lays it out as
// a document (needs a QGuiApplication, for fonts); painting it on pages is the program's (ui/ReportPages),
// installed here as the PDF writer, as for letters.
class ReportRender final {
public:
    // `html` laid out for paper: the house fonts and sizes, tables that fit the page width.
    static std::unique_ptr<QTextDocument> document(const QString& html, const QString& title);
    // Writes the document as a PDF (FILE.part, renamed when whole) through the installed writer; the number
    // of pages, or why not.
    static Result<int> writePdf(const QString& path, QTextDocument& document, Paper paper = Paper::Letter);
    static void setPdfWriter(ReportPdfWriter writer);
};

} // namespace tutordesk
