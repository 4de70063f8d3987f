#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <optional>

namespace tutordesk {

class PlacementGroupsModel;
class Store;
class WaitlistModel;

// One move asked for on the Placement page, taken to core: a seat to another group
// (Placement::move), a waiting student into a group (seatFromWaitlist) or a seat back to the
// waitlist. Core decides; this only picks the call and words the outcome.
class PlacementMove final {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::PlacementMove)

public:
    struct Request {
        QString enrollmentId;
        bool fromWaitlist = false;
        std::optional<std::int64_t> toGroup; // none: to the waitlist
    };

    // Nothing to do: back where it came from, or a waiting student "to the waitlist".
    static bool isNoOp(const Request& request, const PlacementGroupsModel& groups);
    // "Moved Ana López to Reading K–1 T2-03." (names as the lists show them before the move), or
    // core's refusal, in which case nothing changed.
    static Result<QString> apply(Store& store, const Request& request, const PlacementGroupsModel& groups,
                                 const WaitlistModel& waitlist);
};

} // namespace tutordesk
