#include "exchange/OutboxSender.h"

#include "exchange/Outbox.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

namespace tutordesk {

struct OutboxSender::Private {
    Store& store;
    std::function<QDateTime()> clock;
    std::unique_ptr<Transport> transport;
    QString destination;
    QList<OutboxEntry> queue; // still to send in this round, in sequence order
    SendReport report;
    bool running = false;
};

OutboxSender::OutboxSender(Store& store, std::function<QDateTime()> clock, QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Private>(Private{store, std::move(clock), {}, {}, {}, {}, false}))
{}

OutboxSender::~OutboxSender() = default;

bool OutboxSender::isRunning() const
{
    return d->running;
}

void OutboxSender::start(const TransportSetup& setup, bool dueOnly)
{
    if (d->running)
        return;
    d->running = true;
    d->report = {};
    d->destination = setup.destination.trimmed();

    // Every way a round ends reports through finished(), after start() has returned, once.
    const auto endSoon = [this](const QString& error) {
        d->report.error = error;
        QTimer::singleShot(0, this, [this] {
            d->report.stillWaiting = static_cast<int>(d->queue.size());
            d->queue.clear();
            d->running = false;
            Q_EMIT finished(d->report);
        });
    };

    try {
        d->queue = Outbox::waiting(d->store);
    } catch (const StoreError& e) {
        d->queue.clear();
        endSoon(tr("The outbox could not be read (%1).").arg(e.message()));
        return;
    }
    if (d->queue.isEmpty()) {
        endSoon({});
        return;
    }
    // Deltas are applied in order: when the oldest bundle must still wait, every later one waits with it.
    const OutboxEntry& first = d->queue.constFirst();
    if (dueOnly && first.nextAttemptAt && *first.nextAttemptAt > d->clock()) {
        endSoon({});
        return;
    }

    QString problem;
    d->transport = makeTransport(setup, &problem);
    if (!d->transport) {
        endSoon(problem);
        return;
    }
    connect(d->transport.get(), &Transport::finished, this, [this](const SendOutcome& outcome) {
        const OutboxEntry sent = d->queue.takeFirst();
        const QDateTime now = d->clock();
        if (outcome.delivered) {
            if (auto marked = Outbox::markDelivered(d->store, sent.id, d->destination, now); !marked) {
                // Delivered, but not recorded: it stays waiting and is sent again (harmless, same name).
                d->queue.prepend(sent);
                d->report.error = marked.error().message;
                sendNext();
                return;
            }
            ++d->report.delivered;
            Q_EMIT bundleSent(sent.bundleName);
        } else {
            d->queue.prepend(sent);
            d->report.error = outcome.error;
            if (auto marked = Outbox::markFailed(d->store, sent.id, d->destination, outcome.error, now);
                !marked)
                d->report.error += QLatin1Char(' ') + marked.error().message;
        }
        sendNext();
    });
    QTimer::singleShot(0, this, [this] { sendNext(); });
}

void OutboxSender::sendNext()
{
    // A failure (an error set) ends the round; so does an empty queue.
    if (d->queue.isEmpty() || !d->report.error.isEmpty()) {
        d->report.stillWaiting = static_cast<int>(d->queue.size());
        d->queue.clear();
        d->running = false;
        // Not deleted here: this may run inside the transport's own finished().
        if (d->transport)
            d->transport.release()->deleteLater();
        Q_EMIT finished(d->report);
        return;
    }
    const OutboxEntry& next = d->queue.constFirst();
    QByteArray content;
    try {
        content = Outbox::content(d->store, next.id);
    } catch (const StoreError& e) {
        d->report.error =
            tr("The bundle %1 could not be read from the outbox (%2).").arg(next.bundleName, e.message());
        sendNext();
        return;
    }
    if (content.isEmpty()) {
        d->report.error =
            tr("The bundle %1 has no content left in the outbox. Make a new bulk export for the district.")
                .arg(next.bundleName);
        sendNext();
        return;
    }
    d->transport->send(next.bundleName, content, next.sha256);
}

SendReport sendWaitingNow(Store& store, const TransportSetup& setup, const std::function<QDateTime()>& clock)
{
    OutboxSender sender(store, clock);
    SendReport report;
    bool done = false;
    QEventLoop loop;
    QObject::connect(&sender, &OutboxSender::finished, &loop, [&](const SendReport& result) {
        report = result;
        done = true;
        loop.quit();
    });
    sender.start(setup, false);
    if (!done)
        loop.exec();
    return report;
}

} // namespace tutordesk
