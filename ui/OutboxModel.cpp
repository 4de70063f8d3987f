#include "OutboxModel.h"

#include "SyncText.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace tutordesk {

OutboxModel::OutboxModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

OutboxModel::~OutboxModel() = default;

void OutboxModel::setEntries(QList<OutboxEntry> entries, const QDateTime& nowUtc)
{
    beginResetModel();
    m_entries = std::move(entries);
    m_now = nowUtc;
    endResetModel();
}

int OutboxModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int OutboxModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutboxModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const OutboxEntry& entry = m_entries.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Made:
            return SyncText::when(entry.createdAt, m_now);
        case Contents:
            return SyncText::contents(entry);
        case Rows:
            return QLocale().toString(entry.totalRows());
        case Size:
            return SyncText::size(entry.sizeBytes);
        case State:
            return SyncText::state(entry, m_now);
        case Problem:
            return entry.waiting() ? entry.lastError : QString();
        case Name:
            return entry.bundleName;
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Rows) {
            QStringList lines;
            for (auto it = entry.rowCounts.cbegin(); it != entry.rowCounts.cend(); ++it)
                lines << tr("%1: %2").arg(it.key(), QLocale().toString(it.value()));
            return lines.join(QLatin1Char('\n'));
        }
        if (index.column() == State && !entry.destination.isEmpty())
            return entry.acknowledgedAt
                       ? tr("Delivered to %1").arg(SyncText::destination(entry.destination))
                       : tr("Last tried at %1").arg(SyncText::destination(entry.destination));
        if (index.column() == Problem || index.column() == Name)
            return data(index, Qt::DisplayRole);
        return {};
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Rows || index.column() == Size))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && entry.waiting() &&
        (index.column() == State || index.column() == Problem) && !entry.lastError.isEmpty())
        return QBrush(QColor(0xa4, 0x26, 0x2c)); // dark red, as the app's other problems
    return {};
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Made:
        return tr("Made");
    case Contents:
        return tr("Holds");
    case Rows:
        return tr("Rows");
    case Size:
        return tr("Size");
    case State:
        return tr("State");
    case Problem:
        return tr("Last problem");
    case Name:
        return tr("File name");
    }
    return {};
}

} // namespace tutordesk
