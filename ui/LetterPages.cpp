// Paints letters on pages: a printer from the window, a PDF from the window or the command line.
#include "LetterPages.h"

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

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("tutordesk::LetterRender", text, nullptr, n);
}

QString pdfTitle(const std::vector<MergedLetter>& letters)
{
    if (letters.size() == 1)
        return letters.front().title;
    return tr("%n family letter(s)", static_cast<int>(letters.size()));
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
        return Error{tr("There are no letters to save in %1.").arg(QDir::toNativeSeparators(path))};
    const QString part = path + QStringLiteral(".part");
    QFile::remove(part);
    QFile file(part);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error{tr("The letters could not be saved as %1: %2. Choose a folder you can write to.")
                         .arg(QDir::toNativeSeparators(path), file.errorString())};
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setTitle(pdfTitle(letters));
        writer.setCreator(QStringLiteral("TutorDesk %1").arg(QStringLiteral(TUTORDESK_VERSION)));
        setUp(writer, paper);
        pages = paint(writer, letters);
    }
    const bool written = file.error() == QFileDevice::NoError && file.flush();
    file.close();
    if (pages == 0 || !written) {
        const QString reason = file.errorString();
        QFile::remove(part);
        return Error{tr("The letters could not be saved as %1: %2. Check that the disk has room and try "
                        "again.")
                         .arg(QDir::toNativeSeparators(path),
                              pages == 0 ? tr("nothing could be drawn on the pages") : reason)};
    }
    // Replace an older file of the same name only once the new one is whole.
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        QFile::remove(part);
        return Error{tr("%1 could not be replaced: it may be open in another program. Close it, or choose "
                        "another name.")
                         .arg(QDir::toNativeSeparators(path))};
    }
    if (!QFile::rename(part, path)) {
        QFile::remove(part);
        return Error{tr("The letters could not be saved as %1. Choose a folder you can write to.")
                         .arg(QDir::toNativeSeparators(path))};
    }
    return pages;
}

void LetterPages::setUp(QPagedPaintDevice& device, Paper paper)
{
    const QPageSize size(paper == Paper::A4 ? QPageSize::A4 : QPageSize::Letter);
    device.setPageLayout(
        QPageLayout(size, QPageLayout::Portrait, QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter));
}

} // namespace tutordesk
