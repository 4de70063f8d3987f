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

QString utcText(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

std::optional<QDateTime> utcTimeFromText(const QString& text)
{
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    return time.toUTC();
}

} // namespace tutordesk
