#pragma once

#include "ImportKind.h"
#include "roster/ImportReport.h"

#include <QDialog>
#include <QMessageBox>
#include <QPointer>

#include <optional>

class QPushButton;
class QSplitter;

namespace tutordesk {

class FilePreview;
class ImportReportView;
class ImportRunner;
class ImportSource;
class MappingTable;
class Session;

// Import a roster or a scores file in three steps a coordinator can follow: choose the file (and,
// for CSV, confirm which column is which while seeing its first rows), check it (core's dry run
// lists every problem, and Import stays off until there are none), then import. Both runs go
// through ImportRunner, off the GUI thread. Asks before withdrawing students the roster lacks, and
// has need scores recalculated once the new data is in.
class ImportDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    ImportDialog(ImportKind kind, Session& session, QWidget* parent = nullptr);
    ~ImportDialog() override;

    // Shows the file (what "Choose File…" does once a file is chosen).
    void setFile(const QString& path);
    // Reads the file afresh and has core check it without writing (a dry run).
    void check();
    // Imports the checked file, first asking about students the roster does not list.
    void startImport();

    ImportSource* source() const { return m_source; }
    MappingTable* mappingTable() const;
    FilePreview* preview() const;
    ImportReportView* reportView() const { return m_report; }
    ImportRunner* runner() const { return m_runner; }
    QPushButton* checkButton() const { return m_check; }
    QPushButton* importButton() const { return m_import; }
    // The open "mark them withdrawn?" question, while it waits for an answer.
    QMessageBox* withdrawQuestion() const { return m_question; }

Q_SIGNALS:
    // The database changed: an import was applied.
    void imported(const tutordesk::ImportReport& report);

private:
    void sourceChanged();
    void run(bool dryRun, bool withdrawMissing);
    void runFinished(const ImportReport& report);
    void runEnded(const QString& message, bool isProblem);
    void updateButtons();

    ImportKind m_kind; // before m_source, which refers to it
    Session& m_session;
    ImportRunner* m_runner = nullptr;
    ImportSource* m_source = nullptr;
    ImportReportView* m_report = nullptr;
    QPushButton* m_check = nullptr;
    QPushButton* m_import = nullptr;
    QSplitter* m_split = nullptr;
    QPointer<QMessageBox> m_question;
    bool m_runIsDry = true;
    std::optional<ImportReport> m_lastCheck; // the check of the file as it is chosen now
};

} // namespace tutordesk
