// Paints reports on pages: a printer from the window, a PDF from the window or the command line.
#include "ReportPages.h"

#include "PdfFile.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFont>
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
    Q_DECLARE_TR_FUNCTIONS(tutordesk::ReportPages)
};

// Lay out at the screen resolution the HTML's pixel and point sizes are written for, then scale to the
// device (as LetterPages does, for the same reason).
constexpr qreal layoutDpi = 96.0;
// Room kept at the foot of each page for its number.
constexpr qreal footerHeight = 22.0;

QPageLayout layoutFor(Paper paper)
{
    const QPageSize size(paper == Paper::A4 ? QPageSize::A4 : QPageSize::Letter);
    return QPageLayout(size, QPageLayout::Portrait, QMarginsF(15, 15, 15, 12), QPageLayout::Millimeter);
}

} // namespace

int ReportPages::paint(QPagedPaintDevice& device, QTextDocument& document)
{
    QPainter painter(&device);
    if (!painter.isActive())
        return 0;
    const qreal scaleX = device.logicalDpiX() / layoutDpi;
    const qreal scaleY = device.logicalDpiY() / layoutDpi;
    const QSizeF page(device.width() / scaleX, device.height() / scaleY);
    const QSizeF body(page.width(), page.height() - footerHeight);
    painter.scale(scaleX, scaleY);
    document.setPageSize(body);
    const int pages = std::max(1, document.pageCount());
    // In layout pixels, as the document's own text: a point size would be taken at the device's resolution
    // and then scaled once more.
    QFont footerFont = document.defaultFont();
    footerFont.setPixelSize(std::max(8, qRound(footerFont.pointSizeF() * 0.85 * layoutDpi / 72.0)));
    for (int p = 0; p < pages; ++p) {
        if (p > 0)
            device.newPage();
        const QRectF area(0, p * body.height(), body.width(), body.height());
        painter.save();
        painter.translate(0, -area.top());
        painter.setClipRect(area);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = area;
        context.palette.setColor(QPalette::Text, Qt::black);
        document.documentLayout()->draw(&painter, context);
        painter.restore();
        // "Page 1 of 2" at the foot, with the report's title, so loose sheets find their way back.
        painter.save();
        painter.setFont(footerFont);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        const QRectF foot(0, body.height(), page.width(), footerHeight);
        painter.drawText(foot, Qt::AlignLeft | Qt::AlignBottom,
                         document.metaInformation(QTextDocument::DocumentTitle));
        painter.drawText(foot, Qt::AlignRight | Qt::AlignBottom,
                         Tr::tr("Page %1 of %2").arg(QString::number(p + 1), QString::number(pages)));
        painter.restore();
    }
    painter.end();
    return pages;
}

int ReportPages::pageCount(QTextDocument& document, Paper paper)
{
    const QPageLayout layout = layoutFor(paper);
    const QRectF paint = layout.paintRect(QPageLayout::Inch);
    document.setPageSize(QSizeF(paint.width() * layoutDpi, paint.height() * layoutDpi - footerHeight));
    return std::max(1, document.pageCount());
}

Result<int> ReportPages::writePdf(const QString& path, QTextDocument& document, Paper paper)
{
    return writePdfFile(path, document.metaInformation(QTextDocument::DocumentTitle),
                        [&](QPdfWriter& writer) {
                            setUp(writer, paper);
                            return paint(writer, document);
                        });
}

void ReportPages::setUp(QPagedPaintDevice& device, Paper paper)
{
    device.setPageLayout(layoutFor(paper));
}

} // namespace tutordesk
