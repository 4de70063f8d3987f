#pragma once

#include "common/Result.h"
#include "schedule/GroupRecord.h"
#include "schedule/ScheduleConflicts.h"
#include "schedule/SessionChanges.h"

#include <QDate>

#include <cstdint>
#include <vector>

namespace tutordesk {

class SchoolCalendar;
class Store;

// A group's recurring pattern and the sessions it generates: one per pattern weekday that is a school
// day, between the group's start and end day (and inside the school year), shortened to
// CalendarEditor::minimumDayMinutes() on minimum days. Planned groups without a full pattern and
// ended groups have no future sessions.
//
// Regenerating from a day changes only sessions on or after it that are still 'scheduled', regular
// (not make-ups) and have no attendance: a session on a day the pattern keeps is updated in place (its
// cancellation or substitute stays), one the pattern drops is deleted (with a tombstone), new days get
// new sessions. Anything earlier, held, or with attendance is history and is never touched.
class GroupSchedule final {
public:
    // The sessions the pattern asks for on or after `from`.
    static std::vector<PlannedSession> plan(const GroupRecord& group, const SchoolCalendar& calendar,
                                            int minimumDayMinutes, const QDate& from);

    // Validates the group (name, subject, tier, cap 1–4 and not below its seats, minutes 5–240,
    // start ≤ end, a tutor who can work (Clearances) and is not inactive), checks every planned session
    // from `from` for conflicts, then saves the group and regenerates its sessions, in one transaction.
    // A new group (id 0) is inserted. A planned group given a full pattern and a tutor becomes active.
    // Refused with ScheduleConflicts::summary() of the condensed conflicts when anything conflicts
    // (nothing is written).
    struct Saved {
        std::int64_t id = 0;
        SessionChanges changes;
    };
    static Result<Saved> save(Store& store, GroupRecord group, const QDate& from);
    // The conflicts save() would refuse, all of them, for the editor to list: condensed
    // (ScheduleConflicts::condense), one per recurring clash rather than one per date.
    static std::vector<ScheduleConflict> conflicts(Store& store, const GroupRecord& group, const QDate& from);

    // Regenerates one group's, or every group's, sessions from `from` (after a calendar change). Runs in
    // the caller's transaction when there is one; conflicts are not re-checked (the pattern was).
    static SessionChanges regenerate(Store& store, std::int64_t groupId, const QDate& from);
    static SessionChanges regenerateAll(Store& store, const QDate& from);
};

} // namespace tutordesk
