#include "ImportRunner.h"

#include "BackgroundTask.h"
#include "store/Store.h"
#include "store/StoreError.h"

namespace tutordesk {

ImportRunner::ImportRunner(QObject* parent)
    : QObject(parent)
    , m_task(new BackgroundTask(this))
{
    connect(m_task, &BackgroundTask::done, this, &ImportRunner::finish);
}

ImportRunner::~ImportRunner() = default;

bool ImportRunner::isRunning() const
{
    return m_task->isRunning();
}

QProgressDialog* ImportRunner::progressDialog() const
{
    return m_task->progressDialog();
}

void ImportRunner::start(const QString& databasePath, const ImportKind::Run& run,
                         const ImportRequest& request, QWidget* window, const QString& label)
{
    if (isRunning())
        return;
    m_outcome = std::make_shared<Outcome>();
    m_task->start(
        window, request.dryRun ? tr("Checking the File") : tr("Importing"), label,
        400, // a small file is done before the dialog would flash
        [databasePath, run, request, outcome = m_outcome](const BackgroundTask::Progress& progress) {
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
}

void ImportRunner::cancel()
{
    m_task->cancel();
}

void ImportRunner::finish()
{
    const std::shared_ptr<Outcome> outcome = std::exchange(m_outcome, nullptr);
    const bool stopped = m_task->wasCancelled();
    // A run that was applied before it saw the cancel is reported as done: that is the truth.
    if (outcome->report && (outcome->report->applied || !stopped))
        Q_EMIT finished(*outcome->report);
    else if (stopped)
        Q_EMIT cancelled();
    else
        Q_EMIT failed(outcome->error);
}

} // namespace tutordesk
