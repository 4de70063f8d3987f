#pragma once

#include "exchange/Outbox.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace tutordesk {

// The Sync page's table: the latest bundles, newest first, waiting or delivered.
class OutboxModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutboxModel)

public:
    enum Column { Made, Contents, Rows, Size, State, Name, Problem, ColumnCount };

    explicit OutboxModel(QObject* parent = nullptr);
    ~OutboxModel() override;

    void setEntries(QList<OutboxEntry> entries, const QDateTime& nowUtc);
    const OutboxEntry& entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<OutboxEntry> m_entries;
    QDateTime m_now;
};

} // namespace tutordesk
