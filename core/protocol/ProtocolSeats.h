#pragma once

#include "protocol/ProtocolEngine.h"

#include <QDate>

#include <cstdint>
#include <optional>
#include <vector>

namespace tutordesk {

class SchoolCalendar;
class Store;
struct ProtocolThresholds;

// The engine's student half: every seat's attendance history (one read for the whole school), the triggers
// it fires, the actions they create once, and the open actions withdrawn when their absence no longer calls
// for them. All seats, or the seats of `studentIds`. Runs inside the caller's transaction.
class ProtocolSeats final {
public:
    static ProtocolRefresh refresh(Store& store, const std::optional<std::vector<std::int64_t>>& studentIds,
                                   const QDate& today, const SchoolCalendar& calendar,
                                   const ProtocolThresholds& thresholds);
};

} // namespace tutordesk
