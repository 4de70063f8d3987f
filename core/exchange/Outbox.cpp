#include "exchange/Outbox.h"

#include "store/Store.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::Outbox)
};

constexpr const char* entryColumns =
    "SELECT id, bundle_name, mode, sequence, since, created_at, sha256, size_bytes, row_counts, attempts, "
    "last_attempt_at, last_error, next_attempt_at, acknowledged_at, destination FROM outbox ";

std::optional<QDateTime> optionalTime(const std::optional<QString>& text)
{
    if (!text)
        return std::nullopt;
    return utcTimeFromText(*text);
}

QMap<QString, int> rowCountsFromJson(const QString& json)
{
    QMap<QString, int> counts;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        counts.insert(it.key(), it.value().toInt());
    return counts;
}

OutboxEntry readEntry(const Statement& st)
{
    OutboxEntry entry;
    entry.id = st.integer(0);
    entry.bundleName = st.text(1);
    entry.mode = bundleModeFromCode(st.text(2)).value_or(BundleMode::Delta);
    entry.sequence = st.integer(3);
    entry.since = optionalTime(st.optionalText(4));
    entry.createdAt = utcTimeFromText(st.text(5)).value_or(QDateTime());
    entry.sha256 = st.text(6);
    entry.sizeBytes = st.integer(7);
    entry.rowCounts = rowCountsFromJson(st.text(8));
    entry.attempts = static_cast<int>(st.integer(9));
    entry.lastAttemptAt = optionalTime(st.optionalText(10));
    entry.lastError = st.text(11);
    entry.nextAttemptAt = optionalTime(st.optionalText(12));
    entry.acknowledgedAt = optionalTime(st.optionalText(13));
    entry.destination = st.text(14);
    return entry;
}

QList<OutboxEntry> readEntries(Statement& st)
{
    QList<OutboxEntry> entries;
    while (st.step())
        entries << readEntry(st);
    return entries;
}

} // namespace

int OutboxEntry::totalRows() const
{
    int total = 0;
    for (const int rows : rowCounts)
        total += rows;
    return total;
}

namespace Outbox {

QList<OutboxEntry> waiting(Store& store)
{
    Statement st =
        store.db().prepare(std::string(entryColumns) + "WHERE acknowledged_at IS NULL ORDER BY sequence");
    return readEntries(st);
}

QList<OutboxEntry> recent(Store& store, int limit)
{
    Statement st = store.db().prepare(std::string(entryColumns) + "ORDER BY sequence DESC LIMIT ?");
    st.bindAll(std::max(limit, 0));
    return readEntries(st);
}

std::optional<OutboxEntry> entry(Store& store, qint64 id)
{
    Statement st = store.db().prepare(std::string(entryColumns) + "WHERE id = ?");
    st.bindAll(static_cast<std::int64_t>(id));
    if (!st.step())
        return std::nullopt;
    return readEntry(st);
}

std::optional<OutboxEntry> entryNamed(Store& store, const QString& bundleName)
{
    Statement st = store.db().prepare(std::string(entryColumns) + "WHERE bundle_name = ?");
    st.bindAll(bundleName);
    if (!st.step())
        return std::nullopt;
    return readEntry(st);
}

QByteArray content(Store& store, qint64 id)
{
    Statement st = store.db().prepare("SELECT content FROM outbox WHERE id = ?");
    st.bindAll(static_cast<std::int64_t>(id));
    return st.step() ? st.blob(0) : QByteArray();
}

Result<void> markDelivered(Store& store, qint64 id, const QString& destination, const QDateTime& now)
{
    try {
        Database& db = store.db();
        // One statement: acknowledged and the bytes let go together, so a bundle is never both delivered
        // and still holding its zip, nor empty and waiting.
        db.run("UPDATE outbox SET acknowledged_at = ?, destination = ?, last_error = '', "
               "next_attempt_at = NULL, content = X'' WHERE id = ? AND acknowledged_at IS NULL",
               utcText(now), destination, static_cast<std::int64_t>(id));
        if (db.changes() == 0 && !entry(store, id))
            return Error{
                Tr::tr("The bundle could not be marked as delivered: it is no longer in the outbox.")};
        return {};
    } catch (const StoreError& e) {
        return Error{
            Tr::tr("The bundle was delivered but the outbox could not record it (%1). It will be sent "
                   "again next time, which is harmless.")
                .arg(e.message())};
    }
}

Result<void> markFailed(Store& store, qint64 id, const QString& destination, const QString& error,
                        const QDateTime& now)
{
    try {
        Database& db = store.db();
        Transaction tx(db);
        Statement st = db.prepare("SELECT attempts FROM outbox WHERE id = ? AND acknowledged_at IS NULL");
        st.bindAll(static_cast<std::int64_t>(id));
        if (!st.step())
            return Error{
                Tr::tr("The failed attempt could not be recorded: the bundle is no longer waiting in "
                       "the outbox.")};
        const int attempts = static_cast<int>(st.integer(0)) + 1;
        st.reset();
        db.run("UPDATE outbox SET attempts = ?, last_attempt_at = ?, last_error = ?, destination = ?, "
               "next_attempt_at = ? WHERE id = ?",
               attempts, utcText(now), error, destination, utcText(now.addSecs(backoffSeconds(attempts))),
               static_cast<std::int64_t>(id));
        tx.commit();
        return {};
    } catch (const StoreError& e) {
        return Error{
            Tr::tr("The failed attempt could not be recorded in the outbox (%1). The bundle is still "
                   "waiting.")
                .arg(e.message())};
    }
}

Result<void> retryNow(Store& store)
{
    try {
        store.db().run("UPDATE outbox SET next_attempt_at = NULL WHERE acknowledged_at IS NULL");
        return {};
    } catch (const StoreError& e) {
        return Error{
            Tr::tr("The waiting bundles could not be set to go now (%1). Try again.").arg(e.message())};
    }
}

SyncStatus status(Store& store, const QDateTime& now)
{
    SyncStatus status;
    Database& db = store.db();
    status.waiting =
        static_cast<int>(db.queryInteger("SELECT count(*) FROM outbox WHERE acknowledged_at IS NULL"));
    Statement last =
        db.prepare("SELECT acknowledged_at, destination FROM outbox WHERE acknowledged_at IS NOT NULL"
                   " ORDER BY acknowledged_at DESC, sequence DESC LIMIT 1");
    if (last.step()) {
        status.lastSuccessAt = utcTimeFromText(last.text(0));
        status.lastDeliveredTo = last.text(1);
    }

    // The oldest waiting bundle holds up every later one: its story is the outbox's.
    Statement st =
        db.prepare(std::string(entryColumns) + "WHERE acknowledged_at IS NULL ORDER BY sequence LIMIT 1");
    if (st.step()) {
        const OutboxEntry oldest = readEntry(st);
        status.oldestWaitingSince = oldest.createdAt;
        if (!oldest.lastError.isEmpty()) {
            status.lastError = oldest.lastError;
            status.lastErrorAt = oldest.lastAttemptAt;
        }
        // Only a time still to come: a time passed means "due now".
        if (oldest.nextAttemptAt && *oldest.nextAttemptAt > now)
            status.nextAttemptAt = oldest.nextAttemptAt;
    }
    return status;
}

qint64 backoffSeconds(int attempts)
{
    if (attempts <= 0)
        return 0;
    // 1, 2, 4 … minutes: a district server that is down for maintenance is not hammered, and one that is
    // back is tried again within the hour.
    constexpr qint64 cap = 3600;
    qint64 seconds = 60;
    for (int n = 1; n < attempts && seconds < cap; ++n)
        seconds *= 2;
    return std::min(seconds, cap);
}

} // namespace Outbox

} // namespace tutordesk
