#include "families/Guardians.h"

namespace tutordesk {

QString GuardianRecord::displayName() const
{
    return (firstName + QLatin1Char(' ') + lastName).trimmed();
}
std::vector<GuardianRecord> Guardians::forStudent(Store&, std::int64_t)
{
    return {};
}
std::optional<GuardianRecord> Guardians::find(Store&, std::int64_t, std::int64_t)
{
    return std::nullopt;
}
Result<std::int64_t> Guardians::save(Store&, std::int64_t, const GuardianRecord&)
{
    return Error{QStringLiteral("not implemented yet")};
}
Result<void> Guardians::link(Store&, std::int64_t, std::int64_t, const QString&)
{
    return Error{QStringLiteral("not implemented yet")};
}
Result<void> Guardians::unlink(Store&, std::int64_t, std::int64_t)
{
    return Error{QStringLiteral("not implemented yet")};
}
Result<void> Guardians::setPrimary(Store&, std::int64_t, std::int64_t)
{
    return Error{QStringLiteral("not implemented yet")};
}
std::vector<GuardianRecord> Guardians::candidates(Store&, std::int64_t, const QString&, int)
{
    return {};
}
QStringList Guardians::relationshipCodes()
{
    return {};
}
QString Guardians::relationshipTitle(const QString& code)
{
    return code;
}
QStringList Guardians::methodCodes()
{
    return {};
}
QString Guardians::methodTitle(const QString& code)
{
    return code;
}

} // namespace tutordesk
