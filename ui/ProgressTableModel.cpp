#include "ProgressTableModel.h"

#include "ProgressTableText.h"
#include "store/StoreError.h"

#include <QLocale>

#include <algorithm>
#include <iterator>

namespace tutordesk {

namespace {

constexpr ProgressColumn sortColumns[ProgressTableModel::ColumnCount] = {
    ProgressColumn::Student,        ProgressColumn::Grade,   ProgressColumn::Group,
    ProgressColumn::Tutor,          ProgressColumn::Skill,   ProgressColumn::Attended,
    ProgressColumn::AttendanceRate, ProgressColumn::Minutes, ProgressColumn::Pre,
    ProgressColumn::Latest,         ProgressColumn::Growth,  ProgressColumn::Flag,
};

bool isHeld(const QString& status)
{
    return status != QLatin1String("paused") && status != QLatin1String("exited");
}

} // namespace

ProgressTableModel::ProgressTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

ProgressTableModel::~ProgressTableModel() = default;

void ProgressTableModel::setStore(Store* store)
{
    m_store = store;
    reload();
}

void ProgressTableModel::setToday(const QDate& today)
{
    m_today = today;
}

void ProgressTableModel::setFilter(const ProgressFilter& filter)
{
    m_filter = filter;
    reload();
}

void ProgressTableModel::setPageSize(int rows)
{
    m_pageSize = std::max(1, rows);
}

ProgressColumn ProgressTableModel::sortColumnOf(int column)
{
    return column >= 0 && column < ColumnCount ? sortColumns[column] : ProgressColumn::Student;
}

int ProgressTableModel::columnOf(ProgressColumn column)
{
    const auto* found = std::find(std::begin(sortColumns), std::end(sortColumns), column);
    return found == std::end(sortColumns) ? -1
                                          : static_cast<int>(std::distance(std::begin(sortColumns), found));
}

void ProgressTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    const ProgressSort sort{sortColumnOf(column), order == Qt::DescendingOrder};
    if (sort.column == m_sort.column && sort.descending == m_sort.descending)
        return;
    m_sort = sort;
    reload();
}

// The summary carries the count, so the first screen costs two queries: the summary and the first window.
void ProgressTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_summary = {};
    QString failure;
    if (m_store) {
        try {
            const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
            m_rules = ProgressFlags::load(*m_store);
            m_summary = ProgressTable::summary(*m_store, today, m_filter);
            m_rows = nextPage();
        } catch (const StoreError& e) {
            m_summary = {};
            m_rows.clear();
            failure = e.message();
        }
    }
    endResetModel();
    Q_EMIT summaryChanged();
    if (!failure.isEmpty())
        Q_EMIT loadFailed(tr("The progress figures could not be read: %1").arg(failure));
}

// The rows after those loaded. Throws StoreError.
std::vector<ProgressRow> ProgressTableModel::nextPage()
{
    const int offset = static_cast<int>(m_rows.size());
    const int limit = std::min(m_pageSize, m_summary.rows - offset);
    if (limit <= 0)
        return {};
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    std::vector<ProgressRow> page = ProgressTable::rows(*m_store, today, m_filter, m_sort, offset, limit);
    if (static_cast<int>(page.size()) < limit)
        m_summary.rows = offset + static_cast<int>(page.size());
    return page;
}

bool ProgressTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_store && static_cast<int>(m_rows.size()) < m_summary.rows;
}

void ProgressTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    const int offset = static_cast<int>(m_rows.size());
    const int totalBefore = m_summary.rows;
    std::vector<ProgressRow> page;
    QString failure;
    try {
        page = nextPage();
    } catch (const StoreError& e) {
        m_summary.rows = offset;
        failure = e.message();
    }
    if (!page.empty()) {
        beginInsertRows({}, offset, offset + static_cast<int>(page.size()) - 1);
        std::move(page.begin(), page.end(), std::back_inserter(m_rows));
        endInsertRows();
    }
    if (m_summary.rows != totalBefore)
        Q_EMIT summaryChanged();
    if (!failure.isEmpty())
        Q_EMIT loadFailed(tr("The progress figures could not be read: %1").arg(failure));
}

const ProgressRow* ProgressTableModel::rowAt(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_rows.size()))
        return nullptr;
    return &m_rows[static_cast<size_t>(row)];
}

int ProgressTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ProgressTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ProgressTableModel::display(const ProgressRow& row, int column) const
{
    using namespace ProgressTableText;
    switch (column) {
    case Student:
        return row.studentName;
    case Grade:
        return row.grade;
    case Group:
        return row.groupName;
    case Tutor:
        return row.tutorName.isEmpty() ? tr("No tutor") : row.tutorName;
    case Skill:
        if (row.skillCode.isEmpty())
            return row.skillDescription.isEmpty() ? tr("Not set") : row.skillDescription;
        return row.skillDescription.isEmpty() ? row.skillCode
                                              : tr("%1 %2").arg(row.skillCode, row.skillDescription);
    case Attended:
        return ofCount(row.sessionsAttended, row.sessionsHeld);
    case Attendance:
        return percent(row.attendanceRate);
    case Minutes:
        return ProgressTableText::minutes(row.deliveredMinutes, row.plannedMinutes);
    case Pre:
        return probe(row.pre);
    case Latest:
        if (!row.latest)
            return QStringLiteral("\u2014");
        return row.latest->window.isEmpty()
                   ? probe(row.latest)
                   : tr("%1 (%2)").arg(probe(row.latest), window(row.latest->window));
    case Growth:
        if (row.growth && row.mastered)
            return tr("%1 \u2713").arg(growth(row.growth)); // a tick: mastered
        return growth(row.growth);
    case Flag:
        if (!isHeld(row.status))
            return ProgressTableText::status(row.status);
        return row.flag == ProgressFlag::None ? QString() : ProgressFlags::title(row.flag);
    default:
        return {};
    }
}

QString ProgressTableModel::toolTip(const ProgressRow& row, int column) const
{
    const QLocale locale;
    using namespace ProgressTableText;
    switch (column) {
    case Student:
        return tr("District ID %1 \u00b7 Grade %2").arg(row.districtId, row.grade);
    case Group:
        return tr("Tier %1 \u00b7 %2").arg(row.tier).arg(row.groupName);
    case Skill:
        return row.skillDescription.isEmpty() ? row.skillCode : row.skillDescription;
    case Attended:
    case Attendance:
        return tr("%n session(s) attended (make-ups included)", nullptr, row.sessionsAttended) +
               QLatin1Char('\n') + tr("%n absence(s)", nullptr, row.sessionsAbsent) + QLatin1Char('\n') +
               tr("%n session(s) held for this student up to today (make-ups included)", nullptr,
                  row.sessionsHeld) +
               QLatin1Char('\n') + tr("Attendance: sessions attended of those with attendance taken");
    case Minutes:
        return tr("Minutes received of minutes scheduled (cancelled sessions included in the plan)");
    case Pre:
        return row.pre ? tr("First probe on the group's skill, %1")
                             .arg(locale.toString(row.pre->on, QLocale::LongFormat))
                       : tr("No probe yet on %1").arg(row.skillCode);
    case Latest:
        return row.latest ? tr("Latest probe, %1").arg(locale.toString(row.latest->on, QLocale::LongFormat))
                          : tr("Growth needs a second probe on the same skill");
    case Growth:
        if (!row.growth)
            return tr("Growth needs a pre and a later probe on the same skill");
        return tr("Latest percentage minus pre percentage, in percentage points%1")
            .arg(row.mastered ? tr("; \u2713 mastered") : QString());
    case Flag:
        if (!isHeld(row.status))
            return tr("A seat given back is not flagged");
        return ProgressFlags::explanation(row.flag, m_rules);
    default:
        return {};
    }
}

QVariant ProgressTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProgressRow& row = m_rows[static_cast<size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        return toolTip(row, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() >= Attended && index.column() <= Growth)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::BackgroundRole:
        if (index.column() == Flag && isHeld(row.status))
            if (const auto tint = ProgressTableText::flagTint(row.flag))
                return *tint;
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Flag && isHeld(row.status) && row.flag != ProgressFlag::None)
            return QColor(Qt::black); // readable on the tint in a dark theme too
        return {};
    case StudentIdRole:
        return QVariant::fromValue(static_cast<qint64>(row.studentId));
    case GroupIdRole:
        return QVariant::fromValue(static_cast<qint64>(row.groupId));
    case EnrollmentIdRole:
        return QVariant::fromValue(static_cast<qint64>(row.enrollmentId));
    case FlagRole:
        return static_cast<int>(row.flag);
    default:
        return {};
    }
}

QVariant ProgressTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Attended:
            return tr("Sessions attended of sessions held");
        case Attendance:
            return tr("Sessions attended of those with attendance taken");
        case Minutes:
            return tr("Minutes received of minutes planned");
        case Pre:
            return tr("The first (pre) probe on the group's skill: score and percentage");
        case Latest:
            return tr("The latest probe on the same skill");
        case Growth:
            return tr("Latest minus pre, in percentage points; \u2713 mastered");
        case Flag:
            return ProgressFlags::explanation(ProgressFlag::NotAttending, m_rules) + QStringLiteral("\n\n") +
                   ProgressFlags::explanation(ProgressFlag::NotImproving, m_rules);
        default:
            return tr("Click to sort by this column");
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Student:
        return tr("Student");
    case Grade:
        return tr("Grade");
    case Group:
        return tr("Group");
    case Tutor:
        return tr("Tutor");
    case Skill:
        return tr("Target skill");
    case Attended:
        return tr("Sessions");
    case Attendance:
        return tr("Attendance");
    case Minutes:
        return tr("Minutes");
    case Pre:
        return tr("Pre");
    case Latest:
        return tr("Latest");
    case Growth:
        return tr("Growth");
    case Flag:
        return tr("Flag");
    default:
        return {};
    }
}

} // namespace tutordesk
