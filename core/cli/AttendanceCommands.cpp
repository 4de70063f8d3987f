// tutordesk-cli attendance: one student's attendance at one session.
#include "cli/CliContext.h"

namespace tutordesk {

int runAttendance(CliContext& context)
{
    return context.refuse(QStringLiteral("not yet"));
}

} // namespace tutordesk
