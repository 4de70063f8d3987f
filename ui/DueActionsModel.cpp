#include "DueActionsModel.h"

#include "TodayText.h"

#include <QFont>
#include <QLocale>

namespace tutordesk {

DueActionsModel::DueActionsModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

DueActionsModel::~DueActionsModel() = default;

void DueActionsModel::setActions(std::vector<DueAction> actions, const QDate& today)
{
    beginResetModel();
    m_actions = std::move(actions);
    m_today = today;
    endResetModel();
}

const DueAction* DueActionsModel::action(int row) const
{
    return row >= 0 && row < static_cast<int>(m_actions.size()) ? &m_actions[static_cast<size_t>(row)]
                                                                : nullptr;
}

int DueActionsModel::rowOf(std::int64_t actionId) const
{
    for (size_t i = 0; i < m_actions.size(); ++i) {
        if (m_actions[i].id == actionId)
            return static_cast<int>(i);
    }
    return -1;
}

int DueActionsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_actions.size());
}

int DueActionsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DueActionsModel::data(const QModelIndex& index, int role) const
{
    const DueAction* a = index.isValid() ? action(index.row()) : nullptr;
    if (!a)
        return {};
    const bool overdue = a->daysOverdue > 0;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DueColumn:
            return TodayText::due(*a, m_today);
        case StudentColumn:
            return a->rule == ProtocolRule::CoverTutorAbsence && a->studentName.isEmpty() ? a->tutorName
                                                                                          : a->studentName;
        case GradeColumn:
            return a->grade;
        case ToDoColumn:
            return TodayText::toDo(a->rule);
        case WhyColumn:
            return TodayText::reason(*a);
        case GroupColumn:
            return a->groupName;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == ToDoColumn)
            return ProtocolRuleNames::title(a->rule);
        if (index.column() == DueColumn)
            return tr("Due %1").arg(QLocale().toString(a->dueOn, QLocale::LongFormat));
        return data(index, Qt::DisplayRole);
    case Qt::ForegroundRole:
        if (overdue && index.column() == DueColumn)
            return TodayText::lateColor();
        return {};
    case Qt::FontRole:
        if (overdue && index.column() == DueColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case ActionIdRole:
        return QVariant::fromValue<qint64>(a->id);
    default:
        return {};
    }
}

QVariant DueActionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DueColumn:
        return tr("Due");
    case StudentColumn:
        return tr("Student");
    case GradeColumn:
        return tr("Grade");
    case ToDoColumn:
        return tr("To do");
    case WhyColumn:
        return tr("Why");
    case GroupColumn:
        return tr("Group");
    default:
        return {};
    }
}

} // namespace tutordesk
