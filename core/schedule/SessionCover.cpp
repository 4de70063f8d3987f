#include "schedule/SessionCover.h"

#include "schedule/CoverText.h"
#include "schedule/Groups.h"
#include "schedule/MakeupSearch.h"
#include "schedule/ScheduleConflicts.h"
#include "schedule/ScheduleQuery.h"
#include "schedule/ScheduleText.h"
#include "schedule/SchoolCalendar.h"
#include "schedule/SubstituteSearch.h"
#include "schedule/Tutors.h"
#include "store/Store.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QUuid>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::SessionCover)
};

// Each change below runs inside a transaction its caller opened (one per public call, or one for a
// whole apply()), returning why it was refused or nothing when it was done.
using Refusal = std::optional<QString>;

QString missingSession(std::int64_t id)
{
    return Tr::tr("There is no session %1 (it may have been removed). Reload the schedule.").arg(id);
}

QString attendanceTaken(const ScheduledSession& s)
{
    return Tr::tr("Attendance was taken for this session on %1 (%2 at %3); clear it first.")
        .arg(ScheduleText::day(s.day), s.groupName, ScheduleText::time(s.start));
}

bool hasAttendance(Database& db, std::int64_t sessionId)
{
    return db.queryInteger("SELECT EXISTS (SELECT 1 FROM attendance WHERE session_id = ?)", sessionId) != 0;
}

Refusal assignIn(Store& store, std::int64_t sessionId, std::int64_t tutorId)
{
    const auto s = ScheduleQuery::session(store, sessionId);
    if (!s)
        return missingSession(sessionId);
    if (s->status == QLatin1String("held"))
        return Tr::tr("%1 was already held; its substitute cannot be changed now.")
            .arg(CoverText::session(*s));
    if (s->isCancelled())
        return Tr::tr("%1 is cancelled. Restore it before you book a substitute.")
            .arg(CoverText::session(*s));
    const auto tutor = Tutors::find(store, tutorId);
    if (!tutor)
        return Tr::tr("There is no tutor %1 (they may have been removed). Reload the Tutors page.")
            .arg(tutorId);
    if (s->substituteId == tutorId)
        return std::nullopt;
    if (auto why = SubstituteSearch(store, *s).refusal(*tutor))
        return why;
    store.db().run("UPDATE sessions SET substitute_tutor_id = ? WHERE id = ?", tutorId, sessionId);
    return std::nullopt;
}

Refusal clearIn(Store& store, std::int64_t sessionId)
{
    const auto s = ScheduleQuery::session(store, sessionId);
    if (!s)
        return missingSession(sessionId);
    if (s->status == QLatin1String("held"))
        return Tr::tr("%1 was already held; who taught it stays on record.").arg(CoverText::session(*s));
    store.db().run("UPDATE sessions SET substitute_tutor_id = NULL WHERE id = ?", sessionId);
    return std::nullopt;
}

Refusal cancelIn(Store& store, std::int64_t sessionId, const QString& reason, const QString& note)
{
    if (!CoverText::isCancelReason(reason))
        return Tr::tr("\"%1\" is not a reason to cancel a session: use tutor_absent, school_event, weather, "
                      "student_event or other.")
            .arg(reason);
    const auto s = ScheduleQuery::session(store, sessionId);
    if (!s)
        return missingSession(sessionId);
    if (s->status == QLatin1String("held"))
        return Tr::tr("%1 was already held and cannot be cancelled.").arg(CoverText::session(*s));
    // Cancelled sessions never count as absences: a session somebody took attendance for was not
    // cancelled, or the attendance is wrong; either way the coordinator decides by clearing it first.
    if (hasAttendance(store.db(), sessionId))
        return attendanceTaken(*s);
    // A cancelled session has no teacher, so a substitute booked for it is free again.
    store.db().run("UPDATE sessions SET status = 'cancelled', cancel_reason = ?, substitute_tutor_id = NULL,"
                   " notes = CASE WHEN ? = '' THEN notes ELSE ? END WHERE id = ?",
                   reason, note.trimmed(), note.trimmed(), sessionId);
    return std::nullopt;
}

Refusal restoreIn(Store& store, std::int64_t sessionId, const QDate& today)
{
    const auto s = ScheduleQuery::session(store, sessionId);
    if (!s)
        return missingSession(sessionId);
    if (!s->isCancelled())
        return Tr::tr("%1 is not cancelled.").arg(CoverText::session(*s));
    if (s->day < today)
        return Tr::tr("%1 is in the past; it stays cancelled.").arg(CoverText::session(*s));
    // While it was cancelled its time was free for others: check that its students, its room and its
    // tutor still are. The tutor being out is no reason to refuse; the session then needs cover.
    SlotRequest slot;
    slot.day = s->day;
    slot.start = s->start;
    slot.minutes = s->minutes;
    slot.tutorId = s->tutorId;
    slot.groupId = s->groupId;
    if (const auto group = Groups::find(store, s->groupId); group && group->usesRoom())
        slot.location = group->location;
    slot.ignoreSessions = {s->id};
    std::vector<ScheduleConflict> taken;
    for (ScheduleConflict& c : ScheduleConflicts::check(store, {slot})) {
        if (c.kind == ScheduleConflict::Kind::TutorBusy || c.kind == ScheduleConflict::Kind::StudentBusy ||
            c.kind == ScheduleConflict::Kind::RoomBusy)
            taken.push_back(std::move(c));
    }
    if (!taken.empty())
        return Tr::tr("%1 cannot be restored. %2")
            .arg(CoverText::session(*s), ScheduleConflicts::summary(taken));
    store.db().run("UPDATE sessions SET status = 'scheduled', cancel_reason = NULL WHERE id = ?", sessionId);
    return std::nullopt;
}

Result<std::int64_t> makeupIn(Store& store, std::int64_t sessionId, const MakeupSlot& slot)
{
    const auto s = ScheduleQuery::session(store, sessionId);
    if (!s)
        return Error{missingSession(sessionId)};
    const QString what = CoverText::session(*s);
    if (!slot.day.isValid() || !slot.start.isValid())
        return Error{Tr::tr("Choose a day and a start time for the make-up of %1.").arg(what)};
    const SchoolCalendar calendar = SchoolCalendar::load(store);
    if (!calendar.isSchoolDay(slot.day)) {
        const QString label = calendar.labelOf(slot.day);
        return Error{
            Tr::tr("The make-up of %1 cannot be on %2: it is not a school day (%3). Choose another day.")
                .arg(what, ScheduleText::day(slot.day),
                     label.isEmpty() ? SchoolCalendar::title(calendar.kindOf(slot.day)) : label)};
    }
    const MakeupSearch search(store, *s);
    const int minutes = search.minutesFor(slot);
    if (minutes < 5 || minutes > 240)
        return Error{Tr::tr("A make-up lasts 5 to 240 minutes, not %1.").arg(minutes)};
    const auto conflicts = search.conflicts(slot);
    if (!conflicts.empty())
        return Error{Tr::tr("The make-up of %1 cannot be on %2 at %3. %4")
                         .arg(what, ScheduleText::day(slot.day), ScheduleText::time(slot.start),
                              ScheduleConflicts::summary(conflicts))};
    store.db().run("INSERT INTO sessions (sourced_id, group_id, day, starts_at, minutes, kind, status,"
                   " makeup_for, tutor_id) VALUES (?, ?, ?, ?, ?, 'makeup', 'scheduled', ?, ?)",
                   QUuid::createUuid().toString(QUuid::WithoutBraces), s->groupId, slot.day,
                   ScheduleText::storedTime(slot.start), minutes, s->id, search.tutorId());
    return store.db().lastInsertId();
}

Refusal applyIn(Store& store, const CoverChoice& choice)
{
    switch (choice.action) {
    case CoverChoice::Action::Substitute:
        return assignIn(store, choice.sessionId, choice.substituteId);
    case CoverChoice::Action::Cancel:
        return cancelIn(store, choice.sessionId, choice.cancelReason, choice.note);
    case CoverChoice::Action::CancelWithMakeup: {
        // Cancelled first, so that the make-up may use what the original no longer occupies.
        if (auto why = cancelIn(store, choice.sessionId, choice.cancelReason, choice.note))
            return why;
        const auto made = makeupIn(store, choice.sessionId, choice.makeup);
        if (!made)
            return made.error().message;
        return std::nullopt;
    }
    }
    return std::nullopt;
}

// SQLite's own refusals (the schema's triggers back the checks above) in a coordinator's words.
QString storeRefusal(Store& store, const StoreError& e)
{
    if (e.message().contains(QLatin1String("session has attendance")))
        return Tr::tr("Attendance was taken for this session; clear it first.");
    if (e.message().contains(QLatin1String("session is cancelled")))
        return Tr::tr("That session is cancelled; attendance cannot be taken for it.");
    return Tr::tr("The schedule could not be changed in %1: %2").arg(store.path(), e.message());
}

template <typename Change> Result<void> inTransaction(Store& store, const Change& change)
{
    try {
        Transaction tx(store.db());
        if (Refusal why = change())
            return Error{*why};
        tx.commit();
        return {};
    } catch (const StoreError& e) {
        return Error{storeRefusal(store, e)};
    }
}

} // namespace

std::vector<SubstituteOption> SessionCover::substitutes(Store& store, std::int64_t sessionId, int limit)
{
    const auto s = ScheduleQuery::session(store, sessionId);
    if (!s || s->isCancelled() || s->status == QLatin1String("held"))
        return {};
    return SubstituteSearch(store, *s).ranked(limit);
}

std::vector<MakeupSlot> SessionCover::makeupSlots(Store& store, std::int64_t sessionId, int schoolDays,
                                                  int limit)
{
    const auto s = ScheduleQuery::session(store, sessionId);
    if (!s)
        return {};
    return MakeupSearch(store, *s).slots(schoolDays, limit);
}

Result<void> SessionCover::assignSubstitute(Store& store, std::int64_t sessionId, std::int64_t tutorId)
{
    return inTransaction(store, [&] { return assignIn(store, sessionId, tutorId); });
}

Result<void> SessionCover::clearSubstitute(Store& store, std::int64_t sessionId)
{
    return inTransaction(store, [&] { return clearIn(store, sessionId); });
}

Result<void> SessionCover::cancel(Store& store, std::int64_t sessionId, const QString& reason,
                                  const QString& note)
{
    return inTransaction(store, [&] { return cancelIn(store, sessionId, reason, note); });
}

Result<void> SessionCover::restore(Store& store, std::int64_t sessionId, const QDate& today)
{
    return inTransaction(store, [&] { return restoreIn(store, sessionId, today); });
}

Result<std::int64_t> SessionCover::scheduleMakeup(Store& store, std::int64_t sessionId,
                                                  const MakeupSlot& slot)
{
    try {
        Transaction tx(store.db());
        auto made = makeupIn(store, sessionId, slot);
        if (made)
            tx.commit();
        return made;
    } catch (const StoreError& e) {
        return Error{storeRefusal(store, e)};
    }
}

Result<void> SessionCover::apply(Store& store, const std::vector<CoverChoice>& choices)
{
    return inTransaction(store, [&]() -> Refusal {
        for (const CoverChoice& choice : choices) {
            // The first refusal names its session; the transaction then takes back the choices before it.
            if (Refusal why = applyIn(store, choice))
                return why;
        }
        return std::nullopt;
    });
}

} // namespace tutordesk
