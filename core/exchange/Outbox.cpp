#include "exchange/Outbox.h"

namespace tutordesk {

// Placeholders until the delivery part lands.
int OutboxEntry::totalRows() const
{
    int total = 0;
    for (const int rows : rowCounts)
        total += rows;
    return total;
}

namespace Outbox {
QList<OutboxEntry> waiting(Store&)
{
    return {};
}
QList<OutboxEntry> recent(Store&, int)
{
    return {};
}
std::optional<OutboxEntry> entry(Store&, qint64)
{
    return std::nullopt;
}
QByteArray content(Store&, qint64)
{
    return {};
}
Result<void> markDelivered(Store&, qint64, const QString&, const QDateTime&)
{
    return {};
}
Result<void> markFailed(Store&, qint64, const QString&, const QString&, const QDateTime&)
{
    return {};
}
Result<void> retryNow(Store&)
{
    return {};
}
SyncStatus status(Store&, const QDateTime&)
{
    return {};
}
qint64 backoffSeconds(int)
{
    return 60;
}
} // namespace Outbox

} // namespace tutordesk
