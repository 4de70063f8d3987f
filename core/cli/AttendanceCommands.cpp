// tutordesk-cli attendance and protocol.
#include "cli/CliContext.h"

namespace tutordesk {

int runAttendance(CliContext& context)
{
    return context.refuse(QStringLiteral("not yet"));
}

int runProtocol(CliContext& context)
{
    return context.refuse(QStringLiteral("not yet"));
}

} // namespace tutordesk
