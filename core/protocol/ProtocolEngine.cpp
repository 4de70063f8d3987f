#include "protocol/ProtocolEngine.h"

namespace tutordesk {

// Stub: to be written.

} // namespace tutordesk
