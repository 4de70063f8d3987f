#include "cli/CliContext.h"

namespace tutordesk {

// Placeholders until the delivery part lands.
int runExport(CliContext& context)
{
    return context.refuse(QStringLiteral("not built yet"));
}

int runSync(CliContext& context)
{
    return context.refuse(QStringLiteral("not built yet"));
}

} // namespace tutordesk
