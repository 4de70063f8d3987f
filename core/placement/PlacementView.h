#pragma once

#include "placement/Placement.h"

#include <QSet>
#include <QString>

#include <cstdint>

namespace tutordesk {

class Database;

// The Placement page's picture of the program: active and planned groups with their seat holders,
// and the waitlist, each in need order. place() shows its outcome through the same query.
class PlacementView final {
public:
    // What a placement run did, for marking its groups and seats as new.
    struct Outcome {
        QSet<std::int64_t> newGroups;
        QSet<QString> placedEnrollments; // sourced ids
    };

    // Without an outcome (the page), every planned group counts as a proposal.
    static PlacementResult load(Database& db, const Outcome* outcome = nullptr);
};

} // namespace tutordesk
