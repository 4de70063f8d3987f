#pragma once

#include "schedule/SchoolCalendar.h"

#include <QAbstractTableModel>
#include <QDate>

#include <vector>

namespace tutordesk {

// The Calendar page's list: every day the school calendar lists (holidays, break days, minimum days,
// non-instructional days) in date order, with its weekday, kind and label.
class CalendarDaysModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarDaysModel)

public:
    enum Column { DateColumn, WeekdayColumn, KindColumn, LabelColumn, ColumnCount };
    enum Role {
        DateRole = Qt::UserRole, // the day as a QDate, on every cell of the row
        KindRole,                // DayKind as an int
    };

    explicit CalendarDaysModel(QObject* parent = nullptr);
    ~CalendarDaysModel() override;

    void setEntries(std::vector<CalendarEntry> entries);
    const std::vector<CalendarEntry>& entries() const { return m_entries; }
    // The row listing `day`, or -1.
    int rowOf(const QDate& day) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<CalendarEntry> m_entries;
};

} // namespace tutordesk
