#include "attendance/TodayOverview.h"

namespace tutordesk {

// Stub: to be written.

} // namespace tutordesk
