#include "attendance/Attendance.h"

namespace tutordesk {

// Stub: to be written.

} // namespace tutordesk
