#pragma once

#include "protocol/ProtocolEngine.h"

#include <QDate>

namespace tutordesk {

class SchoolCalendar;
class Store;
struct ProtocolThresholds;

// The engine's tutor-absence half: a cover_tutor_absence action for every session that still needs cover,
// closed by itself once the session is covered or cancelled, withdrawn when the tutor is no longer out.
// Runs inside the caller's transaction.
class ProtocolCover final {
public:
    static ProtocolRefresh refresh(Store& store, const QDate& today, const SchoolCalendar& calendar,
                                   const ProtocolThresholds& thresholds);
};

} // namespace tutordesk
