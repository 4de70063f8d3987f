#include "StudentTableModel.h"

#include "store/StoreError.h"

#include <algorithm>
#include <iterator>

namespace tutordesk {

StudentTableModel::StudentTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

StudentTableModel::~StudentTableModel() = default;

void StudentTableModel::setStore(Store* store, const StudentFilter& filter)
{
    m_store = store;
    m_filter = filter;
    reload();
}

void StudentTableModel::setFilter(const StudentFilter& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void StudentTableModel::setPageSize(int rows)
{
    m_pageSize = std::max(1, rows);
}

void StudentTableModel::sort(int column, Qt::SortOrder order)
{
    const auto key = StudentColumns::sortKeyFor(column);
    if (!key)
        return;
    const StudentSort sort{*key, order == Qt::DescendingOrder};
    if (sort == m_sort)
        return;
    m_sort = sort;
    reload();
}

// Counts afresh and loads the first page at once, so the first screen needs no second trip.
void StudentTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    QString failure;
    if (m_store) {
        try {
            m_total = StudentQuery(*m_store).count(m_filter);
            m_rows = nextPage();
        } catch (const StoreError& e) {
            m_total = 0;
            m_rows.clear();
            failure = e.message();
        }
    }
    endResetModel();
    Q_EMIT totalCountChanged(m_total);
    if (!failure.isEmpty())
        Q_EMIT loadFailed(tr("The student list could not be read: %1").arg(failure));
}

// The rows after those loaded. Throws StoreError: StudentQuery lets SQLite's errors through.
std::vector<StudentRow> StudentTableModel::nextPage()
{
    const int offset = static_cast<int>(m_rows.size());
    const int limit = std::min(m_pageSize, m_total - offset);
    if (limit <= 0)
        return {};
    std::vector<StudentRow> page = StudentQuery(*m_store).page(m_filter, m_sort, offset, limit);
    // Fewer rows than counted means students left meanwhile: stop at what is there.
    if (static_cast<int>(page.size()) < limit)
        m_total = offset + static_cast<int>(page.size());
    return page;
}

bool StudentTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_store && static_cast<int>(m_rows.size()) < m_total;
}

void StudentTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    const int offset = static_cast<int>(m_rows.size());
    const int totalBefore = m_total;
    std::vector<StudentRow> page;
    QString failure;
    try {
        page = nextPage();
    } catch (const StoreError& e) {
        m_total = offset;
        failure = e.message();
    }
    if (!page.empty()) {
        beginInsertRows({}, offset, offset + static_cast<int>(page.size()) - 1);
        std::move(page.begin(), page.end(), std::back_inserter(m_rows));
        endInsertRows();
    }
    if (m_total != totalBefore)
        Q_EMIT totalCountChanged(m_total);
    if (!failure.isEmpty())
        Q_EMIT loadFailed(tr("The student list could not be read: %1").arg(failure));
}

int StudentTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int StudentTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StudentTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StudentRow& row = m_rows[static_cast<size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return StudentColumns::display(row, index.column());
    case Qt::ToolTipRole:
        return StudentColumns::toolTip(row, index.column());
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(StudentColumns::alignment(index.column()));
    case RawValueRole:
        return StudentColumns::rawValue(row, index.column());
    case StudentIdRole:
        return QVariant::fromValue(static_cast<qint64>(row.id));
    default:
        return {};
    }
}

QVariant StudentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (role) {
    case Qt::DisplayRole:
        return StudentColumns::title(section);
    case Qt::ToolTipRole:
        return StudentColumns::headerToolTip(section);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(StudentColumns::alignment(section));
    default:
        return {};
    }
}

} // namespace tutordesk
