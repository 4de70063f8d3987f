#pragma once

#include "common/Result.h"

#include <QDate>
#include <QString>

#include <cstdint>
#include <vector>

namespace tutordesk {

class Store;

struct ProtocolRefresh {
    int created = 0;
    int withdrawn = 0; // open actions whose absence was changed to excused or present
    int closed = 0;    // cover actions done because the session is now covered or cancelled
};

// Turns attendance into due actions (protocol_actions). For each seat (active or paused, this year), the
// triggers of its history become actions, once each (an action is never created twice for the same rule and
// session, whatever became of it); open actions whose trigger no longer holds are withdrawn with a note
// saying what changed. Triggers on sessions before settings "protocol.since" (when set: a school that adopts
// TutorDesk mid-year with attendance already entered) are history and create nothing. Due dates count school
// days (SchoolCalendar).
// Tutor absences: every session that still needs cover gets a cover_tutor_absence action, done by itself
// once the session is covered or cancelled, withdrawn when the absence is taken back.
class ProtocolEngine final {
public:
    // The whole school, in its own transaction.
    static Result<ProtocolRefresh> refresh(Store& store, const QDate& today);
    // Only these students' seats; runs inside the caller's transaction (Attendance::record).
    static ProtocolRefresh refreshStudents(Store& store, const std::vector<std::int64_t>& studentIds,
                                           const QDate& today);
    // Only the cover actions; inside the caller's transaction (after a cover decision).
    static ProtocolRefresh refreshCover(Store& store, const QDate& today);
};

} // namespace tutordesk
