#pragma once

#include "schedule/ScheduledSession.h"

#include <QDate>

#include <cstdint>
#include <optional>
#include <vector>

namespace tutordesk {

class Store;

// Reading the schedule: what the week view, the day list and `tutordesk-cli schedule` show.
class ScheduleQuery final {
public:
    struct Filter {
        std::optional<std::int64_t> tutorId; // sessions this tutor teaches or substitutes
        std::optional<std::int64_t> groupId;
        bool includeCancelled = true;
    };

    // Sessions with from <= day <= to, by day, start time and group name, each with its students.
    static std::vector<ScheduledSession> range(Store& store, const QDate& from, const QDate& to,
                                               const Filter& filter);
    static std::vector<ScheduledSession> range(Store& store, const QDate& from, const QDate& to)
    {
        return range(store, from, to, Filter{});
    }
    static std::optional<ScheduledSession> session(Store& store, std::int64_t sessionId);
    // Monday of the week holding `day`.
    static QDate weekStart(const QDate& day);
};

} // namespace tutordesk
