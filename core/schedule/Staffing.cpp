#include "schedule/Staffing.h"

#include "schedule/Clearances.h"
#include "schedule/Tutors.h"
#include "store/Store.h"

#include <QCoreApplication>

#include <algorithm>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::Staffing)
};

// Why an active group is not staffed on `today`, or an empty string when it is.
QString understaffed(Store& store, const std::optional<std::int64_t>& tutorId, const QDate& today)
{
    if (!tutorId)
        return Tr::tr("no tutor");
    const auto tutor = Tutors::find(store, *tutorId);
    if (!tutor)
        return Tr::tr("no tutor");
    if (tutor->status == QLatin1String("inactive"))
        return Tr::tr("tutor inactive");
    if (!Clearances::canWork(*tutor, today))
        return Clearances::of(*tutor, today).state == ClearanceState::Missing ? Tr::tr("clearance missing")
                                                                              : Tr::tr("clearance expired");
    return {};
}

void countGroups(Store& store, const QDate& today, StaffingFigures& f)
{
    Statement st = store.db().prepare("SELECT name, tutor_id FROM tutoring_groups WHERE status = 'active'"
                                      " ORDER BY name, id");
    std::vector<std::pair<QString, std::optional<std::int64_t>>> groups;
    while (st.step())
        groups.emplace_back(st.text(0), st.optionalInteger(1));
    f.activeGroups = static_cast<int>(groups.size());
    for (const auto& [name, tutorId] : groups) {
        const QString why = understaffed(store, tutorId, today);
        if (why.isEmpty())
            ++f.staffedGroups;
        else
            f.unstaffedGroups << Tr::tr("%1 (%2)").arg(name, why);
    }
}

void countSessions(Store& store, const QDate& from, const QDate& to, StaffingFigures& f)
{
    // One pass over the sessions of the range; needing cover as ScheduleQuery defines it.
    Statement st = store.db().prepare(
        "SELECT coalesce(sum(s.kind = 'regular'), 0), coalesce(sum(s.status = 'held'), 0),"
        " coalesce(sum(s.status = 'cancelled'), 0),"
        " coalesce(sum(s.status = 'cancelled' AND s.cancel_reason = 'tutor_absent'), 0),"
        " coalesce(sum(s.status <> 'cancelled' AND s.substitute_tutor_id IS NOT NULL), 0),"
        " coalesce(sum(s.status = 'scheduled' AND s.substitute_tutor_id IS NULL AND s.tutor_id IS NOT NULL"
        "   AND EXISTS (SELECT 1 FROM tutor_absences a WHERE a.tutor_id = s.tutor_id AND a.from_day <= s.day"
        "   AND a.to_day >= s.day)), 0)"
        " FROM sessions s WHERE s.day BETWEEN ? AND ?");
    st.bindAll(from, to);
    if (!st.step())
        return;
    f.sessionsPlanned = static_cast<int>(st.integer(0));
    f.sessionsHeld = static_cast<int>(st.integer(1));
    f.sessionsCancelled = static_cast<int>(st.integer(2));
    f.sessionsCancelledForStaffing = static_cast<int>(st.integer(3));
    f.sessionsCoveredBySubstitute = static_cast<int>(st.integer(4));
    f.sessionsNeedingCover = static_cast<int>(st.integer(5));
}

} // namespace

StaffingFigures Staffing::figures(Store& store, const QDate& from, const QDate& to, const QDate& today)
{
    StaffingFigures f;
    countGroups(store, today, f);
    f.activeTutors = static_cast<int>(
        store.db().queryInteger("SELECT count(*) FROM tutors WHERE status IN ('active', 'substitute')"));
    f.supervisors = static_cast<int>(store.db().queryInteger("SELECT count(*) FROM supervisors"));
    f.loads = Supervisors::loads(store);
    f.overCapacitySupervisors = static_cast<int>(std::count_if(
        f.loads.cbegin(), f.loads.cend(), [](const SupervisorLoad& load) { return load.overCapacity(); }));
    if (from.isValid() && to.isValid() && from <= to)
        countSessions(store, from, to, f);
    return f;
}

} // namespace tutordesk
