#include "progress/ReportRender.h"

#include <QTextDocument>

namespace tutordesk {

namespace {

ReportPdfWriter installedWriter = nullptr;

} // namespace

// Placeholder until the weekly review's work lands (helper E owns this file).
std::unique_ptr<QTextDocument> ReportRender::document(const QString& html, const QString& title)
{
    auto document = std::make_unique<QTextDocument>();
    document->setHtml(html);
    document->setMetaInformation(QTextDocument::DocumentTitle, title);
    return document;
}

Result<int> ReportRender::writePdf(const QString& path, QTextDocument& document, Paper paper)
{
    if (!installedWriter)
        return Error{QStringLiteral("no PDF writer")};
    return installedWriter(path, document, paper);
}

void ReportRender::setPdfWriter(ReportPdfWriter writer)
{
    installedWriter = writer;
}

} // namespace tutordesk
