#pragma once

#include "common/Result.h"
#include "letters/LetterRender.h" // Paper

#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace tutordesk {

// Paints a report laid out by core (ReportRender: the weekly operating review, the equity audit) on a
// printer (the window) or a PDF (the window and tutordesk-cli, which installs writePdf as ReportRender's
// PDF writer), with the page number at the foot of each page.
class ReportPages final {
public:
    // Paints `document` on `device` (its page size and margins already set). Returns the pages used.
    static int paint(QPagedPaintDevice& device, QTextDocument& document);
    // Writes a PDF (written beside as FILE.part and renamed when whole). Returns the page count.
    static Result<int> writePdf(const QString& path, QTextDocument& document, Paper paper = Paper::Letter);
    // Paper for the page setup: US Letter, or A4; margins of 15 mm.
    static void setUp(QPagedPaintDevice& device, Paper paper);
    // How many pages `document` takes on `paper` (what paint would use), without painting.
    static int pageCount(QTextDocument& document, Paper paper = Paper::Letter);
};

} // namespace tutordesk
