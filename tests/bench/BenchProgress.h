#pragma once

#include "BenchSchool.h"
#include "progress/SeatFigures.h"

namespace tutordesk::bench {

// Builds the connection's cache of every seat's dosage and every skill's growth for `day` before a
// benchmark's timed loop, so that the loop measures a screen's queries as the coordinator meets them once the
// page is open; BM_ProgressCacheBuildAfterAChange measures the build itself.
inline std::unique_ptr<Store> openLargeSchoolWarm(const QDate& day = largeSchoolOptions().through)
{
    auto store = openLargeSchool();
    SeatFigures::commonTables(*store, day);
    return store;
}

} // namespace tutordesk::bench
