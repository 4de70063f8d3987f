#pragma once

#include "exchange/Transport.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace tutordesk {

class Store;

// What one round of sending did.
struct SendReport {
    int delivered = 0;
    int stillWaiting = 0;
    QString error; // the failure that stopped the round, in plain words; empty when none
};

// Sends the outbox's waiting bundles in sequence order through one transport, stopping at the first that
// fails (a district applies deltas in order, so a later one must not overtake it). Each outcome is written
// to the outbox as it comes (Outbox::markDelivered / markFailed). The GUI runs it on its own thread's
// store; the CLI through sendWaitingNow().
class OutboxSender final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutboxSender)

public:
    // `clock` gives "now" (UTC) for the outbox's records: tests pin it.
    OutboxSender(Store& store, std::function<QDateTime()> clock, QObject* parent = nullptr);
    ~OutboxSender() override;

    // Starts a round over `setup.destination`; ignored while one is running. `dueOnly`: only bundles whose
    // next attempt time has come (timers); otherwise every waiting bundle ("Send now").
    void start(const TransportSetup& setup, bool dueOnly);
    bool isRunning() const;

Q_SIGNALS:
    void bundleSent(const QString& bundleName);
    void finished(const tutordesk::SendReport& report);

private:
    void sendNext();
    struct Private;
    std::unique_ptr<Private> d;
};

// The CLI's way: one round over every waiting bundle, blocking in a local event loop until it ends.
SendReport sendWaitingNow(Store& store, const TransportSetup& setup, const std::function<QDateTime()>& clock);

} // namespace tutordesk

Q_DECLARE_METATYPE(tutordesk::SendReport)
