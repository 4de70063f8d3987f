// Paints letters on pages: a printer from the window, a PDF from the window or the command line.
#include "LetterPages.h"

#include "PdfFile.h"
#include "letters/LetterRender.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

#include <algorithm>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::LetterRender)
};

QString pdfTitle(const std::vector<MergedLetter>& letters)
{
    if (letters.size() == 1)
        return letters.front().title;
    return Tr::tr("%n family letter(s)", nullptr, static_cast<int>(letters.size()));
}

} // namespace

int LetterPages::paint(QPagedPaintDevice& device, const std::vector<MergedLetter>& letters)
{
    if (letters.empty())
        return 0;
    QPainter painter(&device);
    if (!painter.isActive())
        return 0;
    // Lay out at the screen resolution the HTML's pixel and point sizes are written for, then scale
    // to the device: laying out at the device's own resolution would leave the template's margins
    // (block spacing, table padding) in device pixels, a hair's width on a 1200 dpi PDF.
    const qreal layoutDpi = 96.0;
    const qreal scaleX = device.logicalDpiX() / layoutDpi;
    const qreal scaleY = device.logicalDpiY() / layoutDpi;
    const QSizeF page(device.width() / scaleX, device.height() / scaleY);
    painter.scale(scaleX, scaleY);
    int pages = 0;
    for (const MergedLetter& letter : letters) {
        const auto document = LetterRender::document(letter);
        document->setPageSize(page);
        const int letterPages = std::max(1, document->pageCount());
        for (int p = 0; p < letterPages; ++p) {
            // Each letter starts on a new page: one family per sheet.
            if (pages > 0)
                device.newPage();
            const QRectF area(0, p * page.height(), page.width(), page.height());
            painter.save();
            painter.translate(0, -area.top());
            painter.setClipRect(area);
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = area;
            context.palette.setColor(QPalette::Text, Qt::black);
            document->documentLayout()->draw(&painter, context);
            painter.restore();
            ++pages;
        }
    }
    painter.end();
    return pages;
}

Result<int> LetterPages::writePdf(const QString& path, const std::vector<MergedLetter>& letters, Paper paper)
{
    if (letters.empty())
        return Error{Tr::tr("There are no letters to save in %1.").arg(QDir::toNativeSeparators(path))};
    return writePdfFile(path, pdfTitle(letters), [&](QPdfWriter& writer) {
        setUp(writer, paper);
        return paint(writer, letters);
    });
}

void LetterPages::setUp(QPagedPaintDevice& device, Paper paper)
{
    const QPageSize size(paper == Paper::A4 ? QPageSize::A4 : QPageSize::Letter);
    device.setPageLayout(
        QPageLayout(size, QPageLayout::Portrait, QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter));
}

} // namespace tutordesk
