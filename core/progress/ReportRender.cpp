#include "progress/ReportRender.h"

#include <QCoreApplication>
#include <QFont>
#include <QTextDocument>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::ReportRender)
};

// Reports read at a size that fits a week on one page and stays readable across a meeting table; the
// HTML's headings scale from it.
constexpr qreal reportPointSize = 10.5;

ReportPdfWriter installedWriter = nullptr;

} // namespace

std::unique_ptr<QTextDocument> ReportRender::document(const QString& html, const QString& title)
{
    auto document = std::make_unique<QTextDocument>();
    // The page margins are the paper's (ReportPages::setUp); the document adds none of its own.
    document->setDocumentMargin(0);
    QFont font = document->defaultFont();
    // The house sans-serif, with fallbacks for names in other scripts.
    font.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans"), QStringLiteral("Arial"),
                      QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Sans Armenian"),
                      QStringLiteral("Noto Sans Arabic")});
    font.setPointSizeF(reportPointSize);
    document->setDefaultFont(font);
    document->setHtml(html);
    document->setMetaInformation(QTextDocument::DocumentTitle, title);
    return document;
}

Result<int> ReportRender::writePdf(const QString& path, QTextDocument& document, Paper paper)
{
    if (!installedWriter)
        return Error{
            Tr::tr("This program cannot write PDF files (no page writer is installed). Use TutorDesk or "
                   "tutordesk-cli.")};
    return installedWriter(path, document, paper);
}

void ReportRender::setPdfWriter(ReportPdfWriter writer)
{
    installedWriter = writer;
}

} // namespace tutordesk
