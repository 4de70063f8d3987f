#pragma once

#include "schedule/ScheduleConflicts.h"
#include "schedule/ScheduledSession.h"
#include "schedule/SessionCover.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace tutordesk {

class Store;

// Where a make-up of one session can go: the group's students, its room and its tutor must all be free
// (SessionCover::makeupSlots() lists the candidates, SessionCover::scheduleMakeup() checks the choice).
class MakeupSearch final {
public:
    MakeupSearch(Store& store, const ScheduledSession& session);

    // The free slots within `schoolDays` school days after the session, spread over the days: each
    // day's best slot first (the group's usual time, else the tutor's earliest free time), then the
    // next best of each day, until `limit`; returned by day and time.
    std::vector<MakeupSlot> slots(int schoolDays, int limit) const;
    // The same, counting the school days after `after` instead of the session's day (a make-up for a
    // missed session found days later starts from today, not from the absence).
    std::vector<MakeupSlot> slotsAfter(const QDate& after, int schoolDays, int limit) const;
    // A make-up for the session's listed students only (one student's missed session): their own
    // sessions are checked instead of every seat holder's of the group.
    void setListedStudentsOnly(bool only) { m_listedStudentsOnly = only; }
    // What stands in the way of a make-up at `slot`.
    std::vector<ScheduleConflict> conflicts(const MakeupSlot& slot) const;
    // Who teaches the make-up: the group's tutor (the session's when the group has none).
    const std::optional<std::int64_t>& tutorId() const { return m_tutorId; }
    // The make-up's length: the slot's when given, else the session's.
    int minutesFor(const MakeupSlot& slot) const
    {
        return slot.minutes > 0 ? slot.minutes : m_session.minutes;
    }

private:
    std::vector<QTime> candidateStarts(const QDate& day) const;
    std::vector<ScheduleConflict> listedStudentConflicts(const MakeupSlot& slot) const;

    Store& m_store;
    const ScheduledSession& m_session;
    std::optional<std::int64_t> m_tutorId;
    QTime m_usualStart;
    QString m_room;
    bool m_listedStudentsOnly = false;
};

} // namespace tutordesk
