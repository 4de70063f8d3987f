#include "DemoLauncher.h"

#include "BackgroundTask.h"
#include "school/SchoolSetup.h"
#include "store/Store.h"

namespace tutordesk {

DemoLauncher::DemoLauncher(QObject* parent)
    : QObject(parent)
    , m_task(new BackgroundTask(this))
{
    connect(m_task, &BackgroundTask::done, this, &DemoLauncher::finish);
}

DemoLauncher::~DemoLauncher() = default;

bool DemoLauncher::isRunning() const
{
    return m_task->isRunning();
}

void DemoLauncher::start(const QString& path, QWidget* window)
{
    if (isRunning())
        return;
    m_path = path;
    m_error = std::make_shared<QString>();
    m_task->start(window, tr("Explore a Demo School"),
                  tr("Creating the demo school: students, tutors, groups and a school year of sessions…"),
                  300, // an existing demo opens without a flash of dialog
                  [path, error = m_error](const BackgroundTask::Progress& progress) {
                      auto opened = openOrCreateDemoSchool(path, DemoOptions{}, progress);
                      if (!opened)
                          *error = opened.error().message;
                      // The store closes here, in the thread that opened it.
                  });
}

void DemoLauncher::finish()
{
    if (m_task->wasCancelled())
        Q_EMIT cancelled();
    else if (!m_error->isEmpty())
        Q_EMIT failed(*m_error);
    else
        Q_EMIT ready(m_path);
}

} // namespace tutordesk
