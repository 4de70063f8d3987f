#pragma once

#include <QDateTime>

namespace tutordesk {

class Store;

// "Export a delta every day after 4 pm": whether the daily export is due at `nowLocal` (local time): the
// setting is on, the time of day has come, and no bundle has been made yet on this local date. A day
// missed (TutorDesk closed) is caught up the next time it is open after the hour.
bool dailyExportDue(Store& store, const QDateTime& nowLocal);

} // namespace tutordesk
