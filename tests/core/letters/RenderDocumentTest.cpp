// Letters laid out for paper: the language's fonts and direction, one letter per page, and the PDF
// written whole or not at all. The letters are built by hand here, so that rendering is tested apart
// from the merge.
#include "LetterPages.h"
#include "letters/LetterRender.h"
#include "support/TempDir.h"
#include "support/TestText.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <gtest/gtest.h>

namespace tutordesk::test {
namespace {

MergedLetter handLetter(const QString& language, const QString& studentName, const QString& body,
                        bool rightToLeft = false, int paragraphs = 1)
{
    MergedLetter letter;
    letter.request.studentId = 1;
    letter.request.kind = QStringLiteral("missed-1");
    letter.language = language;
    letter.wantedLanguage = language;
    letter.studentName = studentName;
    letter.rightToLeft = rightToLeft;
    letter.title = QStringLiteral("Letter for %1").arg(studentName);
    QString html = QStringLiteral("<html lang=\"%1\" dir=\"%2\"><body><h2>%3</h2>")
                       .arg(language, rightToLeft ? QStringLiteral("rtl") : QStringLiteral("ltr"),
                            studentName.toHtmlEscaped());
    for (int i = 0; i < paragraphs; ++i)
        html += QStringLiteral("<p>%1</p>").arg(body.toHtmlEscaped());
    letter.html = html + QStringLiteral("</body></html>");
    return letter;
}

const QString arabic = QStringLiteral("\u0646\u0631\u062c\u0648 \u0627\u0644\u0627\u062a\u0635\u0627\u0644 "
                                      "\u0628\u0627\u0644\u0645\u062f\u0631\u0633\u0629");
const QString farsi =
    QStringLiteral("\u0644\u0637\u0641\u0627\u064b \u0628\u0627 \u0645\u062f\u0631\u0633\u0647 "
                   "\u062a\u0645\u0627\u0633 \u0628\u06af\u06cc\u0631\u06cc\u062f");

// Pages in a PDF as Qt writes it: one page object each.
int pdfPages(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QString text = QString::fromLatin1(file.readAll());
    return static_cast<int>(text.count(QRegularExpression(QStringLiteral("/Type\\s*/Page(?![s\\w])"))));
}

void expectRightToLeft(const QTextDocument& document)
{
    EXPECT_EQ(document.defaultTextOption().textDirection(), Qt::RightToLeft);
    int blocks = 0;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        EXPECT_EQ(block.blockFormat().layoutDirection(), Qt::RightToLeft) << block.text().toStdString();
        ++blocks;
    }
    EXPECT_GE(blocks, 2);
}

TEST(RenderDocumentTest, FarsiAndArabicLettersAreRightToLeftInEveryBlock)
{
    const auto arabicDocument = LetterRender::document(
        handLetter(QStringLiteral("ar"), QStringLiteral("Layla Haddad"), arabic, true));
    expectRightToLeft(*arabicDocument);
    const auto farsiDocument =
        LetterRender::document(handLetter(QStringLiteral("fa"), QStringLiteral("Dara Karimi"), farsi, true));
    expectRightToLeft(*farsiDocument);
}

TEST(RenderDocumentTest, ArabicLinesStartAtTheRightMargin)
{
    const auto document = LetterRender::document(
        handLetter(QStringLiteral("ar"), QStringLiteral("Layla Haddad"), arabic, true));
    document->setTextWidth(600);
    document->size(); // lays the document out
    QTextBlock paragraph;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.text() == arabic)
            paragraph = block;
    }
    ASSERT_TRUE(paragraph.isValid());
    ASSERT_GT(paragraph.layout()->lineCount(), 0);
    const QRectF line = paragraph.layout()->lineAt(0).naturalTextRect();
    // A short line of Arabic sits against the right edge, leaving the left of the page empty.
    EXPECT_GT(line.left(), 200.0);
    EXPECT_NEAR(line.right(), 600.0, 2.0);
}

TEST(RenderDocumentTest, LeftToRightLanguagesStayLeftToRight)
{
    const auto document = LetterRender::document(
        handLetter(QStringLiteral("es"), QStringLiteral("Sof\u00eda Ram\u00edrez"),
                   QStringLiteral("Su hijo falt\u00f3 a la sesi\u00f3n de tutor\u00eda.")));
    EXPECT_NE(document->defaultTextOption().textDirection(), Qt::RightToLeft);
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
        EXPECT_NE(block.blockFormat().layoutDirection(), Qt::RightToLeft);
}

TEST(RenderDocumentTest, DocumentUsesTheLanguagesFontsAndTitle)
{
    const auto korean = LetterRender::document(handLetter(QStringLiteral("ko"), QStringLiteral("Minjun Park"),
                                                          QStringLiteral("\ud559\ubd80\ubaa8\ub2d8\uaed8")));
    ASSERT_FALSE(korean->defaultFont().families().isEmpty());
    // Korean glyph forms, not Chinese ones, for the characters both scripts share.
    EXPECT_EQ(korean->defaultFont().families().front(), QStringLiteral("Noto Sans CJK KR"));
    EXPECT_EQ(korean->metaInformation(QTextDocument::DocumentTitle),
              QStringLiteral("Letter for Minjun Park"));
    const auto arabicDocument = LetterRender::document(
        handLetter(QStringLiteral("ar"), QStringLiteral("Layla Haddad"), arabic, true));
    EXPECT_EQ(arabicDocument->defaultFont().families().front(), QStringLiteral("Noto Naskh Arabic"));
    EXPECT_TRUE(arabicDocument->toPlainText().contains(arabic));
}

class RenderPdfTest : public TempDirTest {};

TEST_F(RenderPdfTest, EachLetterStartsOnItsOwnPage)
{
    const std::vector<MergedLetter> letters{
        handLetter(QStringLiteral("es"), QStringLiteral("Sof\u00eda Ram\u00edrez"), QStringLiteral("Hola.")),
        handLetter(QStringLiteral("ar"), QStringLiteral("Layla Haddad"), arabic, true),
        handLetter(QStringLiteral("ko"), QStringLiteral("Minjun Park"), QStringLiteral("\uc548\ub155"))};
    const QString path = file(QStringLiteral("three.pdf"));
    const auto pages = LetterPages::writePdf(path, letters);
    ASSERT_TRUE(pages.ok()) << pages.error().message.toStdString();
    EXPECT_EQ(pages.value(), 3);
    EXPECT_EQ(pdfPages(path), 3);
    EXPECT_FALSE(QFile::exists(path + QStringLiteral(".part")));
}

TEST_F(RenderPdfTest, ALongLetterContinuesAndTheNextStartsOnANewPage)
{
    const QString sentence =
        QStringLiteral("Your child missed today's tutoring session; please call the school "
                       "office so that we can plan a make-up session together.");
    const std::vector<MergedLetter> letters{
        handLetter(QStringLiteral("en"), QStringLiteral("Long Letter"), sentence, false, 120),
        handLetter(QStringLiteral("en"), QStringLiteral("Short Letter"), sentence)};
    const QString path = file(QStringLiteral("long.pdf"));
    const auto pages = LetterPages::writePdf(path, letters);
    ASSERT_TRUE(pages.ok()) << pages.error().message.toStdString();
    EXPECT_GE(pages.value(), 3); // the long letter takes two pages or more, the short one its own
    EXPECT_EQ(pdfPages(path), pages.value());

    const auto longDocument = LetterRender::document(letters.front());
    QPdfWriter writer(file(QStringLiteral("measure.pdf")));
    LetterPages::setUp(writer, Paper::Letter);
    // Laid out as paint() lays it out: at 96 dpi, scaled to the writer's resolution.
    longDocument->setPageSize(
        QSizeF(writer.width() * 96.0 / writer.logicalDpiX(), writer.height() * 96.0 / writer.logicalDpiY()));
    EXPECT_EQ(pages.value(), longDocument->pageCount() + 1);
}

TEST_F(RenderPdfTest, ANewPdfReplacesTheOldFileOnlyWhenWhole)
{
    const QString path = file(QStringLiteral("letters.pdf"));
    {
        QFile old(path);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("old letters");
    }
    const auto pages = LetterPages::writePdf(
        path, {handLetter(QStringLiteral("en"), QStringLiteral("Ana L\u00f3pez"), QStringLiteral("Hello."))});
    ASSERT_TRUE(pages.ok()) << pages.error().message.toStdString();
    QFile written(path);
    ASSERT_TRUE(written.open(QIODevice::ReadOnly));
    EXPECT_TRUE(written.readAll().startsWith("%PDF"));
    EXPECT_FALSE(QFile::exists(path + QStringLiteral(".part")));
}

TEST_F(RenderPdfTest, AFolderThatDoesNotExistIsRefusedNamingTheFile)
{
    const QString path = file(QStringLiteral("no-such-folder/letters.pdf"));
    const auto pages = LetterPages::writePdf(
        path, {handLetter(QStringLiteral("en"), QStringLiteral("Ana L\u00f3pez"), QStringLiteral("Hello."))});
    ASSERT_FALSE(pages.ok());
    EXPECT_TRUE(pages.error().message.contains(QStringLiteral("letters.pdf")))
        << pages.error().message.toStdString();
    EXPECT_TRUE(pages.error().message.contains(QStringLiteral("Choose")))
        << pages.error().message.toStdString();
    EXPECT_FALSE(QFile::exists(path));
}

TEST_F(RenderPdfTest, NoLettersIsRefused)
{
    const auto pages = LetterPages::writePdf(file(QStringLiteral("empty.pdf")), {});
    EXPECT_FALSE(pages.ok());
    EXPECT_FALSE(QFile::exists(file(QStringLiteral("empty.pdf"))));
}

TEST_F(RenderPdfTest, PaperIsUsLetterOrA4WithTwentyMillimetreMargins)
{
    QPdfWriter writer(file(QStringLiteral("paper.pdf")));
    LetterPages::setUp(writer, Paper::Letter);
    EXPECT_EQ(writer.pageLayout().pageSize().id(), QPageSize::Letter);
    LetterPages::setUp(writer, Paper::A4);
    const QPageLayout layout = writer.pageLayout();
    EXPECT_EQ(layout.pageSize().id(), QPageSize::A4);
    EXPECT_EQ(layout.orientation(), QPageLayout::Portrait);
    const QMarginsF margins = layout.margins(QPageLayout::Millimeter);
    EXPECT_NEAR(margins.left(), 20.0, 0.01);
    EXPECT_NEAR(margins.top(), 20.0, 0.01);
    EXPECT_NEAR(margins.right(), 20.0, 0.01);
    EXPECT_NEAR(margins.bottom(), 20.0, 0.01);
    EXPECT_EQ(LetterRender::paperCode(Paper::A4), QStringLiteral("a4"));
    EXPECT_EQ(LetterRender::paperCode(Paper::Letter), QStringLiteral("letter"));
}

} // namespace
} // namespace tutordesk::test

namespace tutordesk::test {
namespace {

// Core lays letters out; the program installs the painter that writes PDFs (tutordesk-cli does at start).
TEST(LetterPdfWriter, CoreWritesPdfsOnlyThroughTheInstalledPageWriter)
{
    MergedLetter letter;
    letter.language = QStringLiteral("en");
    letter.title = QStringLiteral("Missed tutoring session");
    letter.html = QStringLiteral("<html lang=\"en\" dir=\"ltr\"><body><p>Dear family,</p></body></html>");
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("one.pdf"));
    LetterRender::setPdfWriter(nullptr);
    const auto refused = LetterRender::writePdf(path, {letter});
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("cannot write PDF")));
    EXPECT_FALSE(QFile::exists(path));

    LetterRender::setPdfWriter(&LetterPages::writePdf);
    const auto written = LetterRender::writePdf(path, {letter});
    ASSERT_TRUE(written.ok()) << written.error().message.toStdString();
    EXPECT_EQ(written.value(), 1);
    EXPECT_TRUE(QFile::exists(path));
    LetterRender::setPdfWriter(nullptr);
}

} // namespace
} // namespace tutordesk::test
