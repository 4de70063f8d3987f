#include "letters/LetterRender.h"

#include "letters/LetterLanguages.h"

#include <QCoreApplication>
#include <QFont>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextOption>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::LetterRender)
};

// Letters read at the size of a typed letter; the template's own sizes (headings) scale from it.
constexpr qreal letterPointSize = 11.0;

// Every block right to left, so that the lines start at the right margin and punctuation and Latin
// names inside Arabic text are ordered as the reader expects, whatever the template's HTML says.
void setRightToLeft(QTextDocument& document)
{
    QTextOption option = document.defaultTextOption();
    option.setTextDirection(Qt::RightToLeft);
    document.setDefaultTextOption(option);
    QTextCursor cursor(&document);
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QTextBlockFormat format = block.blockFormat();
        if (format.layoutDirection() == Qt::RightToLeft)
            continue;
        format.setLayoutDirection(Qt::RightToLeft);
        cursor.setPosition(block.position());
        cursor.setBlockFormat(format);
    }
}

} // namespace

std::unique_ptr<QTextDocument> LetterRender::document(const MergedLetter& letter)
{
    auto document = std::make_unique<QTextDocument>();
    // The page margins are the paper's (setUp); the document adds none of its own.
    document->setDocumentMargin(0);
    QFont font = document->defaultFont();
    const LetterLanguage* language = LetterLanguages::find(letter.language);
    if (language && !language->fontFamilies.isEmpty())
        font.setFamilies(language->fontFamilies);
    font.setPointSizeF(letterPointSize);
    document->setDefaultFont(font);
    document->setHtml(letter.html);
    document->setMetaInformation(QTextDocument::DocumentTitle, letter.title);
    if (letter.rightToLeft || (language && language->rightToLeft))
        setRightToLeft(*document);
    return document;
}

namespace {
LetterPdfWriter installedWriter = nullptr;
} // namespace

void LetterRender::setPdfWriter(LetterPdfWriter writer)
{
    installedWriter = writer;
}

Result<int> LetterRender::writePdf(const QString& path, const std::vector<MergedLetter>& letters, Paper paper)
{
    if (!installedWriter)
        return Error{
            Tr::tr("This program cannot write PDF files (no page writer is installed). Use TutorDesk or "
                   "tutordesk-cli.")};
    return installedWriter(path, letters, paper);
}

QString LetterRender::paperCode(Paper paper)
{
    return paper == Paper::A4 ? QStringLiteral("a4") : QStringLiteral("letter");
}

std::optional<Paper> LetterRender::paperFromCode(const QString& code)
{
    const QString folded = code.trimmed().toLower();
    if (folded == QLatin1String("a4"))
        return Paper::A4;
    if (folded == QLatin1String("letter"))
        return Paper::Letter;
    return std::nullopt;
}

} // namespace tutordesk
