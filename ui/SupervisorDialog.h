#pragma once

#include "schedule/Supervisors.h"

#include <QDialog>

#include <cstdint>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace tutordesk {

class Store;

// Adds or edits a supervisor: names, title, email, phone and how many tutors they can coach.
// Saving is core's (Supervisors::save); a refusal is shown in the dialog, which stays open.
class SupervisorDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SupervisorDialog)

public:
    SupervisorDialog(Store& store, const SupervisorRecord& supervisor, QWidget* parent = nullptr);
    ~SupervisorDialog() override;

    // What the fields say now (the id of the supervisor being edited, 0 for a new one).
    SupervisorRecord record() const;
    // The id core gave the saved supervisor.
    std::int64_t savedId() const { return m_savedId; }

    QLineEdit* firstNameEdit() const { return m_first; }
    QLineEdit* lastNameEdit() const { return m_last; }
    QLineEdit* titleEdit() const { return m_title; }
    QSpinBox* maxTutorsBox() const { return m_maxTutors; }
    QLabel* problemLabel() const { return m_problem; }

public Q_SLOTS:
    void accept() override;

private:
    Store& m_store;
    SupervisorRecord m_original;
    QLineEdit* m_first = nullptr;
    QLineEdit* m_last = nullptr;
    QLineEdit* m_title = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_phone = nullptr;
    QSpinBox* m_maxTutors = nullptr;
    QLabel* m_problem = nullptr;
    std::int64_t m_savedId = 0;
};

} // namespace tutordesk
