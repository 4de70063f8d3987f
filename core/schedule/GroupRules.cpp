#include "schedule/GroupRules.h"

#include "schedule/Clearances.h"
#include "schedule/ScheduleText.h"
#include "schedule/Tutors.h"
#include "store/Store.h"

#include <QCoreApplication>

#include <algorithm>
#include <initializer_list>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::GroupSchedule)
};

bool oneOf(const QString& value, std::initializer_list<const char*> codes)
{
    return std::any_of(codes.begin(), codes.end(),
                       [&](const char* code) { return value == QLatin1String(code); });
}

} // namespace

QString GroupRules::named(const GroupRecord& group)
{
    return group.name.trimmed().isEmpty() ? Tr::tr("The group") : group.name.trimmed();
}

std::optional<QString> GroupRules::refusal(Store& store, const GroupRecord& group, const QDate& from)
{
    Database& db = store.db();
    const QString name = GroupRules::named(group);
    if (group.name.trimmed().isEmpty())
        return Tr::tr("The group has no name. Enter a name, for example \u201cReading \u00b7 Grades 3–4 "
                      "\u00b7 Tier 2 \u00b7 A\u201d.");
    if (!oneOf(group.subject, {"reading", "math", "writing", "other"}))
        return Tr::tr("%1: \u201c%2\u201d is not a subject. Choose reading, math, writing or other.")
            .arg(name, group.subject);
    if (group.tier < 1 || group.tier > 3)
        return Tr::tr("%1: the tier must be 1, 2 or 3, not %2.").arg(name).arg(group.tier);
    if (!oneOf(group.deliveryModel, {"pull_out", "after_school", "saturday", "virtual", "hybrid"}))
        return Tr::tr("%1: \u201c%2\u201d is not a delivery model. Choose pull-out, after school, Saturday, "
                      "virtual or hybrid.")
            .arg(name, group.deliveryModel);
    if (group.cap < 1 || group.cap > 4)
        return Tr::tr("%1: a group holds 1 to 4 students, not %2. Choose a cap from 1 to 4.")
            .arg(name)
            .arg(group.cap);
    if (group.id != 0) {
        const auto seats =
            static_cast<int>(db.queryInteger("SELECT count(*) FROM enrollments WHERE group_id = ?"
                                             " AND status IN ('invited', 'consented', 'active')",
                                             group.id));
        if (group.cap < seats)
            return Tr::tr("%1 has %n student(s) holding seats, more than a cap of %2. Move students to other "
                          "groups first, or keep the cap at %n or more.",
                          nullptr, seats)
                .arg(name)
                .arg(group.cap);
    }
    if (group.minutes < 5 || group.minutes > 240)
        return Tr::tr("%1: a session lasts 5 to 240 minutes, not %2.").arg(name).arg(group.minutes);
    if (group.weekdays < 0 || group.weekdays > 127)
        return Tr::tr("%1: the meeting days are not valid. Choose the weekdays again.").arg(name);
    if (group.startsAt.isValid() && group.startsAt.addSecs(group.minutes * 60) < group.startsAt)
        return Tr::tr(
                   "%1: a session starting at %2 for %3 minutes would end after midnight. Choose an earlier "
                   "start.")
            .arg(name, ScheduleText::time(group.startsAt))
            .arg(group.minutes);
    if (!group.startDay.isValid() || !group.endDay.isValid())
        return Tr::tr("%1 needs a start day and an end day. Enter both.").arg(name);
    if (group.startDay > group.endDay)
        return Tr::tr("%1 starts on %2, after its end day %3. Choose an end day on or after the start.")
            .arg(name, ScheduleText::day(group.startDay), ScheduleText::day(group.endDay));
    if (!oneOf(group.status, {"planned", "active", "ended"}))
        return Tr::tr("%1: \u201c%2\u201d is not a group status. Choose planned, active or ended.")
            .arg(name, group.status);
    if (group.id != 0 && db.queryInteger("SELECT count(*) FROM tutoring_groups WHERE id = ?", group.id) == 0)
        return Tr::tr("There is no group %1 any more (it may have been removed). Reload the page.")
            .arg(group.id);
    if (group.tutorId) {
        const auto tutor = Tutors::find(store, *group.tutorId);
        if (!tutor)
            return Tr::tr("%1: the chosen tutor is no longer on the roster. Choose another tutor.").arg(name);
        const QDate firstDay = std::max(from, group.startDay);
        if (tutor->status == QLatin1String("inactive"))
            return Tr::tr(
                       "%1 is inactive and cannot lead %2. Choose another tutor, or make them active on the "
                       "Tutors page.")
                .arg(tutor->displayName(), name);
        if (!Clearances::canWork(*tutor, firstDay)) {
            const QString why = Clearances::refusal(*tutor, firstDay);
            return why.isEmpty()
                       ? Tr::tr("%1 is not cleared to work with students on %2. Record their clearances "
                                "on the Tutors page first.")
                             .arg(tutor->displayName(), ScheduleText::day(firstDay))
                       : why;
        }
    }
    return std::nullopt;
}

} // namespace tutordesk
