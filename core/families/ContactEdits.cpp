#include "families/ContactLog.h"

namespace tutordesk {

Result<void> ContactLog::update(Store&, const ContactEntry&, const QString&)
{
    return Error{QStringLiteral("not implemented yet")};
}
Result<void> ContactLog::remove(Store&, std::int64_t, const QString&)
{
    return Error{QStringLiteral("not implemented yet")};
}
std::optional<ContactEntry> ContactLog::find(Store&, std::int64_t)
{
    return std::nullopt;
}
QString ContactLog::purposeTitle(const QString& code)
{
    return code;
}
QStringList ContactLog::purposeCodes()
{
    return {};
}

} // namespace tutordesk
