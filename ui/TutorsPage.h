#pragma once

#include "TutorDialog.h"
#include "TutorOutDialog.h"

#include <QDate>
#include <QPointer>
#include <QWidget>

#include <cstdint>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace tutordesk {

class ClearanceWarningStrip;
class FileImportFlow;
class ImportReviewDialog;
class MessageBar;
class Store;
class SupervisorPanel;
class TutorFilterModel;
class TutorTableModel;

// The Tutors page: the tutor roster with clearances, supervisors and their load, tutor absences.
// The table lists Tutors::list() with each clearance on today; a strip above it names the clearances
// that need attention; the supervisors' panel says who is over capacity. Every change is core's
// (Tutors::save, setStatus, Supervisors, TutorImport) and a refusal shows core's words.
class TutorsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TutorsPage)

public:
    explicit TutorsPage(QWidget* parent = nullptr);
    ~TutorsPage() override;

    void setStore(Store* store);
    // Reads everything it shows again.
    void reload();
    // The day clearances are judged on (tests; otherwise today's date).
    void setToday(const QDate& today);
    QDate today() const;

    void addTutor();
    void editSelected();
    // Mark Inactive / Make Active for the selected tutor; false (core's refusal shown) when refused.
    bool toggleSelectedStatus();
    void markSelectedOut();
    // Asks for a file, then importTutorsFrom().
    void importTutors();
    // Checks the file and shows what it found; Import in that review applies it.
    void importTutorsFrom(const QString& path);

    std::optional<std::int64_t> selectedTutorId() const;
    void selectTutor(std::int64_t id);

    TutorTableModel* model() const { return m_model; }
    TutorFilterModel* filterModel() const { return m_proxy; }
    QTableView* table() const { return m_table; }
    MessageBar* messageBar() const { return m_messages; }
    ClearanceWarningStrip* warningStrip() const { return m_warnings; }
    SupervisorPanel* supervisorPanel() const { return m_supervisors; }
    QComboBox* statusFilter() const { return m_filter; }
    QLineEdit* searchField() const { return m_search; }
    QLabel* emptyLabel() const { return m_empty; }
    QLabel* summaryLabel() const { return m_summary; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* editButton() const { return m_edit; }
    QPushButton* statusButton() const { return m_status; }
    QPushButton* markOutButton() const { return m_out; }
    QPushButton* importButton() const { return m_import; }
    // The dialogs while they are open.
    TutorDialog* tutorDialog() const { return m_tutorDialog; }
    TutorOutDialog* outDialog() const { return m_outDialog; }
    ImportReviewDialog* importReview() const;

Q_SIGNALS:
    // This page changed the school's data (the Session tells every page).
    void scheduleChanged();

protected:
private:
    QWidget* makeFilterRow();
    void openTutorDialog(const TutorRecord& tutor);
    void changed(const QString& message);
    void updateActions();
    void showSummary();
    void sizeColumnsOnce();

    Store* m_store = nullptr;
    QDate m_today;
    TutorTableModel* m_model = nullptr;
    TutorFilterModel* m_proxy = nullptr;
    QTableView* m_table = nullptr;
    MessageBar* m_messages = nullptr;
    ClearanceWarningStrip* m_warnings = nullptr;
    SupervisorPanel* m_supervisors = nullptr;
    QComboBox* m_filter = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_empty = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_status = nullptr;
    QPushButton* m_out = nullptr;
    QPushButton* m_import = nullptr;
    FileImportFlow* m_importFlow = nullptr;
    QPointer<TutorDialog> m_tutorDialog;
    QPointer<TutorOutDialog> m_outDialog;
    bool m_columnsSized = false;
};

} // namespace tutordesk
