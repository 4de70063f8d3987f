#pragma once

#include <QDate>
#include <QWidget>

#include <cstdint>
#include <vector>

class QLabel;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;

namespace tutordesk {

class NeedPanel;
class Store;
class StudentFamilyPanel;
class StudentFilterBar;
class StudentTableModel;
class StudentTutoringPanel;

// The Students page: find a student by name or ID, narrow the list by grade, language, student
// group, tier or program status, and sort it by any column, on the large school as fast as on a
// small one. Under the table, "Why this student" explains the selected student's need score,
// "Tutoring" shows their seats' dosage and open protocol actions, and "Family" their guardians,
// contacts and letters. "Write Letters…" prints letters for every selected student in one batch.
class StudentsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StudentsPage)

public:
    explicit StudentsPage(QWidget* parent = nullptr);
    ~StudentsPage() override;

    // Shows the students of `store` (nullptr: none), with every filter cleared.
    void setStore(Store* store);
    // Reads the students again (the data changed), keeping the filters, sort and selection.
    void reload();
    // Scores and ranks every student again (NeedScore::rankAll); false after showing why not.
    bool recalculateNeedScores();
    // The day the Tutoring panel counts dosage and due actions up to, and letters are dated with.
    void setToday(const QDate& today);
    // Opens the letter dialog with one letter per selected student (the kind chosen there).
    void writeLetters();
    // The selected students' ids, in table order.
    std::vector<std::int64_t> selectedStudents() const;

    StudentTableModel* model() const { return m_model; }
    StudentFilterBar* filterBar() const { return m_filters; }
    QTableView* table() const { return m_table; }
    QLabel* countLabel() const { return m_count; }
    NeedPanel* needPanel() const { return m_need; }
    StudentTutoringPanel* tutoringPanel() const { return m_tutoring; }
    StudentFamilyPanel* familyPanel() const { return m_family; }
    // "Why this student", "Tutoring" and "Family".
    QTabWidget* detailTabs() const { return m_details; }
    QPushButton* importButton() const { return m_import; }
    QPushButton* recalculateButton() const { return m_recalculate; }
    QPushButton* writeLettersButton() const { return m_writeLetters; }

Q_SIGNALS:
    void importRequested();
    // New scores are stored: every page showing them should read them again.
    void needScoresRecalculated();
    // A contact in the Family tab was double-clicked: the contact editor opens it.
    void editContactRequested(std::int64_t contactId);
    // Guardians, contacts or letters changed (Family tab or letters written): the Today page and the
    // contact log reload.
    void familyChanged();

private:
    void showCount(int total);
    void sizeColumnsOnce(const QStringList& homeLanguages);
    void sortIndicatorChanged(int column, Qt::SortOrder order);
    void currentStudentChanged();
    void showProblem(const QString& message);
    QStringList readLanguages();

    StudentTableModel* m_model = nullptr;
    StudentFilterBar* m_filters = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_problem = nullptr;
    NeedPanel* m_need = nullptr;
    StudentTutoringPanel* m_tutoring = nullptr;
    StudentFamilyPanel* m_family = nullptr;
    QTabWidget* m_details = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_recalculate = nullptr;
    QPushButton* m_writeLetters = nullptr;
    Store* m_store = nullptr;
    QDate m_today = QDate::currentDate();
    bool m_columnsSized = false;
};

} // namespace tutordesk
