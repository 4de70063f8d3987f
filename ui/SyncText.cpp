#include "SyncText.h"

#include "exchange/ExchangeSettings.h"

#include <QDir>
#include <QLocale>
#include <QUrl>

namespace tutordesk {

QString SyncText::when(const QDateTime& utc, const QDateTime& nowUtc)
{
    const QLocale locale;
    const QDateTime local = utc.toLocalTime();
    const QDate today = nowUtc.toLocalTime().date();
    const QString time = locale.toString(local.time(), QLocale::ShortFormat);
    if (local.date() == today)
        return tr("today at %1").arg(time);
    if (local.date() == today.addDays(-1))
        return tr("yesterday at %1").arg(time);
    if (local.date() == today.addDays(1))
        return tr("tomorrow at %1").arg(time);
    return tr("%1 at %2").arg(locale.toString(local.date(), QLocale::ShortFormat), time);
}

QString SyncText::destination(const QString& destination)
{
    switch (checkDestination(destination).kind) {
    case DestinationCheck::Kind::None:
        return tr("nowhere yet");
    case DestinationCheck::Kind::Folder:
        return tr("the folder %1").arg(QDir::toNativeSeparators(destination));
    case DestinationCheck::Kind::Https:
        return QUrl(destination.trimmed()).toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    case DestinationCheck::Kind::Invalid:
        break;
    }
    return destination;
}

QString SyncText::headline(const SyncStatus& status, bool destinationSet)
{
    if (status.waiting == 0)
        return status.lastSuccessAt ? tr("Everything has reached the district.")
                                    : tr("Nothing has been sent to the district yet.");
    if (!destinationSet)
        return tr("%n bundle(s) waiting: no district destination is set.", nullptr, status.waiting);
    return tr("%n bundle(s) waiting to be sent.", nullptr, status.waiting);
}

QString SyncText::details(const SyncStatus& status, const QString& destinationText, const QDateTime& nowUtc)
{
    QStringList lines;
    lines << tr("Bundles go to %1.").arg(destinationText);
    if (status.waiting > 0 && status.oldestWaitingSince)
        lines << tr("Waiting since %1.").arg(when(*status.oldestWaitingSince, nowUtc));
    if (status.lastSuccessAt)
        lines << tr("Last delivered %1 to %2.")
                     .arg(when(*status.lastSuccessAt, nowUtc), destination(status.lastDeliveredTo));
    if (status.waiting > 0 && !status.lastError.isEmpty()) {
        const QString at = status.lastErrorAt ? when(*status.lastErrorAt, nowUtc) : QString();
        lines << (at.isEmpty() ? status.lastError : tr("Last try %1: %2").arg(at, status.lastError));
    }
    if (status.waiting > 0 && status.nextAttemptAt && *status.nextAttemptAt > nowUtc)
        lines << tr("TutorDesk will try again %1, or now with Send Now.")
                     .arg(when(*status.nextAttemptAt, nowUtc));
    return lines.join(QLatin1Char('\n'));
}

QString SyncText::statusLine(const SyncStatus& status, bool destinationSet, const QDateTime& nowUtc)
{
    if (status.waiting > 0) {
        if (!destinationSet)
            return tr("%n bundle(s) waiting: no district destination set", nullptr, status.waiting);
        return tr("%n bundle(s) waiting for the district", nullptr, status.waiting);
    }
    if (status.lastSuccessAt)
        return tr("Synced %1").arg(when(*status.lastSuccessAt, nowUtc));
    return tr("Not synced yet");
}

QString SyncText::state(const OutboxEntry& entry, const QDateTime& nowUtc)
{
    if (entry.acknowledgedAt)
        return tr("Delivered %1").arg(when(*entry.acknowledgedAt, nowUtc));
    if (entry.attempts == 0)
        return tr("Waiting");
    return tr("Waiting (%n attempt(s))", nullptr, entry.attempts);
}

QString SyncText::contents(const OutboxEntry& entry)
{
    return entry.mode == BundleMode::Bulk ? tr("Every row") : tr("Changes since the last bundle");
}

QString SyncText::size(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace tutordesk
