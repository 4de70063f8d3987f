#include "ReportOutput.h"

#include "ReportPages.h"
#include "progress/ReportRender.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPrintDialog>
#include <QPrinter>
#include <QSettings>
#include <QStandardPaths>
#include <QTextDocument>

namespace tutordesk {

ReportOutput::ReportOutput(QWidget* parent, QString folderKey)
    : QObject(parent)
    , m_parent(parent)
    , m_folderKey(std::move(folderKey))
{}

ReportOutput::~ReportOutput() = default;

void ReportOutput::askToPrint(const QString& html, const QString& title)
{
    m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    ReportPages::setUp(*m_printer, Paper::Letter);
    m_printer->setDocName(title);
    auto* dialog = new QPrintDialog(m_printer.get(), m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, html, title] {
        if (!m_printer)
            return;
        const auto document = ReportRender::document(html, title);
        const int pages = ReportPages::paint(*m_printer, *document);
        if (pages == 0 || m_printer->printerState() == QPrinter::Error)
            Q_EMIT message(
                tr("\u201c%1\u201d could not be printed: the printer refused it. Check the printer, or "
                   "save it as a PDF and print that.")
                    .arg(title),
                true);
        else
            Q_EMIT message(tr("\u201c%1\u201d was sent to the printer.").arg(title), false);
    });
    dialog->open();
}

void ReportOutput::askToSavePdf(const QString& html, const QString& title, const QString& fileName)
{
    QSettings settings;
    QString folder = settings.value(m_folderKey).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(m_parent, tr("Save \u201c%1\u201d as PDF").arg(title),
                                                QDir(folder).filePath(fileName), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    settings.setValue(m_folderKey, QFileInfo(path).absolutePath());
    savePdf(path, html, title);
}

int ReportOutput::savePdf(const QString& path, const QString& html, const QString& title)
{
    const auto document = ReportRender::document(html, title);
    const Result<int> written = ReportPages::writePdf(path, *document, Paper::Letter);
    if (!written) {
        Q_EMIT message(written.error().message, true);
        return 0;
    }
    Q_EMIT message(tr("Saved \u201c%1\u201d as %2.").arg(title, QDir::toNativeSeparators(path)), false);
    return written.value();
}

} // namespace tutordesk
