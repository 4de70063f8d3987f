#pragma once

#include "attendance/AttendanceStatus.h"
#include "protocol/ProtocolRule.h"
#include "protocol/ProtocolRules.h"

#include <QDate>

#include <cstdint>
#include <optional>
#include <vector>

namespace tutordesk {

// One attendance record of a seat, in the order the sessions happened.
struct AttendancePoint {
    std::int64_t sessionId = 0;
    QDate day;
    AttendanceStatus status = AttendanceStatus::Present;
};

// A rule that fired: at which session, and why.
struct ProtocolTrigger {
    ProtocolRule rule = ProtocolRule::NotifyFamily;
    std::int64_t sessionId = 0; // the absence that made the rule fire
    QDate day;
    int absencesInRow = 0;
    std::optional<double> attendanceRate; // when the rate over the window made it fire
    bool operator==(const ProtocolTrigger&) const = default;
};

// The pure part of the protocol: given a seat's attendance history (held sessions only, in order), every
// moment a rule fired. Each rule fires once per run of absences, at the absence where the run first meets
// it; the rate rule fires at an absence that leaves the window's rate under the threshold, unless an
// escalation already fired within the window.
class ProtocolTriggers final {
public:
    static std::vector<ProtocolTrigger> evaluate(const std::vector<AttendancePoint>& history,
                                                 const ProtocolThresholds& thresholds);
};

} // namespace tutordesk
