#pragma once

#include "school/School.h"

#include <QWidget>

class QLineEdit;
class QPlainTextEdit;

namespace tutordesk {

// Settings ▸ School: what families read at the top and bottom of every letter, the school's name,
// address and phone, and whom to ask for. Codes and the school year are fixed when the school is set up.
class SchoolDetailsEditor final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchoolDetailsEditor)

public:
    explicit SchoolDetailsEditor(QWidget* parent = nullptr);
    ~SchoolDetailsEditor() override;

    void setDetails(const SchoolInfo& info);
    // The shown school's details with the edits applied.
    SchoolInfo details() const;
    bool isChanged() const;

    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* phoneEdit() const { return m_phone; }
    QLineEdit* coordinatorEdit() const { return m_coordinator; }
    QPlainTextEdit* addressEdit() const { return m_address; }

private:
    SchoolInfo m_loaded;
    QLineEdit* m_name = nullptr;
    QPlainTextEdit* m_address = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_coordinator = nullptr;
};

} // namespace tutordesk
