#pragma once

#include "AttendanceDialog.h"
#include "CoverSessionDialog.h"
#include "GroupDialog.h"
#include "TutorOutDialog.h"

#include <QDate>
#include <QPointer>
#include <QWidget>

#include <cstdint>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QTabWidget;

namespace tutordesk {

class DayListTab;
class MessageBar;
class SessionDetails;
class Store;
class WeekView;

// The Schedule page: the week of sessions (days × time, coloured by tier) and the printable day list.
// From here the coordinator creates and edits groups, marks a tutor out and decides what happens to
// their sessions, covers, cancels, makes up or restores one session, and takes its attendance. Every decision
// is core's; the page shows what core reads and says what a change did.
class SchedulePage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchedulePage)

public:
    explicit SchedulePage(QWidget* parent = nullptr);
    ~SchedulePage() override;

    void setStore(Store* store);
    // Reads everything it shows again.
    void reload();

    // What "today" is (the clock unless set): the week "This Week" shows, and which sessions can still
    // change. Tests and the demo school set it.
    void setToday(const QDate& today);
    const QDate& today() const { return m_today; }

    // Shows the week holding `day`.
    void showWeek(const QDate& day);
    void previousWeek();
    void nextWeek();
    void thisWeek();
    const QDate& monday() const { return m_monday; }
    // Shows the session's week and selects it; false when it does not exist (or the filter hides it).
    bool showSession(std::int64_t sessionId);
    // Only this tutor's sessions (teaching or substituting), or everyone's.
    void setTutorFilter(std::optional<std::int64_t> tutorId);

    // The dialogs, opened window-modal; each says what it did in the message bar.
    void openGroup(std::optional<std::int64_t> groupId);
    void newGroup() { openGroup(std::nullopt); }
    void markTutorOut(std::optional<std::int64_t> tutorId = std::nullopt);
    void coverSelected(CoverSessionDialog::Mode mode);
    bool restoreSelected();
    // Takes (or edits) the selected session's attendance in AttendanceDialog.
    void takeAttendance();
    void printDayList();

    WeekView* weekView() const { return m_week; }
    SessionDetails* details() const { return m_details; }
    DayListTab* dayList() const { return m_dayList; }
    QTabWidget* tabs() const { return m_tabs; }
    MessageBar* messageBar() const { return m_messages; }
    QComboBox* tutorFilter() const { return m_tutorFilter; }
    QLabel* weekLabel() const { return m_weekLabel; }
    QLabel* summaryLabel() const { return m_summary; }
    GroupDialog* groupDialog() const { return m_groupDialog; }
    TutorOutDialog* tutorOutDialog() const { return m_tutorOutDialog; }
    CoverSessionDialog* coverDialog() const { return m_coverDialog; }
    AttendanceDialog* attendanceDialog() const { return m_attendanceDialog; }

Q_SIGNALS:
    // This page changed the school's data (the Session tells every page).
    void scheduleChanged();

private:
    QWidget* createToolbar();
    QWidget* createWeekTab();
    void fillTutorFilter();
    void loadWeek();
    void selectionChanged();
    // After a write: say what happened, read again, tell the other pages.
    void changed(const QString& message);

    Store* m_store = nullptr;
    QDate m_today;
    QDate m_monday;
    std::optional<std::int64_t> m_filterTutor;
    MessageBar* m_messages = nullptr;
    QLabel* m_weekLabel = nullptr;
    QComboBox* m_tutorFilter = nullptr;
    QPushButton* m_newGroup = nullptr;
    QPushButton* m_markOut = nullptr;
    QPushButton* m_print = nullptr;
    QTabWidget* m_tabs = nullptr;
    QLabel* m_summary = nullptr;
    QScrollArea* m_scroll = nullptr;
    WeekView* m_week = nullptr;
    SessionDetails* m_details = nullptr;
    DayListTab* m_dayList = nullptr;
    QPointer<GroupDialog> m_groupDialog;
    QPointer<TutorOutDialog> m_tutorOutDialog;
    QPointer<CoverSessionDialog> m_coverDialog;
    QPointer<AttendanceDialog> m_attendanceDialog;
};

} // namespace tutordesk
