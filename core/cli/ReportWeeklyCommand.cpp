// tutordesk-cli report weekly
#include "cli/CliContext.h"

namespace tutordesk {

int runReportWeekly(CliContext& context)
{
    return context.refuse(QStringLiteral("not built yet"));
}

} // namespace tutordesk
