#include "ContactTableModel.h"

#include "LanguageNames.h"
#include "families/ContactLog.h"
#include "letters/LetterKinds.h"
#include "store/StoreError.h"

#include <QLocale>

#include <algorithm>
#include <iterator>

namespace tutordesk {

ContactTableModel::ContactTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

ContactTableModel::~ContactTableModel() = default;

void ContactTableModel::setStore(Store* store)
{
    m_store = store;
    reload();
}

void ContactTableModel::setFilter(const ContactFilter& filter)
{
    m_filter = filter;
    reload();
}

void ContactTableModel::setPageSize(int rows)
{
    m_pageSize = std::max(1, rows);
}

std::optional<ContactSort> ContactTableModel::sortFor(int column, Qt::SortOrder order)
{
    switch (column) {
    case When:
        return order == Qt::AscendingOrder ? ContactSort::OldestFirst : ContactSort::NewestFirst;
    case Student:
        return ContactSort::Student;
    case Method:
        return ContactSort::Method;
    case Outcome:
        return ContactSort::Outcome;
    default:
        return std::nullopt;
    }
}

int ContactTableModel::columnOf(ContactSort sort)
{
    switch (sort) {
    case ContactSort::Student:
        return Student;
    case ContactSort::Method:
        return Method;
    case ContactSort::Outcome:
        return Outcome;
    case ContactSort::NewestFirst:
    case ContactSort::OldestFirst:
        break;
    }
    return When;
}

void ContactTableModel::sort(int column, Qt::SortOrder order)
{
    const auto sort = sortFor(column, order);
    if (!sort || *sort == m_sort)
        return;
    m_sort = *sort;
    reload();
}

// Counts afresh and loads the first window at once, so the first screen needs no second trip.
void ContactTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    QString failure;
    if (m_store) {
        try {
            m_total = ContactQuery::count(*m_store, m_filter);
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
        Q_EMIT loadFailed(tr("The contact log could not be read: %1").arg(failure));
}

// The rows after those loaded. Throws StoreError: ContactQuery lets SQLite's errors through.
std::vector<ContactRow> ContactTableModel::nextPage()
{
    const int offset = static_cast<int>(m_rows.size());
    const int limit = std::min(m_pageSize, m_total - offset);
    if (limit <= 0)
        return {};
    std::vector<ContactRow> page = ContactQuery::rows(*m_store, m_filter, m_sort, offset, limit);
    // Fewer rows than counted means contacts were deleted meanwhile: stop at what is there.
    if (static_cast<int>(page.size()) < limit)
        m_total = offset + static_cast<int>(page.size());
    return page;
}

bool ContactTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_store && static_cast<int>(m_rows.size()) < m_total;
}

void ContactTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    const int offset = static_cast<int>(m_rows.size());
    const int totalBefore = m_total;
    std::vector<ContactRow> page;
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
        Q_EMIT loadFailed(tr("The contact log could not be read: %1").arg(failure));
}

const ContactRow* ContactTableModel::rowAt(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_rows.size()))
        return nullptr;
    return &m_rows[static_cast<size_t>(row)];
}

std::optional<int> ContactTableModel::rowOf(std::int64_t contactId) const
{
    const auto found = std::find_if(m_rows.begin(), m_rows.end(),
                                    [contactId](const ContactRow& r) { return r.entry.id == contactId; });
    if (found == m_rows.end())
        return std::nullopt;
    return static_cast<int>(std::distance(m_rows.begin(), found));
}

int ContactTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ContactTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ContactTableModel::display(const ContactRow& row, int column) const
{
    const ContactEntry& e = row.entry;
    const QLocale locale;
    switch (column) {
    case When:
        return locale.toString(e.at, QLocale::ShortFormat);
    case Student:
        return row.studentName;
    case Guardian:
        return e.guardianName;
    case Method:
        if (row.letterId && !row.letterKind.isEmpty())
            return tr("%1: %2").arg(ContactLog::methodTitle(e.method), LetterKinds::title(row.letterKind));
        return ContactLog::methodTitle(e.method);
    case Direction:
        return e.direction == QLatin1String("incoming") ? tr("Incoming") : tr("Outgoing");
    case Language:
        return LanguageNames::displayName(e.language);
    case Interpreter:
        return e.interpreterUsed ? tr("Interpreter") : QString();
    case Purpose:
        return ContactLog::purposeTitle(e.purpose);
    case Outcome:
        return ContactLog::outcomeTitle(e.outcome);
    case Notes:
        return e.notes.simplified(); // one line per row; the tooltip and the editor show it whole
    case FollowUp:
        return e.followUpOn ? locale.toString(*e.followUpOn, QLocale::ShortFormat) : QString();
    case By:
        return e.byWhom;
    default:
        return {};
    }
}

QVariant ContactTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ContactRow& row = m_rows[static_cast<size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Notes && !row.entry.notes.isEmpty())
            return row.entry.notes;
        if (index.column() == Student)
            return tr("District ID %1").arg(row.districtId);
        if (index.column() == When)
            return QLocale().toString(row.entry.at, QLocale::LongFormat);
        return {};
    case ContactIdRole:
        return QVariant::fromValue(static_cast<qint64>(row.entry.id));
    case StudentIdRole:
        return QVariant::fromValue(static_cast<qint64>(row.entry.studentId));
    default:
        return {};
    }
}

QVariant ContactTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        return sortFor(section, Qt::AscendingOrder) ? tr("Click to sort by this column")
                                                    : tr("The log sorts by date, student, method or outcome");
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("Date and time");
    case Student:
        return tr("Student");
    case Guardian:
        return tr("Guardian");
    case Method:
        return tr("Method");
    case Direction:
        return tr("Direction");
    case Language:
        return tr("Language");
    case Interpreter:
        return tr("Interpreter");
    case Purpose:
        return tr("Purpose");
    case Outcome:
        return tr("Outcome");
    case Notes:
        return tr("Notes");
    case FollowUp:
        return tr("Follow-up");
    case By:
        return tr("By");
    default:
        return {};
    }
}

} // namespace tutordesk
