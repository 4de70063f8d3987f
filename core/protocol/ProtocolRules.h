#pragma once

#include "common/Result.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace tutordesk {

class Store;

// The protocol's thresholds, editable in Settings (settings "protocol.rules", JSON). Absences are
// counted over held sessions only, in order (regular and make-up sessions of the seat's group);
// cancelled sessions never count and attending any session, a make-up included, ends a run.
// Excused and unexcused absences both count in a run.
struct ProtocolThresholds {
    // Notify the family the same day (notifyDueDays school days after the absence).
    int notifyAfter = 1;          // absences in a row
    bool notifyOnExcused = false; // an excused absence: the family already told the school
    int notifyDueDays = 0;
    // Schedule a make-up within makeupDueDays school days and log a family contact.
    int makeupAfter = 2;           // absences in a row
    bool makeupOnUnexcused = true; // or any unexcused absence
    int makeupDueDays = 5;
    // Escalate: meeting with teacher or counselor, letter home, consider another delivery model.
    int escalateAfter = 3;         // absences in a row
    int escalateBelowPercent = 70; // or attendance under this over the window
    int escalateWindowWeeks = 4;
    int escalateMinSessions = 4; // the rate is not judged on fewer held sessions
    int escalateDueDays = 3;
    // Pause the enrollment and offer the seat to the top of the waitlist.
    int pauseAfter = 5; // absences in a row
    int pauseDueDays = 1;
    // A tutor out: cover or cancel their sessions (due coverDueDays school days before the session).
    int coverDueDays = 0;

    bool operator==(const ProtocolThresholds&) const = default;
};

class ProtocolRules final {
public:
    static ProtocolThresholds defaults() { return {}; }
    static ProtocolThresholds load(Store& store);
    // The first problem, in words a coordinator can act on ("Escalate after must be more than 0.").
    static std::optional<QString> validate(const ProtocolThresholds& thresholds);
    static Result<void> save(Store& store, const ProtocolThresholds& thresholds);
    static QJsonObject toJson(const ProtocolThresholds& thresholds);
    static ProtocolThresholds fromJson(const QJsonObject& json); // missing keys keep their defaults
};

} // namespace tutordesk
