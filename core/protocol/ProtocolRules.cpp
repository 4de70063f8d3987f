#include "protocol/ProtocolRules.h"

namespace tutordesk {

// Stub: to be written.

} // namespace tutordesk
