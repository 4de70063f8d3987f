// The letter dialog's output: printing through the system dialog, saving a PDF, and logging every
// letter that went out.
#include "LetterDialog.h"
#include "LetterPages.h"
#include "letters/LetterKinds.h"
#include "letters/LetterLog.h"
#include "store/StoreError.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>

namespace tutordesk {

namespace {

const QString folderKey = QStringLiteral("letters/pdfFolder");

// Who letters are logged by: the signed-in user, as the database's audit rows name them.
QString userName()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user;
}

// A file name made of a student's name and a title: characters file systems refuse become dashes.
QString safeFileName(QString name)
{
    static const QString refused = QStringLiteral("/\\:*?\"<>|");
    for (QChar& c : name) {
        if (refused.contains(c) || c.unicode() < 0x20)
            c = QLatin1Char('-');
    }
    return name.trimmed();
}

} // namespace

QString LetterDialog::defaultPdfName() const
{
    const MergedLetter* letter = selectedLetter();
    if (!m_batch && letter)
        return safeFileName(
                   tr("%1 – %2").arg(letter->studentName, LetterKinds::title(letter->request.kind))) +
               QStringLiteral(".pdf");
    const QString kind =
        m_letters.empty() ? tr("Family letters") : LetterKinds::title(m_letters.front().request.kind);
    bool oneKind = true;
    for (const MergedLetter& l : m_letters)
        oneKind = oneKind && l.request.kind == m_letters.front().request.kind;
    return safeFileName(
               tr("%1 – %2").arg(oneKind ? kind : tr("Family letters"), m_today.toString(Qt::ISODate))) +
           QStringLiteral(".pdf");
}

void LetterDialog::askToPrint()
{
    if (lettersToOutput().empty())
        return;
    m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    LetterPages::setUp(*m_printer, paper());
    m_printer->setDocName(defaultPdfName().chopped(4));
    auto* dialog = new QPrintDialog(m_printer.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this] {
        if (m_printer)
            printTo(*m_printer);
    });
    dialog->open();
}

bool LetterDialog::printTo(QPrinter& printer)
{
    const std::vector<MergedLetter> letters = lettersToOutput();
    if (letters.empty()) {
        showProblem(tr("No letters are chosen to print."));
        return false;
    }
    const int pages = LetterPages::paint(printer, letters);
    if (pages == 0 || printer.printerState() == QPrinter::Error) {
        showProblem(tr("The letters could not be printed: the printer refused them. Check the printer, or "
                       "save them as a PDF and print that."));
        return false;
    }
    return log(letters, QStringLiteral("print"));
}

void LetterDialog::askToSavePdf()
{
    if (lettersToOutput().empty())
        return;
    QSettings settings;
    QString folder = settings.value(folderKey).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save Letters as PDF"), QDir(folder).filePath(defaultPdfName()), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    settings.setValue(folderKey, QFileInfo(path).absolutePath());
    savePdf(path);
}

bool LetterDialog::savePdf(const QString& path)
{
    const std::vector<MergedLetter> letters = lettersToOutput();
    if (letters.empty()) {
        showProblem(tr("No letters are chosen to save."));
        return false;
    }
    const Result<int> written = LetterPages::writePdf(path, letters, paper());
    if (!written) {
        showProblem(written.error().message);
        return false;
    }
    return log(letters, QStringLiteral("pdf"));
}

bool LetterDialog::log(const std::vector<MergedLetter>& letters, const QString& output)
{
    Result<std::vector<std::int64_t>> recorded = Error{QString()};
    try {
        recorded = LetterLog::record(m_store, letters, output, paper(), userName(),
                                     QDateTime(m_today, QTime::currentTime()), m_today);
    } catch (const StoreError& e) {
        recorded = Error{e.message()};
    }
    const int count = static_cast<int>(letters.size());
    if (!recorded) {
        showProblem(output == QLatin1String("print")
                        ? tr("Printed, but the letters are not on record: %1 Log the contacts by hand.")
                              .arg(recorded.error().message)
                        : tr("Saved, but the letters are not on record: %1 Log the contacts by hand.")
                              .arg(recorded.error().message));
        return false;
    }
    if (m_batch)
        markOutput(output);
    showInfo(output == QLatin1String("print")
                 ? tr("%n letter(s) printed and logged as contacts.", nullptr, count)
                 : tr("%n letter(s) saved as a PDF and logged as contacts.", nullptr, count));
    Q_EMIT lettersLogged(count);
    return true;
}

} // namespace tutordesk
