#pragma once

#include "families/Guardians.h"

#include <QDate>
#include <QDialog>

#include <cstdint>
#include <vector>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;

namespace tutordesk {

class OptionalDateEdit;
class Store;

// Logging a contact about a student that no due action asked for (a call about progress, a parent who
// came by): who, when, how, what came of it, in which language, and a follow-up date. Method and
// language start at the guardian's. Saved through ContactLog::add; a refusal is shown here.
class StudentContactDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StudentContactDialog)

public:
    StudentContactDialog(Store& store, std::int64_t studentId, const QString& studentName,
                         std::vector<GuardianRecord> guardians, const QDate& today,
                         QWidget* parent = nullptr);
    ~StudentContactDialog() override;

    QComboBox* guardianBox() const { return m_guardian; }
    QDateTimeEdit* whenEdit() const { return m_when; }
    QComboBox* methodBox() const { return m_method; }
    QComboBox* outcomeBox() const { return m_outcome; }
    QComboBox* purposeBox() const { return m_purpose; }
    QComboBox* languageBox() const { return m_language; }
    QLineEdit* notesEdit() const { return m_notes; }
    QLabel* problemLabel() const { return m_problem; }
    bool save();
    void accept() override;

private:
    void guardianChosen();

    Store& m_store;
    std::int64_t m_studentId = 0;
    std::vector<GuardianRecord> m_guardians;
    QComboBox* m_guardian = nullptr;
    QDateTimeEdit* m_when = nullptr;
    QComboBox* m_method = nullptr;
    QComboBox* m_direction = nullptr;
    QComboBox* m_outcome = nullptr;
    QComboBox* m_purpose = nullptr;
    QComboBox* m_language = nullptr;
    QCheckBox* m_interpreter = nullptr;
    QLineEdit* m_notes = nullptr;
    OptionalDateEdit* m_followUp = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace tutordesk
