#pragma once

#include "progress/ProgressTable.h"

#include <QAbstractTableModel>
#include <QDate>

#include <cstdint>
#include <vector>

namespace tutordesk {

class Store;

// The 30-second view per group: tutor, tier, students, sessions held of scheduled (delivery), mean
// attendance, minutes received of planned, mean growth and flags. A school has a few hundred groups at
// most, so the model reads them all at once; ProgressTable still sorts and filters them in SQL.
class ProgressTableGroups final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressTableGroups)

public:
    enum Column { Group, Tutor, Tier, Students, Delivery, Attendance, Minutes, Growth, Flags, ColumnCount };
    enum Role { GroupIdRole = Qt::UserRole };

    explicit ProgressTableGroups(QObject* parent = nullptr);
    ~ProgressTableGroups() override;

    void setStore(Store* store);
    void setToday(const QDate& today);
    void setFilter(const ProgressFilter& filter);
    void reload();

    const GroupProgressRow* rowAt(int row) const;
    const GroupSort& currentSort() const { return m_sort; }
    static GroupColumn sortColumnOf(int column);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void loadFailed(const QString& message);

private:
    QString display(const GroupProgressRow& row, int column) const;

    Store* m_store = nullptr;
    QDate m_today;
    ProgressFilter m_filter;
    GroupSort m_sort;
    std::vector<GroupProgressRow> m_rows;
};

} // namespace tutordesk
