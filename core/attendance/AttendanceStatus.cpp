#include "attendance/AttendanceStatus.h"

namespace tutordesk {

// Stub: to be written.

} // namespace tutordesk
