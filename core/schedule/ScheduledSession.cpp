#include "schedule/ScheduledSession.h"

namespace tutordesk {

QString ScheduledSession::statusCode() const
{
    if (isCancelled())
        return QStringLiteral("cancelled");
    if (isMakeup())
        return QStringLiteral("makeup");
    return status;
}

} // namespace tutordesk
