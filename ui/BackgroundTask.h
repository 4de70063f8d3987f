#pragma once

#include <QObject>
#include <QPointer>
#include <QProgressDialog>
#include <QString>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

class QWidget;

namespace tutordesk {

// Runs one long piece of work (a demo school, an import) on a worker thread behind a progress
// dialog the coordinator can cancel. The work must open its own Store: a SQLite connection stays
// in the thread that opened it. It reports 0–100 through the progress function it is given,
// which answers false once Cancel was pressed; core then writes nothing.
class BackgroundTask final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackgroundTask)

public:
    using Progress = std::function<bool(int percent)>;
    using Work = std::function<void(const Progress& progress)>;

    explicit BackgroundTask(QObject* parent = nullptr);
    // Cancels work still running and waits for its thread.
    ~BackgroundTask() override;

    // The dialog is modal to `window` and appears only after `showAfterMs`, so that quick work
    // does not flash it. Ignored while another run is going.
    void start(QWidget* window, const QString& title, const QString& label, int showAfterMs, Work work);
    bool isRunning() const { return m_thread != nullptr; }
    // What the Cancel button does.
    void cancel();
    bool wasCancelled() const { return m_cancel && m_cancel->load(); }
    QProgressDialog* progressDialog() const { return m_progress; }

Q_SIGNALS:
    // The work has returned (see wasCancelled()); what it produced is the caller's to read now.
    void done();

private:
    void finish();

    QPointer<QThread> m_thread;
    QPointer<QProgressDialog> m_progress;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

} // namespace tutordesk
