#pragma once

#include "common/Result.h"
#include "exchange/Bundle.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace tutordesk {

class Store;

// A bundle in the outbox: waiting until the district acknowledges it, delivered after (its bytes are then
// let go; what it held stays for the Sync page's history).
struct OutboxEntry {
    qint64 id = 0;
    QString bundleName;
    BundleMode mode = BundleMode::Delta;
    qint64 sequence = 0;
    QDateTime createdAt;
    std::optional<QDateTime> since;
    QString sha256;
    qint64 sizeBytes = 0;
    QMap<QString, int> rowCounts; // per data file ("students.csv" → 612)
    int attempts = 0;
    std::optional<QDateTime> lastAttemptAt;
    QString lastError; // plain words, empty when the last attempt did not fail
    std::optional<QDateTime> nextAttemptAt;
    std::optional<QDateTime> acknowledgedAt;
    QString destination; // where it was delivered (or last tried)

    bool waiting() const { return !acknowledgedAt.has_value(); }
    int totalRows() const;
};

// The whole picture the Sync page and the status bar show.
struct SyncStatus {
    int waiting = 0;
    std::optional<QDateTime> oldestWaitingSince; // createdAt of the oldest waiting bundle
    std::optional<QDateTime> lastSuccessAt;      // the latest acknowledgement
    QString lastDeliveredTo;                     // where that bundle went (a folder given to the CLI, say)
    QString lastError;                           // of the oldest waiting bundle's last attempt
    std::optional<QDateTime> lastErrorAt;
    std::optional<QDateTime> nextAttemptAt;
};

// The outbox table (schema v1 + v6). Every time is UTC.
namespace Outbox {

// Waiting bundles, oldest (lowest sequence) first: they are sent in this order.
QList<OutboxEntry> waiting(Store& store);
// The latest `limit` bundles, waiting or delivered, newest first.
QList<OutboxEntry> recent(Store& store, int limit);
std::optional<OutboxEntry> entry(Store& store, qint64 id);
// The bundle of this name (`export --out` marks the bundle it has just made delivered).
std::optional<OutboxEntry> entryNamed(Store& store, const QString& bundleName);
// The zip of a waiting bundle; empty once delivered.
QByteArray content(Store& store, qint64 id);

// The district has it (2xx, or the whole file is in the folder): acknowledged, bytes let go.
Result<void> markDelivered(Store& store, qint64 id, const QString& destination, const QDateTime& now);
// This attempt failed: counted, the error kept in plain words, the next attempt put off with back-off
// (1, 2, 4 … minutes, at most an hour).
Result<void> markFailed(Store& store, qint64 id, const QString& destination, const QString& error,
                        const QDateTime& now);
// "Send now" and a destination that has become reachable: every waiting bundle may be tried at once.
Result<void> retryNow(Store& store);

SyncStatus status(Store& store, const QDateTime& now);

// The back-off before attempt number `attempts + 1`, in seconds.
qint64 backoffSeconds(int attempts);

} // namespace Outbox

} // namespace tutordesk
