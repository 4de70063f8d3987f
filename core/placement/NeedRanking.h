#pragma once

#include "placement/NeedScore.h"

#include <vector>

namespace tutordesk {

class Database;

// Scores every active student and stores score, tier and breakdown where they changed, inside the
// caller's open transaction (rankAll's own, or a placement's). Returns the rows in need order.
class NeedRanking final {
public:
    static std::vector<NeedScoreRow> rankWithin(Database& db, const NeedWeights& weights,
                                                const std::vector<TierDefinition>& tiers);
};

} // namespace tutordesk
