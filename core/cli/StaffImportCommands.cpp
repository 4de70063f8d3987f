#include "cli/CliContext.h"

namespace tutordesk {

int runImportCalendar(CliContext& context)
{
    return context.refuse(QStringLiteral("not built yet"));
}

int runImportTutors(CliContext& context)
{
    return context.refuse(QStringLiteral("not built yet"));
}

} // namespace tutordesk
