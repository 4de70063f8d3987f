#pragma once

#include "families/Guardians.h"

#include <QDialog>

#include <cstdint>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace tutordesk {

class Store;

// One guardian of a student in a form: names, relationship, phones, e-mail, the language the family
// prefers (the letter languages by name, or any other code typed), how to reach them and consent to
// texts. Saving goes through Guardians::save; a refusal is shown here, inline, and nothing is saved.
class GuardianEditor final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuardianEditor)

public:
    // `guardian.id` 0 adds a guardian to the student.
    GuardianEditor(Store& store, std::int64_t studentId, const GuardianRecord& guardian,
                   QWidget* parent = nullptr);
    ~GuardianEditor() override;

    // The guardian as the form has it now.
    GuardianRecord record() const;
    // Saves; false (with core's message shown) when refused.
    bool save();
    void accept() override;
    std::int64_t savedId() const { return m_savedId; }

    QLineEdit* firstNameEdit() const { return m_first; }
    QLineEdit* lastNameEdit() const { return m_last; }
    QComboBox* relationshipBox() const { return m_relationship; }
    QCheckBox* primaryBox() const { return m_primary; }
    QLineEdit* mobileEdit() const { return m_mobile; }
    QLineEdit* homeEdit() const { return m_home; }
    QLineEdit* workEdit() const { return m_work; }
    QLineEdit* emailEdit() const { return m_email; }
    QComboBox* languageBox() const { return m_language; }
    QComboBox* methodBox() const { return m_method; }
    QCheckBox* consentBox() const { return m_consent; }
    QLabel* problemLabel() const { return m_problem; }

    // Selects `code` in the language box, adding it when it is not a letter language.
    void setLanguage(const QString& code);
    // The code the language box means: a listed language's code, or what was typed.
    QString languageCode() const;

private:
    Store& m_store;
    std::int64_t m_studentId = 0;
    GuardianRecord m_original;
    std::int64_t m_savedId = 0;
    QLineEdit* m_first = nullptr;
    QLineEdit* m_last = nullptr;
    QComboBox* m_relationship = nullptr;
    QCheckBox* m_primary = nullptr;
    QLineEdit* m_mobile = nullptr;
    QLineEdit* m_home = nullptr;
    QLineEdit* m_work = nullptr;
    QLineEdit* m_email = nullptr;
    QComboBox* m_language = nullptr;
    QComboBox* m_method = nullptr;
    QCheckBox* m_consent = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace tutordesk
