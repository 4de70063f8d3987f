#include "families/ContactLog.h"

namespace tutordesk {

// Stub: to be written.

} // namespace tutordesk
