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

    Store& m_store;
    const ScheduledSession& m_session;
    std::optional<std::int64_t> m_tutorId;
    QTime m_usualStart;
    QString m_room;
};

} // namespace tutordesk
