#include "protocol/ProtocolRule.h"

#include <QCoreApplication>

#include <array>

namespace tutordesk {

namespace {

struct RuleName {
    ProtocolRule rule;
    const char* code;
    const char* title;
};

constexpr std::array<RuleName, 5> names = {{
    {ProtocolRule::NotifyFamily, "notify_family",
     QT_TRANSLATE_NOOP("tutordesk::ProtocolRuleNames", "Notify the family")},
    {ProtocolRule::ScheduleMakeup, "schedule_makeup",
     QT_TRANSLATE_NOOP("tutordesk::ProtocolRuleNames", "Schedule a make-up")},
    {ProtocolRule::Escalate, "escalate",
     QT_TRANSLATE_NOOP("tutordesk::ProtocolRuleNames", "Escalate to the teacher or counselor")},
    {ProtocolRule::PauseOfferSeat, "pause_offer_seat",
     QT_TRANSLATE_NOOP("tutordesk::ProtocolRuleNames", "Pause the seat and offer it")},
    {ProtocolRule::CoverTutorAbsence, "cover_tutor_absence",
     QT_TRANSLATE_NOOP("tutordesk::ProtocolRuleNames", "Cover a tutor's absence")},
}};

const RuleName& nameOf(ProtocolRule rule)
{
    for (const RuleName& n : names) {
        if (n.rule == rule)
            return n;
    }
    return names.front();
}

} // namespace

QString ProtocolRuleNames::code(ProtocolRule rule)
{
    return QLatin1String(nameOf(rule).code);
}

std::optional<ProtocolRule> ProtocolRuleNames::fromCode(const QString& code)
{
    const QString wanted = code.trimmed();
    for (const RuleName& n : names) {
        if (wanted == QLatin1String(n.code))
            return n.rule;
    }
    return std::nullopt;
}

QString ProtocolRuleNames::title(ProtocolRule rule)
{
    return QCoreApplication::translate("tutordesk::ProtocolRuleNames", nameOf(rule).title);
}

} // namespace tutordesk
