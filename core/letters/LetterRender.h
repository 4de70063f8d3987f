#pragma once

#include "common/Result.h"
#include "letters/LetterMerge.h"

#include <QString>

#include <memory>
#include <vector>

class QPagedPaintDevice;
class QTextDocument;

namespace tutordesk {

enum class Paper { Letter, A4 };

// Lays letters out and paints them, one letter per page (a letter longer than a page continues on the
// next, and the next letter starts on a new page). Core draws; the window passes a QPrinter, the
// command line a QPdfWriter. Needs a QGuiApplication (fonts).
class LetterRender final {
public:
    // The letter as a document: right to left for Farsi and Arabic, the language's fonts.
    static std::unique_ptr<QTextDocument> document(const MergedLetter& letter);
    // Paints every letter on `device` (its page size and margins already set). Returns the pages used.
    static int paint(QPagedPaintDevice& device, const std::vector<MergedLetter>& letters);
    // Writes a PDF (written beside as FILE.part and renamed when whole). Returns the page count.
    static Result<int> writePdf(const QString& path, const std::vector<MergedLetter>& letters,
                                Paper paper = Paper::Letter);
    // Paper for the page setup: US Letter, or A4; margins of 20 mm.
    static void setUp(QPagedPaintDevice& device, Paper paper);
    static QString paperCode(Paper paper); // "letter", "a4"
};

} // namespace tutordesk
