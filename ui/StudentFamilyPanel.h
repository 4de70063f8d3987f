#pragma once

#include "families/Guardians.h"

#include <QDate>
#include <QWidget>

#include <cstdint>
#include <optional>
#include <vector>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace tutordesk {

class Store;

// "Family" beside the Students table: the selected student's guardians (primary marked, the phone to
// try first, the language), the contacts logged about the student and the letters sent home, with the
// buttons to add, edit, link and remove guardians, log a contact and write a letter.
class StudentFamilyPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StudentFamilyPanel)

public:
    explicit StudentFamilyPanel(QWidget* parent = nullptr);
    ~StudentFamilyPanel() override;

    void setStore(Store* store);
    // The program's day: a contact logged here defaults to it, letters are dated with it.
    void setToday(const QDate& today);
    // `name` titles the dialogs opened from here ("Log Contact — Ana López").
    void showStudent(std::optional<std::int64_t> studentId, const QString& name = QString());
    void refresh() { showStudent(m_student, m_studentName); }

    // The phone to try first: mobile, else home, else work ("Mobile (323) 555-0101"); "" for none.
    static QString bestPhone(const GuardianRecord& guardian);

    QTreeWidget* guardianList() const { return m_guardians; }
    QTreeWidget* contactList() const { return m_contacts; }
    QTreeWidget* letterList() const { return m_letters; }
    QLabel* hintLabel() const { return m_hint; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* editButton() const { return m_edit; }
    QPushButton* removeButton() const { return m_remove; }
    QPushButton* primaryButton() const { return m_primary; }
    QPushButton* siblingButton() const { return m_sibling; }
    QPushButton* logContactButton() const { return m_logContact; }
    QPushButton* writeLetterButton() const { return m_writeLetter; }
    // The guardian selected in the list, if any.
    std::optional<GuardianRecord> currentGuardian() const;

    // The actions behind the buttons (each opens its dialog, modal).
    void addGuardian();
    void editGuardian();
    void removeGuardian();
    void makePrimary();
    void addSiblingGuardian();
    void logContact();
    void writeLetter();

Q_SIGNALS:
    // A contact was double-clicked (or Enter pressed on it): the contact editor opens it.
    void editContactRequested(std::int64_t contactId);
    // Guardians, contacts or letters changed here: other pages showing them reload.
    void familyChanged();

protected:
    void showEvent(QShowEvent* event) override;

private:
    // Reads the student now; while hidden (another tab in front) the reading waits until shown.
    void load();
    void loadGuardians();
    void loadContacts();
    void loadLetters();
    void updateButtons();
    void showProblem(const QString& message);
    void changed();

    Store* m_store = nullptr;
    QDate m_today;
    std::optional<std::int64_t> m_student;
    QString m_studentName;
    bool m_stale = true;
    std::vector<GuardianRecord> m_records;
    QLabel* m_hint = nullptr;
    QLabel* m_problem = nullptr;
    QTreeWidget* m_guardians = nullptr;
    QTreeWidget* m_contacts = nullptr;
    QTreeWidget* m_letters = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_primary = nullptr;
    QPushButton* m_sibling = nullptr;
    QPushButton* m_logContact = nullptr;
    QPushButton* m_writeLetter = nullptr;
};

} // namespace tutordesk
