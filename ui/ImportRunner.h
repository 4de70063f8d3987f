#pragma once

#include "ImportKind.h"
#include "roster/ImportReport.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class QProgressDialog;
class QWidget;

namespace tutordesk {

class BackgroundTask;

// Runs one import (or its dry run) off the GUI thread, behind a progress dialog the coordinator
// can cancel. The worker opens its own Store on the database file, since a SQLite connection must
// stay in the thread that opened it; core writes nothing when cancelled (ImportProgress).
class ImportRunner final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportRunner)

public:
    explicit ImportRunner(QObject* parent = nullptr);
    // Cancels a run still going and waits for its thread.
    ~ImportRunner() override;

    // Starts `run` on the database at `databasePath`; the progress dialog is modal to `window`.
    void start(const QString& databasePath, const ImportKind::Run& run, const ImportRequest& request,
               QWidget* window, const QString& label);
    bool isRunning() const;
    // What the Cancel button does: the import stops at its next step and writes nothing.
    void cancel();
    QProgressDialog* progressDialog() const;

Q_SIGNALS:
    // The importer answered: a report (with problems, or of what was or would be done).
    void finished(const tutordesk::ImportReport& report);
    // The file or database could not be read at all.
    void failed(const QString& message);
    void cancelled();

private:
    struct Outcome {
        std::optional<ImportReport> report;
        QString error;
    };
    void finish();

    BackgroundTask* m_task;
    std::shared_ptr<Outcome> m_outcome; // written by the worker, read after it has finished
};

} // namespace tutordesk
