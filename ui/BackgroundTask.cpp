#include "BackgroundTask.h"

namespace tutordesk {

BackgroundTask::BackgroundTask(QObject* parent)
    : QObject(parent)
{}

BackgroundTask::~BackgroundTask()
{
    if (m_thread) {
        m_cancel->store(true);
        m_thread->wait();
    }
    delete m_progress; // finish() will not run now; without a window the dialog has no parent
}

void BackgroundTask::start(QWidget* window, const QString& title, const QString& label, int showAfterMs,
                           Work work)
{
    if (isRunning())
        return;
    m_cancel = std::make_shared<std::atomic<bool>>(false);

    m_progress = new QProgressDialog(label, tr("Cancel"), 0, 100, window);
    m_progress->setWindowTitle(title);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(showAfterMs);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, this, &BackgroundTask::cancel);

    // The worker touches only what it captured; progress reaches the dialog as queued calls on
    // this object, which outlives the thread (the destructor waits for it).
    QThread* thread = QThread::create([this, work = std::move(work), cancel = m_cancel] {
        if (cancel->load())
            return;
        const Progress progress = [this, cancel](int percent) {
            QMetaObject::invokeMethod(
                this,
                [this, percent] {
                    if (m_progress && !m_progress->wasCanceled())
                        m_progress->setValue(percent);
                },
                Qt::QueuedConnection);
            return !cancel->load();
        };
        work(progress);
    });
    thread->setParent(this);
    m_thread = thread;
    connect(thread, &QThread::finished, this, &BackgroundTask::finish);
    thread->start();
}

void BackgroundTask::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void BackgroundTask::finish()
{
    if (m_progress)
        m_progress->deleteLater();
    if (m_thread)
        m_thread->deleteLater();
    m_thread = nullptr;
    Q_EMIT done();
}

} // namespace tutordesk
