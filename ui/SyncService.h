#pragma once

#include "exchange/Bundle.h"
#include "exchange/Outbox.h"
#include "exchange/OutboxSender.h"

#include <QDate>
#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

class QTimer;

namespace tutordesk {

class Session;
class Store;

// Keeps the district's data flowing while TutorDesk is open: makes the daily delta when its hour has come,
// sends waiting bundles when their back-off is over or the network comes back, and does both at once when
// asked ("Export Now", "Send Now"). A bundle is made on a worker thread with its own connection, so the
// window stays usable through a long export; sending is asynchronous on this thread.
class SyncService final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncService)

public:
    explicit SyncService(Session& session, QObject* parent = nullptr);
    ~SyncService() override;

    // Makes the next bundle (a delta of what changed, or every row) and then sends the outbox. A delta with
    // nothing in it is not made. Ignored while an export runs.
    void exportNow(BundleMode mode);
    // Cancels a running export: nothing is written.
    void cancelExport();
    // Sends every waiting bundle now, back-off or not.
    void sendNow();
    // Writes every waiting bundle into `folder` (a USB stick carried from an offline campus), in order; each
    // counts as delivered once it is whole there, as with `tutordesk-cli export --out`.
    void sendToFolder(const QString& folder);
    // What the timer does each minute: the daily export when due, then any bundle whose retry time came.
    void tick();

    bool isExporting() const { return m_exportThread != nullptr; }
    bool isSending() const;
    int exportPercent() const { return m_percent; }
    SyncStatus status() const;
    // The last thing a coordinator's action led to, in plain words ("Nothing has changed since the last
    // bundle", "The bundle could not be made: …"); empty when there is nothing to say.
    const QString& lastMessage() const { return m_lastMessage; }
    bool lastMessageIsProblem() const { return m_lastMessageIsProblem; }

    // "Now" in UTC, by the clock tests may pin.
    QDateTime now() const;
    // Tests pin the clock (UTC) and turn the minute timer off.
    void setClock(std::function<QDateTime()> clock);
    void setTimerEnabled(bool enabled);

Q_SIGNALS:
    // The outbox or the activity changed: a bundle made, delivered or failed, an export or a round began or
    // ended, the message changed. Pages showing the outbox read it again.
    void changed();
    void exportProgress(int percent);
    // A bundle was made and is in the outbox (the worker's connection wrote it).
    void bundleMade(const QString& bundleName);

private:
    void storeChanged(Store* store);
    void startExport(BundleMode mode, bool scheduled);
    void startSending(bool dueOnly, const QString& destinationOverride = {});
    void exportFinished();
    void setMessage(const QString& text, bool problem);

    Session& m_session;
    std::function<QDateTime()> m_clock;
    QTimer* m_timer = nullptr;
    std::unique_ptr<OutboxSender> m_sender;
    QPointer<QThread> m_exportThread;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    struct ExportOutcome;
    std::shared_ptr<ExportOutcome> m_outcome;
    int m_percent = 0;
    QDate m_dailyCheckedOn;
    QString m_lastMessage;
    bool m_lastMessageIsProblem = false;
};

} // namespace tutordesk
