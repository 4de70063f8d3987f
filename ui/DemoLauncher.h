#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QWidget;

namespace tutordesk {

class BackgroundTask;

// "Explore a demo school": opens the demo database, generating it first on a worker thread (with
// its own Store, since a SQLite connection must stay in one thread) behind a progress dialog the
// coordinator can cancel. The caller then opens the finished file in the GUI thread.
class DemoLauncher final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoLauncher)

public:
    explicit DemoLauncher(QObject* parent = nullptr);
    // Cancels a generation still running and waits for its thread.
    ~DemoLauncher() override;

    // Starts preparing the demo school at `path`; the progress dialog is modal to `window`.
    void start(const QString& path, QWidget* window);
    bool isRunning() const;

Q_SIGNALS:
    void ready(const QString& path);
    void failed(const QString& message);
    void cancelled();

private:
    void finish();

    BackgroundTask* m_task;
    std::shared_ptr<QString> m_error; // written by the worker, read after it has finished
    QString m_path;
};

} // namespace tutordesk
