#include "protocol/ProtocolRule.h"

namespace tutordesk {

// Stub: to be written.

} // namespace tutordesk
