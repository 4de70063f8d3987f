#pragma once

#include "schedule/TutorRecord.h"

#include <QDialog>

#include <cstdint>
#include <map>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace tutordesk {

class AvailabilityEditor;
class OptionalDateEdit;
class Store;

// Adds or edits a tutor: names, type, contact, status, supervisor, subjects, languages, weekly
// availability and clearances. Core checks it (Tutors::validate, shown under the fields while the
// dialog stays open) and saves it (Tutors::save).
class TutorDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TutorDialog)

public:
    TutorDialog(Store& store, const TutorRecord& tutor, QWidget* parent = nullptr);
    ~TutorDialog() override;

    // The tutor as the fields say now.
    TutorRecord record() const;
    // The id core gave the saved tutor.
    std::int64_t savedId() const { return m_savedId; }

    QLineEdit* firstNameEdit() const { return m_first; }
    QLineEdit* lastNameEdit() const { return m_last; }
    QComboBox* typeCombo() const { return m_type; }
    QLineEdit* emailEdit() const { return m_email; }
    QLineEdit* phoneEdit() const { return m_phone; }
    QComboBox* statusCombo() const { return m_status; }
    QComboBox* supervisorCombo() const { return m_supervisor; }
    QCheckBox* subjectBox(const QString& subject) const;
    QListWidget* languageList() const { return m_languages; }
    AvailabilityEditor* availabilityEditor() const { return m_availability; }
    OptionalDateEdit* backgroundCheckOn() const { return m_backgroundOn; }
    OptionalDateEdit* backgroundCheckUntil() const { return m_backgroundUntil; }
    OptionalDateEdit* tbTestOn() const { return m_tbOn; }
    OptionalDateEdit* tbTestUntil() const { return m_tbUntil; }
    QLabel* problemLabel() const { return m_problem; }

public Q_SLOTS:
    void accept() override;

private:
    QWidget* makeSubjects();
    void fillSupervisors();
    void fillLanguages(const QStringList& chosen);
    // After a refused save, says at once whether the change fixed it.
    void revalidate();
    void showProblem(const QString& message);

    Store& m_store;
    TutorRecord m_original;
    QLineEdit* m_first = nullptr;
    QLineEdit* m_last = nullptr;
    QComboBox* m_type = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_phone = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_supervisor = nullptr;
    std::map<QString, QCheckBox*> m_subjects;
    QListWidget* m_languages = nullptr;
    AvailabilityEditor* m_availability = nullptr;
    OptionalDateEdit* m_backgroundOn = nullptr;
    OptionalDateEdit* m_backgroundUntil = nullptr;
    OptionalDateEdit* m_tbOn = nullptr;
    OptionalDateEdit* m_tbUntil = nullptr;
    QLabel* m_problem = nullptr;
    bool m_triedToSave = false;
    std::int64_t m_savedId = 0;
};

} // namespace tutordesk
