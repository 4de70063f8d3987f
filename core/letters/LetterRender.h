#pragma once

#include "common/Result.h"
#include "letters/LetterMerge.h"

#include <QString>

#include <memory>
#include <optional>
#include <vector>

class QTextDocument;

namespace tutordesk {

enum class Paper { Letter, A4 };
using LetterPdfWriter = Result<int> (*)(const QString& path, const std::vector<MergedLetter>& letters,
                                        Paper paper);

// Lays letters out as documents (needs a QGuiApplication, for fonts). Painting them on pages is the
// program's (ui/LetterPages), installed here as the PDF writer so that core's commands can save PDFs.
class LetterRender final {
public:
    // The letter as a document: right to left for Farsi and Arabic, the language's fonts.
    static std::unique_ptr<QTextDocument> document(const MergedLetter& letter);
    // Writes a PDF through the page writer the program installed (the window and tutordesk-cli install
    // LetterPages::writePdf at start-up): painting pages is not core's work, laying them out is.
    static Result<int> writePdf(const QString& path, const std::vector<MergedLetter>& letters,
                                Paper paper = Paper::Letter);
    static void setPdfWriter(LetterPdfWriter writer);
    static QString paperCode(Paper paper); // "letter", "a4"
    // The paper a code names ("letter", "A4", any case and spacing), or nothing for an unknown code.
    static std::optional<Paper> paperFromCode(const QString& code);
};

} // namespace tutordesk
