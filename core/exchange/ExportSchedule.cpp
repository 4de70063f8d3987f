#include "exchange/ExportSchedule.h"

namespace tutordesk {

// Placeholder until the delivery part lands.
bool dailyExportDue(Store&, const QDateTime&)
{
    return false;
}

} // namespace tutordesk
