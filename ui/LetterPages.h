#pragma once

#include "common/Result.h"
#include "letters/LetterRender.h"

#include <QString>

#include <vector>

class QPagedPaintDevice;

namespace tutordesk {

// Paints letters, one letter per page (a letter longer than a page continues on the next, and the next
// letter starts on a new page), on a printer (the window) or a PDF (the window and the command line,
// which installs writePdf as core's LetterRender PDF writer). Core lays the letters out; this paints them.
class LetterPages final {
public:
    // Paints every letter on `device` (its page size and margins already set). Returns the pages used.
    static int paint(QPagedPaintDevice& device, const std::vector<MergedLetter>& letters);
    // Writes a PDF (written beside as FILE.part and renamed when whole). Returns the page count.
    static Result<int> writePdf(const QString& path, const std::vector<MergedLetter>& letters,
                                Paper paper = Paper::Letter);
    // Paper for the page setup: US Letter, or A4; margins of 20 mm.
    static void setUp(QPagedPaintDevice& device, Paper paper);
};

} // namespace tutordesk
