#include "exchange/Transport.h"

namespace tutordesk {

// Placeholder until the delivery part lands.
std::unique_ptr<Transport> makeTransport(const TransportSetup&, QString* problem)
{
    if (problem)
        *problem = QStringLiteral("not built yet");
    return nullptr;
}

} // namespace tutordesk
