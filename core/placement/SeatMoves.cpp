#include "placement/Placement.h"
#include "placement/PlacementText.h"
#include "placement/Subjects.h"
#include "store/Store.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <QCoreApplication>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::Placement)
};

bool holdsSeat(const QString& status)
{
    return status == QLatin1String("invited") || status == QLatin1String("consented") ||
           status == QLatin1String("active");
}

// An enrollment as a move needs it.
struct Seat {
    std::int64_t id = 0;
    std::int64_t student = 0;
    std::optional<std::int64_t> group;
    QString subject;
    QString status;
    QString studentName;
};

std::optional<Seat> findSeat(Database& db, const QString& sourcedId)
{
    Statement st = db.prepare("SELECT e.id, e.student_id, e.group_id, e.subject, e.status,"
                              " s.first_name || ' ' || s.last_name FROM enrollments e"
                              " JOIN students s ON s.id = e.student_id WHERE e.sourced_id = ?");
    st.bindAll(sourcedId);
    if (!st.step())
        return std::nullopt;
    return Seat{st.integer(0), st.integer(1), st.optionalInteger(2), st.text(3), st.text(4), st.text(5)};
}

struct Group {
    std::int64_t id = 0;
    QString name;
    QString subject;
    QString status;
    int tier = 2;
    int cap = 4;
};

std::optional<Group> findGroup(Database& db, std::int64_t id)
{
    Statement st =
        db.prepare("SELECT id, name, subject, status, tier, cap FROM tutoring_groups WHERE id = ?");
    st.bindAll(id);
    if (!st.step())
        return std::nullopt;
    return Group{st.integer(0),
                 st.text(1),
                 st.text(2),
                 st.text(3),
                 static_cast<int>(st.integer(4)),
                 static_cast<int>(st.integer(5))};
}

// Why `seat` cannot take a place in `group`, or nothing when it can. The cap is checked here, in code;
// the schema's trigger only backs it up.
std::optional<QString> refusal(Database& db, const Seat& seat, const Group& group)
{
    if (group.status == QLatin1String("ended"))
        return Tr::tr("%1 has ended. Choose an active or planned group.").arg(group.name);
    if (group.subject != seat.subject)
        return Tr::tr("%1 is a %2 group and %3's enrollment is for %4: a move keeps the subject. Choose a %4 "
                      "group.")
            .arg(group.name, Subjects::title(group.subject).toLower(), seat.studentName,
                 Subjects::title(seat.subject).toLower());
    if (db.queryInteger("SELECT count(*) FROM enrollments WHERE group_id = ? AND student_id = ? AND id <> ?"
                        " AND status IN ('invited', 'consented', 'active')",
                        group.id, seat.student, seat.id) > 0)
        return Tr::tr("%1 already has a seat in %2.").arg(seat.studentName, group.name);
    const auto taken =
        static_cast<int>(db.queryInteger("SELECT count(*) FROM enrollments WHERE group_id = ? AND id <> ?"
                                         " AND status IN ('invited', 'consented', 'active')",
                                         group.id, seat.id));
    if (taken >= group.cap)
        return PlacementText::groupFull(group.name, taken, group.cap);
    return std::nullopt;
}

void setReason(Database& db, const std::optional<QString>& reason)
{
    db.run("UPDATE audit_context SET reason = ? WHERE id = 1", reason);
}

// Runs `change` in one transaction with the audit reason set, turning SQLite's refusals into messages.
template <typename Change> Result<void> inTransaction(Store& store, const Change& change)
{
    Database& db = store.db();
    try {
        Transaction tx(db);
        std::optional<QString> refused = change(db);
        if (refused)
            return Error{*refused};
        setReason(db, std::nullopt);
        tx.commit();
        return {};
    } catch (const StoreError& e) {
        if (PlacementText::isGroupFull(e))
            return Error{Tr::tr("That group is full. Move someone out first or choose another group.")};
        return Error{Tr::tr("The enrollment could not be changed in %1: %2").arg(store.path(), e.message())};
    }
}

std::optional<QString> missing(const QString& sourcedId)
{
    return Tr::tr("There is no enrollment %1 (it may have been removed). Reload the Placement page.")
        .arg(sourcedId);
}

std::optional<QString> noGroup(std::int64_t id)
{
    return Tr::tr("There is no group %1 (it may have been removed). Reload the Placement page.").arg(id);
}

std::optional<QString> moveInto(Database& db, const Seat& seat, std::int64_t groupId)
{
    const auto group = findGroup(db, groupId);
    if (!group)
        return noGroup(groupId);
    if (seat.group == group->id && holdsSeat(seat.status))
        return std::nullopt; // already there
    if (auto refused = refusal(db, seat, *group))
        return refused;
    const QDate today = QDate::currentDate();
    if (seat.status == QLatin1String("waitlisted")) {
        // A seat offered from the waitlist starts as an invitation: the family consents first.
        setReason(db, Tr::tr("Seated from the waitlist"));
        db.run("UPDATE enrollments SET group_id = ?, tier = ?, status = 'invited', status_since = ? WHERE id "
               "= ?",
               group->id, group->tier, today, seat.id);
    } else {
        setReason(db, Tr::tr("Moved to %1").arg(group->name));
        db.run("UPDATE enrollments SET group_id = ?, tier = ? WHERE id = ?", group->id, group->tier, seat.id);
    }
    return std::nullopt;
}

std::optional<QString> moveToWaitlist(Database& db, const Seat& seat)
{
    if (seat.status == QLatin1String("waitlisted"))
        return std::nullopt;
    setReason(db, Tr::tr("Moved back to the waitlist"));
    db.run("UPDATE enrollments SET group_id = NULL, status = 'waitlisted', status_since = ? WHERE id = ?",
           QDate::currentDate(), seat.id);
    return std::nullopt;
}

} // namespace

Result<void> Placement::move(Store& store, const QString& enrollmentSourcedId,
                             std::optional<std::int64_t> toGroup)
{
    return inTransaction(store, [&](Database& db) -> std::optional<QString> {
        const auto seat = findSeat(db, enrollmentSourcedId);
        if (!seat)
            return missing(enrollmentSourcedId);
        if (!holdsSeat(seat->status) && seat->status != QLatin1String("waitlisted"))
            return Tr::tr("%1's %2 enrollment is %3: only a seat or a place on the waitlist can be moved.")
                .arg(seat->studentName, Subjects::title(seat->subject).toLower(), seat->status);
        return toGroup ? moveInto(db, *seat, *toGroup) : moveToWaitlist(db, *seat);
    });
}

Result<void> Placement::seatFromWaitlist(Store& store, const QString& enrollmentSourcedId, std::int64_t group)
{
    return inTransaction(store, [&](Database& db) -> std::optional<QString> {
        const auto seat = findSeat(db, enrollmentSourcedId);
        if (!seat)
            return missing(enrollmentSourcedId);
        if (seat->status != QLatin1String("waitlisted"))
            return Tr::tr("%1's %2 enrollment is not on the waitlist (it is %3).")
                .arg(seat->studentName, Subjects::title(seat->subject).toLower(), seat->status);
        return moveInto(db, *seat, group);
    });
}

Result<void> Placement::pause(Store& store, const QString& enrollmentSourcedId, const QString& reason)
{
    return inTransaction(store, [&](Database& db) -> std::optional<QString> {
        const auto seat = findSeat(db, enrollmentSourcedId);
        if (!seat)
            return missing(enrollmentSourcedId);
        if (!holdsSeat(seat->status))
            return Tr::tr("%1's %2 enrollment holds no seat (it is %3), so there is nothing to pause.")
                .arg(seat->studentName, Subjects::title(seat->subject).toLower(), seat->status);
        const QString why = reason.trimmed().isEmpty() ? Tr::tr("Paused") : reason.trimmed();
        setReason(db, why);
        db.run("UPDATE enrollments SET status = 'paused', status_since = ?, exit_reason = ? WHERE id = ?",
               QDate::currentDate(), why, seat->id);
        return std::nullopt;
    });
}

Result<void> Placement::resume(Store& store, const QString& enrollmentSourcedId)
{
    return inTransaction(store, [&](Database& db) -> std::optional<QString> {
        const auto seat = findSeat(db, enrollmentSourcedId);
        if (!seat)
            return missing(enrollmentSourcedId);
        if (seat->status != QLatin1String("paused") || !seat->group)
            return Tr::tr("%1's %2 enrollment is not paused (it is %3).")
                .arg(seat->studentName, Subjects::title(seat->subject).toLower(), seat->status);
        const auto group = findGroup(db, *seat->group);
        if (!group)
            return noGroup(*seat->group);
        if (auto refused = refusal(db, *seat, *group))
            return refused;
        setReason(db, Tr::tr("Resumed"));
        db.run("UPDATE enrollments SET status = 'active', status_since = ?, exit_reason = '' WHERE id = ?",
               QDate::currentDate(), seat->id);
        return std::nullopt;
    });
}

} // namespace tutordesk
