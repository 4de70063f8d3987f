#pragma once

#include "families/ContactLog.h"

#include <QDialog>

#include <cstdint>
#include <functional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QInputDialog;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace tutordesk {

class OptionalDateEdit;
class Store;

// Corrects a logged family contact: every field but the student, with the reason the audit log keeps
// ("Why are you changing this record?"), saved through ContactLog::update. "Delete…" removes a contact
// logged by mistake, with a reason too. Refusals are shown in the dialog and nothing is saved.
class ContactEditDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactEditDialog)

public:
    ContactEditDialog(Store& store, std::int64_t contactId, QWidget* parent = nullptr);
    ~ContactEditDialog() override;

    // False when the contact is gone (deleted meanwhile); the dialog then only says so.
    bool hasContact() const { return m_found; }

    QDateTimeEdit* whenEdit() const { return m_when; }
    QComboBox* guardianBox() const { return m_guardian; }
    QComboBox* methodBox() const { return m_method; }
    QComboBox* directionBox() const { return m_direction; }
    QComboBox* languageBox() const { return m_language; }
    QCheckBox* interpreterBox() const { return m_interpreter; }
    QComboBox* purposeBox() const { return m_purpose; }
    QComboBox* outcomeBox() const { return m_outcome; }
    QPlainTextEdit* notesEdit() const { return m_notes; }
    OptionalDateEdit* followUpEdit() const { return m_followUp; }
    QLineEdit* byEdit() const { return m_by; }
    QLineEdit* reasonEdit() const { return m_reason; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* deleteButton() const { return m_delete; }
    QLabel* problemLabel() const { return m_problem; }

    // Saves; false (with core's message shown) when refused.
    bool save();
    void accept() override;

    // Asks why the contact is being deleted (window-modal, not blocking) and deletes it when a reason is
    // given; `done` hears the outcome: an empty message when deleted, else why not. Returns the question.
    static QInputDialog* askToRemove(Store& store, std::int64_t contactId, const QString& description,
                                     QWidget* parent, std::function<void(const QString& refusal)> done);

Q_SIGNALS:
    // Saved or deleted: a sentence for the page's message bar.
    void changed(const QString& message);

private:
    void fill(const ContactEntry& entry);
    ContactEntry edited() const;
    void removeRequested();
    void updateSaveButton();

    Store& m_store;
    ContactEntry m_entry;
    bool m_found = false;
    QDateTimeEdit* m_when = nullptr;
    QComboBox* m_guardian = nullptr;
    QComboBox* m_method = nullptr;
    QComboBox* m_direction = nullptr;
    QComboBox* m_language = nullptr;
    QCheckBox* m_interpreter = nullptr;
    QComboBox* m_purpose = nullptr;
    QComboBox* m_outcome = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    OptionalDateEdit* m_followUp = nullptr;
    QLineEdit* m_by = nullptr;
    QLineEdit* m_reason = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_delete = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace tutordesk
