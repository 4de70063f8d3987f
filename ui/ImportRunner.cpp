#include "ImportRunner.h"

#include "store/Store.h"
#include "store/StoreError.h"

#include <QProgressDialog>
#include <QThread>

namespace tutordesk {

ImportRunner::ImportRunner(QObject* parent)
    : QObject(parent)
{}

ImportRunner::~ImportRunner()
{
    if (m_thread) {
        m_cancel->store(true);
        m_thread->wait();
    }
    delete m_progress; // finish() will not run now; without a window the dialog has no parent
}

void ImportRunner::start(const QString& databasePath, const ImportKind::Run& run,
                         const ImportRequest& request, QWidget* window, const QString& label)
{
    if (isRunning())
        return;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_outcome = std::make_shared<Outcome>();

    m_progress = new QProgressDialog(label, tr("Cancel"), 0, 100, window);
    m_progress->setWindowTitle(request.dryRun ? tr("Checking the File") : tr("Importing"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(400); // a small file is done before the dialog would flash
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, this, &ImportRunner::cancel);

    // The worker only touches what it captured; progress reaches the dialog as queued calls on
    // this object, which outlives the thread (the destructor waits for it).
    QThread* thread =
        QThread::create([this, databasePath, run, request, cancel = m_cancel, outcome = m_outcome] {
            if (cancel->load())
                return;
            const ImportProgress progress = [this, cancel](int percent) {
                QMetaObject::invokeMethod(
                    this,
                    [this, percent] {
                        if (m_progress && !m_progress->wasCanceled())
                            m_progress->setValue(percent);
                    },
                    Qt::QueuedConnection);
                return !cancel->load();
            };
            try {
                auto opened = Store::open(databasePath, Store::OpenMode::ExistingOnly);
                if (!opened) {
                    outcome->error = opened.error().message;
                    return;
                }
                auto result = run(*opened.value(), request, progress);
                if (result)
                    outcome->report = std::move(result).value();
                else
                    outcome->error = result.error().message;
            } catch (const StoreError& e) {
                outcome->error = e.message();
            }
            // The store closes here, in the thread that opened it.
        });
    thread->setParent(this);
    m_thread = thread;
    connect(thread, &QThread::finished, this, &ImportRunner::finish);
    thread->start();
}

void ImportRunner::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void ImportRunner::finish()
{
    if (m_progress)
        m_progress->deleteLater();
    if (m_thread)
        m_thread->deleteLater();
    m_thread = nullptr;
    const std::shared_ptr<Outcome> outcome = std::exchange(m_outcome, nullptr);
    // A run that was applied before it saw the cancel is reported as done: that is the truth.
    if (outcome->report && (outcome->report->applied || !m_cancel->load()))
        Q_EMIT finished(*outcome->report);
    else if (m_cancel->load())
        Q_EMIT cancelled();
    else
        Q_EMIT failed(outcome->error);
}

} // namespace tutordesk
