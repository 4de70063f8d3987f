// ProtocolActions: pausing a seat after repeated absences and offering it to the waitlist
// (the pause_offer_seat rule).
#include "families/ActionRecords.h"
#include "placement/GradeBand.h"
#include "placement/PlacementText.h"
#include "protocol/ProtocolActions.h"
#include "store/Store.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

namespace tutordesk {

namespace {

using actions::Tr;

bool holdsSeat(const QString& status)
{
    return status == QLatin1String("invited") || status == QLatin1String("consented") ||
           status == QLatin1String("active");
}

// The seat a pause frees: the action's enrollment and its group.
struct PausedSeat {
    std::int64_t enrollmentId = 0;
    QString status;
    std::int64_t groupId = 0;
    QString groupName;
    QString subject;
    int tier = 2;
    QString gradeBand;
};

std::optional<PausedSeat> seatOf(Database& db, const actions::ActionRow& action)
{
    if (!action.enrollmentId)
        return std::nullopt;
    Statement st =
        db.prepare("SELECT e.id, e.status, g.id, g.name, g.subject, g.tier, g.grade_band"
                   " FROM enrollments e JOIN tutoring_groups g ON g.id = e.group_id WHERE e.id = ?");
    st.bindAll(*action.enrollmentId);
    if (!st.step())
        return std::nullopt;
    return PausedSeat{st.integer(0), st.text(1), st.integer(2),
                      st.text(3),    st.text(4), static_cast<int>(st.integer(5)),
                      st.text(6)};
}

// The waitlist for the seat in need order, as the Placement page lists it (PlacementView): the score,
// more levels below, lower attendance, district id. The grade band is matched here, as Placer does.
std::optional<SeatOffer> topOfWaitlist(Database& db, const PausedSeat& seat)
{
    Statement st = db.prepare(
        "SELECT e.sourced_id, s.id,"
        " CASE WHEN s.preferred_name <> '' THEN s.preferred_name ELSE s.first_name END || ' ' || s.last_name,"
        " s.grade, coalesce(s.need_score, e.need_score, 0) AS score,"
        " coalesce(CASE WHEN json_valid(s.need_breakdown) THEN (SELECT json_extract(j.value, '$.levelsBelow')"
        " FROM json_each(s.need_breakdown) j WHERE json_extract(j.value, '$.factor') = 'benchmark') END, 0)"
        " AS levels"
        " FROM enrollments e JOIN students s ON s.id = e.student_id"
        " WHERE e.status = 'waitlisted' AND e.subject = ?1 AND e.tier = ?2 AND s.status = 'active'"
        " AND NOT EXISTS (SELECT 1 FROM enrollments o WHERE o.student_id = e.student_id AND o.group_id = ?3"
        "  AND o.status IN ('invited', 'consented', 'active'))"
        " ORDER BY score DESC, levels DESC, s.attendance_rate ASC NULLS LAST, s.sourced_id");
    st.bindAll(seat.subject, seat.tier, seat.groupId);
    while (st.step()) {
        if (!GradeBand::contains(seat.gradeBand, st.text(3)))
            continue;
        return SeatOffer{st.text(0), st.integer(1), st.text(2),    st.text(3),
                         st.real(4), seat.groupId,  seat.groupName};
    }
    return std::nullopt;
}

// Seats the offered waitlisted enrollment in the freed seat; the refusal when it cannot.
std::optional<QString> seatOffered(Database& db, const PausedSeat& seat, const QString& offerId,
                                   const QDate& today, QString& offeredName)
{
    Statement st = db.prepare(
        "SELECT e.id, e.status, e.subject, e.student_id,"
        " CASE WHEN s.preferred_name <> '' THEN s.preferred_name ELSE s.first_name END || ' ' || s.last_name"
        " FROM enrollments e JOIN students s ON s.id = e.student_id WHERE e.sourced_id = ?");
    st.bindAll(offerId);
    if (!st.step())
        return Tr::tr("There is no waitlist entry %1 (it may have been removed). Choose again.").arg(offerId);
    offeredName = st.text(4);
    if (st.text(1) != QLatin1String("waitlisted"))
        return Tr::tr(
                   "%1 is not on the waitlist any more, so the seat in %2 cannot be offered to them. Choose "
                   "again.")
            .arg(offeredName, seat.groupName);
    if (st.text(2) != seat.subject)
        return Tr::tr("%1 waits for another subject than %2 teaches. Choose someone waiting for it.")
            .arg(offeredName, seat.groupName);
    if (db.queryInteger("SELECT count(*) FROM enrollments WHERE student_id = ? AND group_id = ?"
                        " AND status IN ('invited', 'consented', 'active')",
                        st.integer(3), seat.groupId) > 0)
        return Tr::tr("%1 already has a seat in %2.").arg(offeredName, seat.groupName);
    actions::setAuditReason(db, Tr::tr("Seated from the waitlist in a paused seat"));
    // A seat offered from the waitlist starts as an invitation: the family consents first.
    db.run(
        "UPDATE enrollments SET group_id = ?, tier = ?, status = 'invited', status_since = ?, begin_day = ?"
        " WHERE id = ?",
        seat.groupId, seat.tier, today, today, st.integer(0));
    return std::nullopt;
}

} // namespace

std::optional<SeatOffer> ProtocolActions::seatOffer(Store& store, std::int64_t actionId)
{
    Database& db = store.db();
    const auto action = actions::findRow(db, actionId);
    if (!action)
        return std::nullopt;
    const auto seat = seatOf(db, *action);
    if (!seat)
        return std::nullopt;
    return topOfWaitlist(db, *seat);
}

Result<void> ProtocolActions::pauseAndOffer(Store& store, std::int64_t actionId, const QString& reason,
                                            const std::optional<QString>& offerEnrollmentSourcedId,
                                            const QDate& today)
{
    // Placement::pause and seatFromWaitlist open their own transactions (SQLite cannot nest them), so
    // the same changes are written here, in this one.
    Database& db = store.db();
    try {
        Transaction tx(db);
        const auto action = actions::findRow(db, actionId);
        if (!action)
            return Error{actions::missing(actionId)};
        if (!action->isOpen())
            return Error{actions::notOpen(*action)};
        const auto seat = seatOf(db, *action);
        if (!seat)
            return Error{Tr::tr("\u201c%1\u201d names no seat in a group, so there is nothing to pause.")
                             .arg(actions::describe(*action))};
        const QString why =
            reason.trimmed().isEmpty() ? Tr::tr("Paused after missed sessions") : reason.trimmed();
        if (holdsSeat(seat->status)) {
            actions::setAuditReason(db, why);
            db.run("UPDATE enrollments SET status = 'paused', status_since = ?, end_day = ?, exit_reason = ?"
                   " WHERE id = ?",
                   today, today, why, seat->enrollmentId);
        } else if (seat->status != QLatin1String("paused")) {
            // Paused already (from the Placement page) is fine: the seat is free to offer.
            return Error{Tr::tr("%1's seat in %2 is %3, not held: there is nothing to pause.")
                             .arg(action->studentName, seat->groupName, seat->status)};
        }
        QString note = Tr::tr("Paused (%1); nobody was offered the seat.").arg(why);
        if (offerEnrollmentSourcedId) {
            QString offered;
            if (auto refused = seatOffered(db, *seat, *offerEnrollmentSourcedId, today, offered))
                return Error{*refused};
            note = Tr::tr("Paused (%1); the seat was offered to %2.").arg(why, offered);
        }
        actions::setAuditReason(db, std::nullopt);
        actions::Resolution r;
        r.note = note;
        if (auto refused = actions::resolveIn(store, *action, r))
            return Error{*refused};
        tx.commit();
        return {};
    } catch (const StoreError& e) {
        if (PlacementText::isGroupFull(e))
            return Error{Tr::tr("That group is full. Move someone out first or choose another group.")};
        return Error{actions::storeFailure(store, e)};
    }
}

} // namespace tutordesk
