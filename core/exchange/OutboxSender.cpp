#include "exchange/OutboxSender.h"

namespace tutordesk {

// Placeholder until the delivery part lands.
struct OutboxSender::Private {
    Store& store;
    std::function<QDateTime()> clock;
};

OutboxSender::OutboxSender(Store& store, std::function<QDateTime()> clock, QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Private>(Private{store, std::move(clock)}))
{}

OutboxSender::~OutboxSender() = default;

void OutboxSender::start(const TransportSetup&, bool)
{
    Q_EMIT finished(SendReport{});
}
bool OutboxSender::isRunning() const
{
    return false;
}
void OutboxSender::sendNext() {}

SendReport sendWaitingNow(Store&, const TransportSetup&, const std::function<QDateTime()>&)
{
    return {};
}

} // namespace tutordesk
