#include "CalendarDaysModel.h"

#include "CalendarMonthView.h"

#include <QBrush>
#include <QLocale>

#include <algorithm>

namespace tutordesk {

CalendarDaysModel::CalendarDaysModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

CalendarDaysModel::~CalendarDaysModel() = default;

void CalendarDaysModel::setEntries(std::vector<CalendarEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int CalendarDaysModel::rowOf(const QDate& day) const
{
    const auto it = std::lower_bound(m_entries.begin(), m_entries.end(), day,
                                     [](const CalendarEntry& e, const QDate& d) { return e.day < d; });
    return it != m_entries.end() && it->day == day ? static_cast<int>(it - m_entries.begin()) : -1;
}

int CalendarDaysModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int CalendarDaysModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CalendarDaysModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const CalendarEntry& entry = m_entries[static_cast<std::size_t>(index.row())];
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case DateColumn:
            return role == Qt::ToolTipRole ? locale.toString(entry.day, QLocale::LongFormat)
                                           : locale.toString(entry.day, QLocale::ShortFormat);
        case WeekdayColumn:
            return locale.dayName(entry.day.dayOfWeek(), QLocale::LongFormat);
        case KindColumn:
            return SchoolCalendar::title(entry.kind);
        case LabelColumn:
            return entry.label;
        default:
            return {};
        }
    case Qt::DecorationRole:
        // The month view's colour for this kind, as a swatch: the list and the month read alike.
        if (index.column() == KindColumn)
            return CalendarMonthView::swatch(entry.kind);
        return {};
    case DateRole:
        return entry.day;
    case KindRole:
        return static_cast<int>(entry.kind);
    default:
        return {};
    }
}

QVariant CalendarDaysModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case WeekdayColumn:
        return tr("Day");
    case KindColumn:
        return tr("Kind");
    case LabelColumn:
        return tr("Description");
    default:
        return {};
    }
}

} // namespace tutordesk
