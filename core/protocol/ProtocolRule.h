#pragma once

#include <QString>

#include <optional>

namespace tutordesk {

// The missed-session protocol's rules (DESIGN.md section 3), as protocol_actions.rule stores them.
enum class ProtocolRule { NotifyFamily, ScheduleMakeup, Escalate, PauseOfferSeat, CoverTutorAbsence };

class ProtocolRules;

class ProtocolRuleNames final {
public:
    // "notify_family", "schedule_makeup", "escalate", "pause_offer_seat", "cover_tutor_absence".
    static QString code(ProtocolRule rule);
    static std::optional<ProtocolRule> fromCode(const QString& code);
    // "Notify the family", "Schedule a make-up", … in the user's language.
    static QString title(ProtocolRule rule);
};

} // namespace tutordesk
