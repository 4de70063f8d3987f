#pragma once

#include <vector>

namespace tutordesk {

// Where a session sits across its day's column when sessions overlap: lane `lane` of `lanes`
// side-by-side lanes (Outlook-style). Sessions that overlap each other, directly or through a chain,
// share a lane count, so their blocks line up.
struct LanePlace {
    int lane = 0;
    int lanes = 1;
};

// `spans`: [start, end) of each session of one day, in minutes; the result is in the same order.
struct MinuteSpan {
    int start = 0;
    int end = 0;
};
std::vector<LanePlace> assignLanes(const std::vector<MinuteSpan>& spans);

} // namespace tutordesk
