// tutordesk-cli report equity
#include "cli/CliContext.h"

namespace tutordesk {

int runReportEquity(CliContext& context)
{
    return context.refuse(QStringLiteral("not built yet"));
}

} // namespace tutordesk
