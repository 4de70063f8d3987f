// ProtocolActions: a make-up for one student's missed session (the schedule_makeup rule).
#include "families/ActionRecords.h"
#include "protocol/ProtocolActions.h"
#include "protocol/ProtocolRules.h"
#include "schedule/MakeupSearch.h"
#include "schedule/ScheduleQuery.h"
#include "schedule/ScheduleText.h"
#include "schedule/SchoolCalendar.h"
#include "store/Store.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <QLocale>
#include <QUuid>

#include <algorithm>
#include <variant>

namespace tutordesk {

namespace {

using actions::Tr;

// The missed session as a make-up sees it: the same group, tutor and length, for this student only.
struct MakeupBasis {
    actions::ActionRow action;
    ScheduledSession session;
};

std::variant<MakeupBasis, QString> basisFor(Store& store, std::int64_t actionId)
{
    Database& db = store.db();
    auto action = actions::findRow(db, actionId);
    if (!action)
        return actions::missing(actionId);
    if (action->rule != ProtocolRule::ScheduleMakeup || !action->sessionId || !action->studentId)
        return Tr::tr("\u201c%1\u201d is not about a missed session, so there is no make-up to schedule.")
            .arg(actions::describe(*action));
    auto session = ScheduleQuery::session(store, *action->sessionId);
    if (!session)
        return Tr::
            tr("The missed session of \u201c%1\u201d is gone (it may have been removed). Reload the Today "
               "page.")
                .arg(actions::describe(*action));
    Statement st = db.prepare("SELECT sourced_id FROM students WHERE id = ?");
    st.bindAll(*action->studentId);
    const QString districtId = st.step() ? st.text(0) : QString();
    session->students = {ScheduledSession::Student{*action->studentId, districtId, action->studentName}};
    return MakeupBasis{std::move(*action), std::move(*session)};
}

// Make-ups start after the absence, and never in the past: from today on.
QDate searchFrom(const ScheduledSession& session, const QDate& today)
{
    return std::max(session.day, today.addDays(-1));
}

} // namespace

std::vector<MakeupSlot> ProtocolActions::makeupSlots(Store& store, std::int64_t actionId, const QDate& today,
                                                     int limit)
{
    auto basis = basisFor(store, actionId);
    if (!std::holds_alternative<MakeupBasis>(basis))
        return {};
    const ScheduledSession& session = std::get<MakeupBasis>(basis).session;
    MakeupSearch search(store, session);
    search.setListedStudentsOnly(true);
    return search.slotsAfter(searchFrom(session, today), ProtocolRules::load(store).makeupDueDays, limit);
}

Result<std::int64_t> ProtocolActions::scheduleMakeup(Store& store, std::int64_t actionId,
                                                     const MakeupSlot& slot, const QDate& today)
{
    Database& db = store.db();
    try {
        Transaction tx(db);
        auto basis = basisFor(store, actionId);
        if (const QString* refused = std::get_if<QString>(&basis))
            return Error{*refused};
        const MakeupBasis& b = std::get<MakeupBasis>(basis);
        if (!b.action.isOpen())
            return Error{actions::notOpen(b.action)};
        const QString who = b.action.studentName;
        if (!slot.day.isValid() || !slot.start.isValid())
            return Error{Tr::tr("Choose a day and a start time for %1's make-up.").arg(who)};
        if (slot.day <= b.session.day || slot.day < today)
            return Error{
                Tr::tr("%1's make-up must come after the missed session (%2) and not before today. Choose a "
                       "later day.")
                    .arg(who, ScheduleText::day(b.session.day))};
        const SchoolCalendar calendar = SchoolCalendar::load(store);
        if (!calendar.isSchoolDay(slot.day))
            return Error{Tr::tr("%1 is not a school day. Choose another day for %2's make-up.")
                             .arg(ScheduleText::day(slot.day), who)};
        MakeupSearch search(store, b.session);
        search.setListedStudentsOnly(true);
        const int minutes = search.minutesFor(slot);
        if (minutes < 5 || minutes > 240)
            return Error{Tr::tr("A make-up lasts 5 to 240 minutes, not %1.").arg(minutes)};
        const auto conflicts = search.conflicts(slot);
        if (!conflicts.empty())
            return Error{conflicts.front().message};

        db.run(
            "INSERT INTO sessions (sourced_id, group_id, day, starts_at, minutes, kind, status, makeup_for,"
            " tutor_id) VALUES (?, ?, ?, ?, ?, 'makeup', 'scheduled', ?, ?)",
            QUuid::createUuid().toString(QUuid::WithoutBraces), b.session.groupId, slot.day,
            ScheduleText::storedTime(slot.start), minutes, b.session.id, search.tutorId());
        const std::int64_t makeupId = db.lastInsertId();
        db.run("INSERT INTO session_students (session_id, student_id) VALUES (?, ?)", makeupId,
               *b.action.studentId);

        actions::Resolution r;
        r.note = Tr::tr("Make-up on %1 at %2")
                     .arg(QLocale().toString(slot.day, QLocale::ShortFormat), ScheduleText::time(slot.start));
        r.makeupSessionId = makeupId;
        if (auto refused = actions::resolveIn(store, b.action, r))
            return Error{*refused};
        tx.commit();
        return makeupId;
    } catch (const StoreError& e) {
        return Error{actions::storeFailure(store, e)};
    }
}

} // namespace tutordesk
