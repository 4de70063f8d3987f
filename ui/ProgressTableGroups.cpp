#include "ProgressTableGroups.h"

#include "ProgressTableText.h"
#include "store/StoreError.h"

#include <QLocale>

namespace tutordesk {

ProgressTableGroups::ProgressTableGroups(QObject* parent)
    : QAbstractTableModel(parent)
{}

ProgressTableGroups::~ProgressTableGroups() = default;

void ProgressTableGroups::setStore(Store* store)
{
    m_store = store;
    reload();
}

void ProgressTableGroups::setToday(const QDate& today)
{
    m_today = today;
}

void ProgressTableGroups::setFilter(const ProgressFilter& filter)
{
    m_filter = filter;
    reload();
}

GroupColumn ProgressTableGroups::sortColumnOf(int column)
{
    switch (column) {
    case Tutor:
        return GroupColumn::Tutor;
    case Tier:
        return GroupColumn::Tier;
    case Students:
        return GroupColumn::Students;
    case Delivery:
        return GroupColumn::Delivery;
    case Attendance:
        return GroupColumn::Attendance;
    case Minutes:
        return GroupColumn::Minutes;
    case Growth:
        return GroupColumn::Growth;
    case Flags:
        return GroupColumn::Flags;
    default:
        return GroupColumn::Group;
    }
}

void ProgressTableGroups::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    const GroupSort sort{sortColumnOf(column), order == Qt::DescendingOrder};
    if (sort.column == m_sort.column && sort.descending == m_sort.descending)
        return;
    m_sort = sort;
    reload();
}

void ProgressTableGroups::reload()
{
    beginResetModel();
    m_rows.clear();
    QString failure;
    if (m_store) {
        try {
            m_rows = ProgressTable::groups(*m_store, m_today.isValid() ? m_today : QDate::currentDate(),
                                           m_filter, m_sort);
        } catch (const StoreError& e) {
            m_rows.clear();
            failure = e.message();
        }
    }
    endResetModel();
    if (!failure.isEmpty())
        Q_EMIT loadFailed(tr("The groups' progress could not be read: %1").arg(failure));
}

const GroupProgressRow* ProgressTableGroups::rowAt(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_rows.size()))
        return nullptr;
    return &m_rows[static_cast<size_t>(row)];
}

int ProgressTableGroups::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ProgressTableGroups::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ProgressTableGroups::display(const GroupProgressRow& row, int column) const
{
    using namespace ProgressTableText;
    switch (column) {
    case Group:
        return row.groupName;
    case Tutor:
        return row.tutorName.isEmpty() ? tr("No tutor") : row.tutorName;
    case Tier:
        return tr("Tier %1").arg(row.tier);
    case Students:
        return QLocale().toString(row.students);
    case Delivery:
        return tr("%1 held (%2)")
            .arg(ofCount(row.sessionsHeld, row.sessionsScheduled), percent(row.deliveryRate()));
    case Attendance:
        return percent(row.meanAttendance);
    case Minutes:
        return ProgressTableText::minutes(row.deliveredMinutes, row.plannedMinutes);
    case Growth:
        return growth(row.meanGrowth);
    case Flags:
        if (row.flagged == 0)
            return QString();
        return tr("%1 not attending \u00b7 %2 not improving")
            .arg(QLocale().toString(row.notAttending), QLocale().toString(row.notImproving));
    default:
        return {};
    }
}

QVariant ProgressTableGroups::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GroupProgressRow& row = m_rows[static_cast<size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Group)
            return row.skillDescription.isEmpty() ? row.skillCode
                                                  : tr("%1 %2").arg(row.skillCode, row.skillDescription);
        if (index.column() == Delivery)
            return tr("Regular sessions held of those scheduled up to today: did the program deliver?");
        if (index.column() == Growth)
            return tr("Mean growth of the group's students with two probes, in percentage points");
        if (index.column() == Flags)
            return tr("Open the group to see who is flagged and why");
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= Students && index.column() <= Growth)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::BackgroundRole:
        if (index.column() == Flags && row.flagged > 0)
            return *ProgressTableText::flagTint(row.notAttending > 0 ? ProgressFlag::NotAttending
                                                                     : ProgressFlag::NotImproving);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Flags && row.flagged > 0)
            return QColor(Qt::black);
        return {};
    case GroupIdRole:
        return QVariant::fromValue(static_cast<qint64>(row.groupId));
    default:
        return {};
    }
}

QVariant ProgressTableGroups::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole)
        return tr("Click to sort by this column");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Group:
        return tr("Group");
    case Tutor:
        return tr("Tutor");
    case Tier:
        return tr("Tier");
    case Students:
        return tr("Students");
    case Delivery:
        return tr("Sessions");
    case Attendance:
        return tr("Mean attendance");
    case Minutes:
        return tr("Minutes");
    case Growth:
        return tr("Mean growth");
    case Flags:
        return tr("Flags");
    default:
        return {};
    }
}

} // namespace tutordesk
