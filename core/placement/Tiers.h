#pragma once

#include "common/Result.h"

#include <QString>

#include <vector>

namespace tutordesk {

class Store;

// A tier of support as the program defines it (the tiers table): editable data, not code.
struct TierDefinition {
    int tier = 1;
    QString name;
    QString description;
    int sessionsPerWeek = 0;
    int minutes = 0;
    int maxGroupSize = 4;    // 1–4
    double minNeedScore = 0; // who qualifies
    bool operator==(const TierDefinition&) const = default;
};

class Tiers final {
public:
    static std::vector<TierDefinition> load(Store& store);
    // Validates (sizes 1–4, thresholds rising with the tier) and saves all three in one transaction.
    static Result<void> save(Store& store, const std::vector<TierDefinition>& tiers);
    // The tier a need score qualifies for under these definitions.
    static int tierFor(const std::vector<TierDefinition>& tiers, double needScore);
};

} // namespace tutordesk
