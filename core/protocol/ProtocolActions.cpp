#include "protocol/ProtocolActions.h"

namespace tutordesk {

// Stub: to be written.

} // namespace tutordesk
