#include "WeekLanes.h"

#include <algorithm>
#include <numeric>

namespace tutordesk {

std::vector<LanePlace> assignLanes(const std::vector<MinuteSpan>& spans)
{
    std::vector<LanePlace> places(spans.size());
    std::vector<std::size_t> order(spans.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&spans](std::size_t a, std::size_t b) { return spans[a].start < spans[b].start; });

    // Walk in start order; a cluster ends when the next session starts after everything so far ended.
    std::vector<int> laneEnds; // per lane, when its last session ends
    std::vector<std::size_t> cluster;
    int clusterEnd = 0;
    const auto closeCluster = [&] {
        for (const std::size_t i : cluster)
            places[i].lanes = static_cast<int>(laneEnds.size());
        cluster.clear();
        laneEnds.clear();
    };
    for (const std::size_t i : order) {
        const MinuteSpan& span = spans[i];
        const int end = std::max(span.end, span.start + 1); // a zero-length session still takes room
        if (!cluster.empty() && span.start >= clusterEnd)
            closeCluster();
        auto free = std::find_if(laneEnds.begin(), laneEnds.end(), [&](int e) { return e <= span.start; });
        if (free == laneEnds.end()) {
            laneEnds.push_back(end);
            places[i].lane = static_cast<int>(laneEnds.size()) - 1;
        } else {
            *free = end;
            places[i].lane = static_cast<int>(free - laneEnds.begin());
        }
        clusterEnd = cluster.empty() ? end : std::max(clusterEnd, end);
        cluster.push_back(i);
    }
    closeCluster();
    return places;
}

} // namespace tutordesk
