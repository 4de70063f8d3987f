#pragma once

#include "SupervisorDialog.h"
#include "schedule/Supervisors.h"

#include <QGroupBox>
#include <QPointer>

#include <cstdint>
#include <optional>
#include <vector>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace tutordesk {

class Store;

// Beside the Tutors table: each supervisor with "6 of 8 tutors" (Supervisors::loads), those over
// capacity flagged in red with the words "over capacity by 2", how many tutors have nobody, and
// buttons to add, edit and remove a supervisor.
class SupervisorPanel final : public QGroupBox {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SupervisorPanel)

public:
    enum Column { NameColumn, TitleColumn, LoadColumn, TutorsColumn, ColumnCount };

    explicit SupervisorPanel(QWidget* parent = nullptr);
    ~SupervisorPanel() override;

    void setStore(Store* store);
    void reload();

    // "9 of 8 tutors · over capacity by 1", as the list shows it.
    static QString loadText(const SupervisorLoad& load);

    void addSupervisor();
    void editSelected();
    // Asks first, then removes the selected supervisor.
    void removeSelected();
    // Removes without asking (the confirmation's answer, and tests).
    bool removeSupervisor(std::int64_t id);

    std::optional<std::int64_t> selectedId() const;
    const std::vector<SupervisorLoad>& loads() const { return m_loads; }
    QTreeWidget* list() const { return m_list; }
    QLabel* unsupervisedLabel() const { return m_unsupervised; }
    // The add or edit dialog while it is open.
    SupervisorDialog* dialog() const { return m_dialog; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* editButton() const { return m_edit; }
    QPushButton* removeButton() const { return m_remove; }

Q_SIGNALS:
    // A supervisor was added, changed or removed: what happened, in a sentence.
    void changed(const QString& message);
    void problem(const QString& message);

private:
    void openDialog(const SupervisorRecord& supervisor);
    void updateActions();

    Store* m_store = nullptr;
    std::vector<SupervisorLoad> m_loads;
    QTreeWidget* m_list = nullptr;
    QLabel* m_unsupervised = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_remove = nullptr;
    QPointer<SupervisorDialog> m_dialog;
};

} // namespace tutordesk
