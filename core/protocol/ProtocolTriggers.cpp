#include "protocol/ProtocolTriggers.h"

namespace tutordesk {

// Stub: to be written.

} // namespace tutordesk
