#include "cli/CliContext.h"

namespace tutordesk {

int runSchedule(CliContext& context)
{
    return context.refuse(QStringLiteral("not built yet"));
}

} // namespace tutordesk
