#pragma once

#include "common/Result.h"
#include "schedule/SchoolCalendar.h"
#include "schedule/SessionChanges.h"

#include <QDate>

#include <vector>

namespace tutordesk {

class Store;

// Changes to the school calendar. A calendar change moves the sessions that have not happened yet:
// each call saves the days and regenerates every group's sessions from `today` on (a new holiday
// takes its sessions away, a minimum day shortens them, a day back in school gets them back), in one
// transaction. Sessions before `today`, held sessions and their attendance are never touched.
class CalendarEditor final {
public:
    // Sets each day to its kind; DayKind::Instructional removes the day's entry. Days must fall in
    // the school year and be weekdays (the message names the first that is not).
    static Result<SessionChanges> setDays(Store& store, const std::vector<CalendarEntry>& days,
                                          const QDate& today);
    // Makes the days ordinary school days again.
    static Result<SessionChanges> clearDays(Store& store, const std::vector<QDate>& days, const QDate& today);

    // How long a session may be on a minimum day (settings "calendar.minimumDayMinutes", default 30):
    // longer sessions are shortened to this on those days.
    static int minimumDayMinutes(Store& store);
    static Result<SessionChanges> setMinimumDayMinutes(Store& store, int minutes, const QDate& today);
    static constexpr int defaultMinimumDayMinutes = 30;
};

} // namespace tutordesk
