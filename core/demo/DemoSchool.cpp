#include "demo/DemoSchool.h"

namespace tutordesk {

// PLACEHOLDER until the generator lands (being written now).
Result<DemoSummary> generateDemoSchool(Store&, const DemoOptions&, const DemoProgress&) {
    return Error{QStringLiteral("not yet")};
}

} // namespace tutordesk
