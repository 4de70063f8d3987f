#include "FileImportFlow.h"

#include "store/StoreError.h"

#include <QFileDialog>
#include <QWidget>

namespace tutordesk {

namespace {

Result<ImportReport> runSafely(const FileImportFlow::Run& run, bool dryRun)
{
    try {
        return run(dryRun);
    } catch (const StoreError& e) {
        return Error{FileImportFlow::tr("The file could not be imported: %1").arg(e.message())};
    }
}

} // namespace

FileImportFlow::FileImportFlow(QWidget* parent)
    : QObject(parent)
    , m_parent(parent)
{}

FileImportFlow::~FileImportFlow() = default;

QString FileImportFlow::chooseCsv(QWidget* parent, const QString& title)
{
    return QFileDialog::getOpenFileName(parent, title, QString(),
                                        tr("Spreadsheets saved as CSV (*.csv *.txt);;All files (*)"));
}

void FileImportFlow::start(const QString& title, Run run, Counts counts)
{
    if (m_review)
        m_review->reject(); // one file at a time
    m_run = std::move(run);
    const Result<ImportReport> checked = runSafely(m_run, true);
    if (!checked) {
        Q_EMIT failed(checked.error().message);
        return;
    }
    m_review = new ImportReviewDialog(title, checked.value(), counts(checked.value()), m_parent);
    m_review->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_review, &QDialog::accepted, this, &FileImportFlow::apply);
    m_review->open();
}

void FileImportFlow::apply()
{
    if (!m_review || !m_review->canImport() || !m_run)
        return;
    const Result<ImportReport> done = runSafely(m_run, false);
    if (!done) {
        Q_EMIT failed(done.error().message);
        return;
    }
    if (!done.value().ok()) { // the file changed since it was checked
        Q_EMIT failed(tr("Nothing was imported: the file has %n problem(s) now. Import it again to see them.",
                         nullptr, static_cast<int>(done.value().problems.size())));
        return;
    }
    Q_EMIT imported(done.value());
}

} // namespace tutordesk
