#pragma once

#include "schedule/SchoolCalendar.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;

namespace tutordesk {

class CalendarMonthView;

// Beside the Calendar page's list: the month view with its legend, what the chosen day is in words,
// and the longest session on a minimum day (applied with a button, since it moves sessions).
class CalendarSidePanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarSidePanel)

public:
    explicit CalendarSidePanel(QWidget* parent = nullptr);
    ~CalendarSidePanel() override;

    // The calendar to show (kept by the page, which outlives the panel's use of it) and the stored
    // minimum-day length; `editable` is false when there is no school year to edit.
    void setCalendar(const SchoolCalendar* calendar, int minimumDayMinutes, bool editable);
    // Shows `day` in the month and says what it is, without emitting dateSelected.
    void showDay(const QDate& day);
    QDate selectedDate() const;

    CalendarMonthView* monthView() const { return m_month; }
    QLabel* dayLabel() const { return m_day; }
    QSpinBox* minutesBox() const { return m_minutes; }
    QPushButton* applyButton() const { return m_apply; }

Q_SIGNALS:
    void dateSelected(const QDate& day);
    // Double-click or Enter on a day.
    void dateActivated(const QDate& day);
    void minimumDayMinutesApplied(int minutes);

private:
    void describe(const QDate& day);
    void updateApply();

    const SchoolCalendar* m_calendar = nullptr;
    int m_storedMinutes = 0;
    bool m_editable = false;
    CalendarMonthView* m_month = nullptr;
    QLabel* m_day = nullptr;
    QSpinBox* m_minutes = nullptr;
    QPushButton* m_apply = nullptr;
};

} // namespace tutordesk
