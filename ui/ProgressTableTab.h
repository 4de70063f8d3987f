#pragma once

#include <QDate>
#include <QWidget>

#include <cstdint>

class QLabel;
class QStackedWidget;
class QTableView;

namespace tutordesk {

class MessageBar;
class ProgressFilterBar;
class ProgressTableGroups;
class ProgressTableModel;
class Store;

// The 30-second view: for each student of a group (or the school), sessions attended of held, minutes, the
// target skill, pre, post, growth and the flags "attending, not improving" and "not attending"; sorted and
// filtered in SQL. A Groups view shows each group's delivery, attendance, growth and flags; opening a group
// there shows its charts and narrows the student view to it.
class ProgressTableTab final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressTableTab)

public:
    explicit ProgressTableTab(QWidget* parent = nullptr);
    ~ProgressTableTab() override;

    // Shows the school in `store` (nullptr: none).
    void setStore(Store* store);
    // The day figures count up to (the clock unless --today).
    void setToday(const QDate& today);
    // Reads the figures again (something changed), keeping what the coordinator chose.
    void reload();

    // For tests and the screen tour.
    ProgressFilterBar* filterBar() const { return m_filters; }
    QTableView* studentTable() const { return m_studentView; }
    QTableView* groupTable() const { return m_groupView; }
    ProgressTableModel* studentModel() const { return m_students; }
    ProgressTableGroups* groupModel() const { return m_groups; }
    QLabel* summaryLabel() const { return m_summary; }

Q_SIGNALS:
    // The coordinator opened a student's or a group's row (Enter, double-click): the page shows its charts.
    void studentChosen(std::int64_t studentId);
    void groupChosen(std::int64_t groupId);
    // "Enter Probes…" for the group shown.
    void enterProbesRequested(std::int64_t groupId);
    // "Record Observation or Confidence…" for a student: the page opens the assessment entry.
    void assessmentRequested(std::int64_t studentId);

private:
    void filtersChanged();
    void viewChanged();
    void showSummary();
    void openStudent();
    void openGroup();
    void studentMenu(const QPoint& at);
    void groupMenu(const QPoint& at);

    Store* m_store = nullptr;
    QDate m_today;
    ProgressFilterBar* m_filters = nullptr;
    QLabel* m_summary = nullptr;
    MessageBar* m_message = nullptr;
    QStackedWidget* m_stack = nullptr;
    ProgressTableModel* m_students = nullptr;
    ProgressTableGroups* m_groups = nullptr;
    QTableView* m_studentView = nullptr;
    QTableView* m_groupView = nullptr;
    bool m_groupsStale = true; // the Groups view reads again when it is next shown
};

} // namespace tutordesk
