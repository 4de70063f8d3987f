#include "exchange/Transport.h"

#include "exchange/ExchangeSettings.h"
#include "exchange/FolderTransport.h"
#include "exchange/HttpTransport.h"

#include <QCoreApplication>
#include <QDir>

namespace tutordesk {

std::unique_ptr<Transport> makeTransport(const TransportSetup& setup, QString* problem)
{
    const DestinationCheck check = checkDestination(setup.destination);
    switch (check.kind) {
    case DestinationCheck::Kind::Folder:
        return std::make_unique<FolderTransport>(QDir::cleanPath(setup.destination.trimmed()));
    case DestinationCheck::Kind::Https:
        return std::make_unique<HttpTransport>(setup);
    case DestinationCheck::Kind::Invalid:
        if (problem)
            *problem = check.problem;
        return nullptr;
    case DestinationCheck::Kind::None:
        break;
    }
    if (problem)
        *problem = QCoreApplication::translate(
            "tutordesk::Transport",
            "No district destination is set: choose one in Settings \u25b8 District sync.");
    return nullptr;
}

} // namespace tutordesk
