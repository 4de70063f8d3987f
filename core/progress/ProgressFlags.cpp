#include "progress/ProgressFlags.h"

#include "store/Statement.h"
#include "store/Store.h"

#include <QCoreApplication>

namespace tutordesk {

const char* ProgressFlags::sqlExpression()
{
    return "(CASE WHEN sf.status NOT IN ('invited', 'consented', 'active') THEN 0"
           " WHEN sf.sessions_attended + sf.sessions_absent >= :flag_min_held"
           "  AND sf.sessions_attended < :flag_not_attending_rate * (sf.sessions_attended + "
           "sf.sessions_absent)"
           "  THEN 2"
           " WHEN sf.sessions_attended >= :flag_min_attended"
           "  AND sf.sessions_attended >= :flag_well_attended_rate * (sf.sessions_attended + "
           "sf.sessions_absent)"
           "  AND pg.growth IS NOT NULL AND pg.growth < :flag_min_growth AND NOT pg.mastered"
           "  THEN 1 ELSE 0 END)";
}

void ProgressFlags::bind(Statement& statement, const ProgressFlagRules& rules)
{
    statement.bindNamed(":flag_min_held", rules.minSessionsHeld);
    statement.bindNamed(":flag_not_attending_rate", rules.notAttendingRate);
    statement.bindNamed(":flag_min_attended", rules.minSessionsAttended);
    statement.bindNamed(":flag_well_attended_rate", rules.wellAttendedRate);
    statement.bindNamed(":flag_min_growth", rules.minGrowth);
}

// Placeholders until the 30-second view's work lands (helper B owns the rest of this file).
ProgressFlagRules ProgressFlags::load(Store&)
{
    return defaults();
}

std::optional<QString> ProgressFlags::validate(const ProgressFlagRules&)
{
    return std::nullopt;
}

Result<void> ProgressFlags::save(Store&, const ProgressFlagRules&)
{
    return Error{QStringLiteral("not yet")};
}

QJsonObject ProgressFlags::toJson(const ProgressFlagRules&)
{
    return {};
}

ProgressFlagRules ProgressFlags::fromJson(const QJsonObject&)
{
    return defaults();
}

QString ProgressFlags::title(ProgressFlag)
{
    return {};
}

QString ProgressFlags::explanation(ProgressFlag, const ProgressFlagRules&)
{
    return {};
}

} // namespace tutordesk
