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
    // Students' tiers follow on the next NeedScore::rankAll().
    static Result<void> save(Store& store, const std::vector<TierDefinition>& tiers);
    // Tiers 1, 2 and 3 once each; group size 1–4; 0–10 sessions a week of 0–240 minutes (tiers 2 and 3
    // meet: at least 1 session of at least 5 minutes); minimum scores not falling with the tier.
    // The message says which tier and what to change.
    static Result<void> validate(const std::vector<TierDefinition>& tiers);
    // The tier a need score qualifies for under these definitions.
    static int tierFor(const std::vector<TierDefinition>& tiers, double needScore);
    // The definitions a new database starts with (the same as 0001_initial.sql seeds).
    static std::vector<TierDefinition> defaults();
    // The definition of `tier`, or the default one when the list lacks it.
    static TierDefinition find(const std::vector<TierDefinition>& tiers, int tier);
};

} // namespace tutordesk
