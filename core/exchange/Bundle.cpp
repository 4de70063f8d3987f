#include "exchange/Bundle.h"

namespace tutordesk {

QString bundleModeCode(BundleMode mode)
{
    return mode == BundleMode::Bulk ? QStringLiteral("bulk") : QStringLiteral("delta");
}

std::optional<BundleMode> bundleModeFromCode(const QString& code)
{
    if (code == QLatin1String("bulk"))
        return BundleMode::Bulk;
    if (code == QLatin1String("delta"))
        return BundleMode::Delta;
    return std::nullopt;
}

} // namespace tutordesk
