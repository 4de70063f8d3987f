#pragma once

#include "protocol/ProtocolActions.h"

#include <QAbstractTableModel>
#include <QDate>

#include <vector>

namespace tutordesk {

// The due protocol actions as a table, in core's order (overdue first). Overdue rows say so in words and
// in colour.
class DueActionsModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DueActionsModel)

public:
    enum Column { DueColumn, StudentColumn, GradeColumn, ToDoColumn, WhyColumn, GroupColumn, ColumnCount };
    static constexpr int ActionIdRole = Qt::UserRole + 1;

    explicit DueActionsModel(QObject* parent = nullptr);
    ~DueActionsModel() override;

    void setActions(std::vector<DueAction> actions, const QDate& today);
    const DueAction* action(int row) const;
    // The row of an action, -1 when it is not listed.
    int rowOf(std::int64_t actionId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<DueAction> m_actions;
    QDate m_today;
};

} // namespace tutordesk
