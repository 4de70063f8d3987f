#pragma once

#include "schedule/SchoolCalendar.h"

#include <QDate>
#include <QDialog>

#include <vector>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace tutordesk {

// "Add Day Off…" and "Edit…" on the Calendar page: a kind (holiday, break, minimum day,
// non-instructional day), a description and, when adding, the first and last day of a range
// (a week's break in one go; weekends are skipped). Editing changes the kind and description of the
// days chosen in the list. The page takes entries() to core (CalendarEditor::setDays).
class CalendarDayDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarDayDialog)

public:
    // Adding: the range starts and ends on `day`, inside the school year of `calendar`.
    CalendarDayDialog(const SchoolCalendar& calendar, const QDate& day, QWidget* parent = nullptr);
    // Editing the listed `days` (their kind and label start as the first one's).
    CalendarDayDialog(const SchoolCalendar& calendar, const std::vector<QDate>& days,
                      QWidget* parent = nullptr);
    ~CalendarDayDialog() override;

    bool isEditing() const { return !m_days.empty(); }
    DayKind kind() const;
    QString label() const;
    // The days to save with their kind and label: the weekdays of the range (a break keeps the
    // holidays inside it, with their names), or the edited days.
    std::vector<CalendarEntry> entries() const;

    QComboBox* kindCombo() const { return m_kind; }
    QLineEdit* labelEdit() const { return m_label; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }

private:
    void build(const QString& title);
    void updateCount();

    const SchoolCalendar& m_calendar;
    std::vector<QDate> m_days; // editing these; empty when adding a range
    QComboBox* m_kind = nullptr;
    QLineEdit* m_label = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLabel* m_count = nullptr;
};

} // namespace tutordesk
