#include "DemoLauncher.h"

#include "school/SchoolSetup.h"
#include "store/Store.h"

#include <QProgressDialog>
#include <QThread>

namespace tutordesk {

DemoLauncher::DemoLauncher(QObject* parent)
    : QObject(parent)
{}

DemoLauncher::~DemoLauncher()
{
    if (m_thread) {
        m_cancel->store(true);
        m_thread->wait();
    }
}

void DemoLauncher::start(const QString& path, QWidget* window)
{
    if (isRunning())
        return;
    m_path = path;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_error = std::make_shared<QString>();

    m_progress = new QProgressDialog(tr("Creating the demo school: students, tutors, groups and a school "
                                        "year of sessions…"),
                                     tr("Cancel"), 0, 100, window);
    m_progress->setWindowTitle(tr("Explore a Demo School"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300); // an existing demo opens without a flash of dialog
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, this, [cancel = m_cancel] { cancel->store(true); });

    // The worker only touches what it captured; progress reaches the dialog as queued calls on
    // this object, which outlives the thread (the destructor waits for it).
    QThread* thread = QThread::create([this, path, cancel = m_cancel, error = m_error] {
        const DemoProgress progress = [this, cancel](int percent) {
            QMetaObject::invokeMethod(
                this,
                [this, percent] {
                    if (m_progress && !m_progress->wasCanceled())
                        m_progress->setValue(percent);
                },
                Qt::QueuedConnection);
            return !cancel->load();
        };
        auto opened = openOrCreateDemoSchool(path, DemoOptions{}, progress);
        if (!opened)
            *error = opened.error().message;
        // The store closes here, in the thread that opened it.
    });
    thread->setParent(this);
    m_thread = thread;
    connect(thread, &QThread::finished, this, &DemoLauncher::finish);
    thread->start();
}

void DemoLauncher::finish()
{
    if (m_progress)
        m_progress->deleteLater();
    if (m_thread)
        m_thread->deleteLater();
    m_thread = nullptr;
    if (m_cancel->load() || (m_progress && m_progress->wasCanceled()))
        Q_EMIT cancelled();
    else if (!m_error->isEmpty())
        Q_EMIT failed(*m_error);
    else
        Q_EMIT ready(m_path);
}

} // namespace tutordesk
