#pragma once

#include "CalendarDayDialog.h"
#include "SessionChangesText.h"
#include "common/Result.h"
#include "schedule/SchoolCalendar.h"
#include "schedule/SessionChanges.h"

#include <QDate>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <vector>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace tutordesk {

class CalendarDaysModel;
class CalendarMonthView;
class CalendarSidePanel;
class FileImportFlow;
class ImportReviewDialog;
class MessageBar;
class Store;

// The Calendar page: the school year's days off and minimum days, edited in place or imported.
// The list of calendar days and the month view show SchoolCalendar::load(); every change goes
// through CalendarEditor, which moves the sessions that have not happened yet, and the page says
// what happened to them ("Saved. 14 future sessions removed.").
class CalendarPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarPage)

public:
    using Changed = SessionChangesText::Changed;

    explicit CalendarPage(QWidget* parent = nullptr);
    ~CalendarPage() override;

    void setStore(Store* store);
    // Reads everything it shows again.
    void reload();
    // The day sessions change from (tests; otherwise today's date).
    void setToday(const QDate& today);
    QDate today() const;

    void addDayOff();
    void editSelected();
    void makeSelectedSchoolDay();
    // Asks for a file, then importCalendarFrom().
    void importCalendar();
    // Checks the file and shows what it found; Import in that review applies it.
    void importCalendarFrom(const QString& path);

    // Take a change to core; false (core's words shown) when refused.
    bool saveDays(const std::vector<CalendarEntry>& days);
    bool clearDays(const std::vector<QDate>& days);
    bool saveMinimumDayMinutes(int minutes);

    // The days chosen in the list, in date order.
    std::vector<QDate> selectedDays() const;
    void selectDay(const QDate& day);

    const SchoolCalendar& calendar() const { return m_calendar; }
    CalendarDaysModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    CalendarSidePanel* sidePanel() const { return m_side; }
    CalendarMonthView* monthView() const;
    MessageBar* messageBar() const { return m_messages; }
    QLabel* summaryLabel() const { return m_summary; }
    QLabel* emptyLabel() const { return m_empty; }
    QLabel* dayLabel() const;
    QSpinBox* minimumMinutesBox() const;
    QPushButton* minimumMinutesButton() const;
    QPushButton* addButton() const { return m_add; }
    QPushButton* editButton() const { return m_edit; }
    QPushButton* schoolDayButton() const { return m_schoolDay; }
    QPushButton* importButton() const { return m_import; }
    // The dialogs while they are open.
    CalendarDayDialog* dayDialog() const { return m_dialog; }
    ImportReviewDialog* importReview() const;

Q_SIGNALS:
    // This page changed the school's data (the Session tells every page).
    void scheduleChanged();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showSummary();
    void updateActions();
    void changed(const QString& message);
    // Takes one calendar change to core and says what it did to sessions, or what core refused.
    bool apply(const std::function<Result<SessionChanges>()>& change, Changed word);
    void openDialog(CalendarDayDialog* dialog);
    void scrollToNextDayOff();

    Store* m_store = nullptr;
    QDate m_today;
    SchoolCalendar m_calendar;
    int m_minimumDayMinutes = 0;
    CalendarDaysModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    CalendarSidePanel* m_side = nullptr;
    MessageBar* m_messages = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_empty = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_schoolDay = nullptr;
    QPushButton* m_import = nullptr;
    FileImportFlow* m_importFlow = nullptr;
    QPointer<CalendarDayDialog> m_dialog;
    bool m_scrollWhenShown = false;
};

} // namespace tutordesk
