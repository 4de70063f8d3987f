#pragma once

#include "common/Result.h"

#include <QString>

#include <optional>
#include <vector>

namespace tutordesk {

class Store;

// A skill probe's maximum and mastery threshold (table probe_skills), with what uses the skill.
struct ProbeSkill {
    QString skill;   // e.g. "3.OA.7"
    QString subject; // reading, math, writing, other
    QString title;   // plain words, from the group or probe_skills
    std::optional<double> maxScore;
    double masteryPercent = 80;
    int groups = 0;  // groups targeting the skill
    int results = 0; // probe results on it

    bool operator==(const ProbeSkill&) const = default;
};

class ProbeSkills final {
public:
    // Every skill a group targets or a probe result names, by skill code. Reads only.
    static std::vector<ProbeSkill> list(Store& store);
    // Why `skill` cannot be saved (threshold 1–100 %, maximum above 0), or nothing.
    static std::optional<QString> validate(const ProbeSkill& skill);
    static Result<void> save(Store& store, const ProbeSkill& skill);
    // Saves each of `skills` in one transaction; refuses them all when one is invalid.
    static Result<void> saveAll(Store& store, const std::vector<ProbeSkill>& skills);
};

} // namespace tutordesk
