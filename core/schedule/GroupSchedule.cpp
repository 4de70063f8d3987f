#include "schedule/GroupSchedule.h"

#include "schedule/GroupRules.h"
#include "schedule/Groups.h"
#include "schedule/ScheduleText.h"
#include "schedule/SchoolCalendar.h"
#include "schedule/SessionRegenerator.h"
#include "store/Store.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QUuid>

#include <sqlite3.h>

#include <algorithm>
#include <optional>
#include <set>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::GroupSchedule)
};

QString newSourcedId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QDate effectiveFrom(const QDate& from)
{
    return from.isValid() ? from : QDate::currentDate();
}

std::vector<ScheduleConflict> conflictsWith(Store& store, SessionRegenerator& regenerator,
                                            const GroupRecord& group)
{
    if (!group.hasPattern() || group.status == QLatin1String("ended"))
        return {};
    // The group's own sessions that regeneration replaces are ignored; days held by its history get no
    // new session, so they are not asked for.
    std::vector<std::int64_t> replaced;
    std::set<QDate> covered;
    for (const OwnSession& s : regenerator.own(group.id)) {
        if (s.regenerable())
            replaced.push_back(s.id);
        else if (s.regular)
            covered.insert(s.day);
    }
    std::vector<SlotRequest> slots;
    const QString room = group.usesRoom() ? group.location.trimmed() : QString();
    for (const PlannedSession& p : GroupSchedule::plan(group, regenerator.calendar(),
                                                       regenerator.minimumDayMinutes(), regenerator.from())) {
        if (covered.count(p.day))
            continue;
        slots.push_back({p.day, p.start, p.minutes, group.tutorId, group.id, room, replaced});
    }
    std::vector<ScheduleConflict> found = ScheduleConflicts::check(store, slots);
    // A tutor marked out on some days does not stop the pattern: those sessions are generated and
    // flagged for cover (ScheduledSession::needsCover), as any other session of an absent tutor.
    found.erase(std::remove_if(
                    found.begin(), found.end(),
                    [](const ScheduleConflict& c) { return c.kind == ScheduleConflict::Kind::TutorAbsent; }),
                found.end());
    // A pattern repeats its clashes every week: one line per recurring clash, not one per date.
    return ScheduleConflicts::condense(found);
}

} // namespace

std::vector<PlannedSession> GroupSchedule::plan(const GroupRecord& group, const SchoolCalendar& calendar,
                                                int minimumDayMinutes, const QDate& from)
{
    std::vector<PlannedSession> planned;
    if (!group.hasPattern() || group.status == QLatin1String("ended"))
        return planned;
    QDate first = calendar.yearStart();
    for (const QDate& bound : {from, group.startDay}) {
        if (bound.isValid() && (!first.isValid() || bound > first))
            first = bound;
    }
    QDate last = calendar.yearEnd();
    if (group.endDay.isValid() && (!last.isValid() || group.endDay < last))
        last = group.endDay;
    if (!first.isValid() || !last.isValid())
        return planned;
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        if (!group.meetsOn(day.dayOfWeek()) || !calendar.isSchoolDay(day))
            continue;
        const int minutes =
            calendar.isMinimumDay(day) ? std::min(group.minutes, minimumDayMinutes) : group.minutes;
        planned.push_back({day, group.startsAt, minutes});
    }
    return planned;
}

std::vector<ScheduleConflict> GroupSchedule::conflicts(Store& store, const GroupRecord& group,
                                                       const QDate& from)
{
    SessionRegenerator regenerator(store, effectiveFrom(from));
    return conflictsWith(store, regenerator, group);
}

Result<GroupSchedule::Saved> GroupSchedule::save(Store& store, GroupRecord group, const QDate& from)
{
    Database& db = store.db();
    const QDate day = effectiveFrom(from);
    try {
        Transaction tx(db);
        if (auto refused = GroupRules::refusal(store, group, day))
            return Error{*refused};
        SessionRegenerator regenerator(store, day);
        const std::vector<ScheduleConflict> found = conflictsWith(store, regenerator, group);
        if (!found.empty())
            return Error{ScheduleConflicts::summary(found)};

        group.name = group.name.trimmed();
        group.location = group.location.trimmed();
        if (group.status == QLatin1String("planned") && group.hasPattern())
            group.status = QStringLiteral("active");
        if (group.sourcedId.isEmpty() && group.id != 0) // the export id never changes once given
            group.sourcedId = db.queryText("SELECT sourced_id FROM tutoring_groups WHERE id = ?", group.id);
        if (group.sourcedId.isEmpty())
            group.sourcedId = newSourcedId();
        const QString startsAt = ScheduleText::storedTime(group.startsAt);
        if (group.id == 0) {
            db.run(
                "INSERT INTO tutoring_groups (sourced_id, name, subject, skill_code, skill_description, tier,"
                " delivery_model, cap, grade_band, tutor_id, location, weekdays, starts_at, minutes,"
                " start_day, end_day, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                group.sourcedId, group.name, group.subject, group.skillCode, group.skillDescription,
                group.tier, group.deliveryModel, group.cap, group.gradeBand, group.tutorId, group.location,
                group.weekdays, startsAt, group.minutes, group.startDay, group.endDay, group.status);
            group.id = db.lastInsertId();
        } else {
            db.run(
                "UPDATE tutoring_groups SET sourced_id = ?, name = ?, subject = ?, skill_code = ?,"
                " skill_description = ?, tier = ?, delivery_model = ?, cap = ?, grade_band = ?, tutor_id = ?,"
                " location = ?, weekdays = ?, starts_at = ?, minutes = ?, start_day = ?, end_day = ?,"
                " status = ? WHERE id = ?",
                group.sourcedId, group.name, group.subject, group.skillCode, group.skillDescription,
                group.tier, group.deliveryModel, group.cap, group.gradeBand, group.tutorId, group.location,
                group.weekdays, startsAt, group.minutes, group.startDay, group.endDay, group.status,
                group.id);
        }
        Saved saved{group.id, regenerator.run(group)};
        tx.commit();
        return saved;
    } catch (const StoreError& e) {
        return Error{Tr::tr("%1 could not be saved in %2: %3")
                         .arg(GroupRules::named(group), store.path(), e.message())};
    }
}

SessionChanges GroupSchedule::regenerate(Store& store, std::int64_t groupId, const QDate& from)
{
    Database& db = store.db();
    std::optional<Transaction> tx;
    if (sqlite3_get_autocommit(db.handle()) != 0)
        tx.emplace(db);
    SessionChanges changes;
    if (const auto group = Groups::find(store, groupId)) {
        SessionRegenerator regenerator(store, effectiveFrom(from));
        changes = regenerator.run(*group);
    }
    if (tx)
        tx->commit();
    return changes;
}

SessionChanges GroupSchedule::regenerateAll(Store& store, const QDate& from)
{
    Database& db = store.db();
    std::optional<Transaction> tx;
    if (sqlite3_get_autocommit(db.handle()) != 0)
        tx.emplace(db);
    SessionRegenerator regenerator(store, effectiveFrom(from));
    SessionChanges changes;
    for (const GroupRecord& group : Groups::list(store, true))
        changes += regenerator.run(group);
    if (tx)
        tx->commit();
    return changes;
}

} // namespace tutordesk
