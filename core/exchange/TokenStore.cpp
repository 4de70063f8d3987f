#include "exchange/TokenStore.h"

namespace tutordesk::TokenStore {

// Placeholders until the delivery part lands.
QString read(const QString&)
{
    return qEnvironmentVariable("TUTORDESK_TOKEN");
}
Result<void> write(const QString&, const QString&)
{
    return Error{QStringLiteral("not built yet")};
}
bool hasSaved(const QString&)
{
    return false;
}

} // namespace tutordesk::TokenStore
