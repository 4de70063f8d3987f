#include "exchange/BundleExport.h"

namespace tutordesk {

// Placeholder until the bundles part lands.
Result<std::optional<Bundle>> exportBundle(Store&, const ExportRequest&)
{
    return Error{QStringLiteral("not built yet")};
}

} // namespace tutordesk
