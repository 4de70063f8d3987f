#include "PlacementMove.h"

#include "PlacementGroupsModel.h"
#include "WaitlistModel.h"
#include "placement/Placement.h"
#include "store/StoreError.h"

namespace tutordesk {

bool PlacementMove::isNoOp(const Request& request, const PlacementGroupsModel& groups)
{
    if (request.fromWaitlist)
        return !request.toGroup; // the waitlist's order is core's
    const QModelIndex seat = groups.indexOfEnrollment(request.enrollmentId);
    return request.toGroup && seat.isValid() &&
           seat.data(PlacementGroupsModel::GroupIdRole).toLongLong() == *request.toGroup;
}

Result<QString> PlacementMove::apply(Store& store, const Request& request, const PlacementGroupsModel& groups,
                                     const WaitlistModel& waitlist)
{
    // Named before the move, while both lists still show the student where they were.
    const QModelIndex seat = groups.indexOfEnrollment(request.enrollmentId);
    const QModelIndex name = seat.isValid() ? seat.siblingAtColumn(PlacementGroupsModel::NameColumn)
                                            : waitlist.indexOfEnrollment(request.enrollmentId);
    const QModelIndex target = request.toGroup ? groups.indexOfGroup(*request.toGroup) : QModelIndex();
    Result<void> moved = Error{};
    try {
        moved = request.fromWaitlist
                    ? Placement::seatFromWaitlist(store, request.enrollmentId, request.toGroup.value_or(0))
                    : Placement::move(store, request.enrollmentId, request.toGroup);
    } catch (const StoreError& e) {
        moved = Error{e.message()};
    }
    if (!moved)
        return moved.error();
    return tr("Moved %1 to %2.")
        .arg(name.data().toString(), target.isValid() ? target.data().toString() : tr("the waitlist"));
}

} // namespace tutordesk
