#pragma once

#include "exchange/Outbox.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace tutordesk {

// The words the Sync page and the status bar use for the outbox, so both say the same thing.
class SyncText final {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::SyncText)

public:
    // "today at 4:05 PM", "yesterday at 9:12 AM", "Mon, Nov 16 at 4:00 PM" in the local time zone.
    static QString when(const QDateTime& utc, const QDateTime& nowUtc);
    // "the folder /media/usb/District", "sync.lausd.net", "nowhere yet".
    static QString destination(const QString& destination);
    // The Sync page's headline: "Everything has reached the district." / "2 bundles are waiting to be sent."
    static QString headline(const SyncStatus& status, bool destinationSet);
    // The lines under it: where bundles go, since when they wait, the last success (and where it went), the
    // last error and when the next try is.
    static QString details(const SyncStatus& status, const QString& destination, const QDateTime& nowUtc);
    // The status bar's quiet line: "Synced today at 4:05 PM" / "2 bundles waiting for the district".
    static QString statusLine(const SyncStatus& status, bool destinationSet, const QDateTime& nowUtc);
    // A bundle's state in the table: "Delivered today at 4:05 PM", "Waiting (3 tries)".
    static QString state(const OutboxEntry& entry, const QDateTime& nowUtc);
    // "Every row" / "Changes since the last bundle".
    static QString contents(const OutboxEntry& entry);
    // "1.2 MB"
    static QString size(qint64 bytes);
};

} // namespace tutordesk
