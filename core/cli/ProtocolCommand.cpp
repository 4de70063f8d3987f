// tutordesk-cli protocol: bring the missed-session protocol up to date and list the due actions.
#include "cli/CliContext.h"

namespace tutordesk {

int runProtocol(CliContext& context)
{
    return context.refuse(QStringLiteral("not yet"));
}

} // namespace tutordesk
