#include "attendance/Dosage.h"

namespace tutordesk {

// Stub: to be written.

} // namespace tutordesk
