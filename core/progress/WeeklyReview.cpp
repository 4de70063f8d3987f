#include "progress/WeeklyReview.h"

#include "families/ContactQuery.h"
#include "progress/SeatFigures.h"
#include "schedule/ScheduleQuery.h"
#include "schedule/Staffing.h"
#include "schedule/Supervisors.h"
#include "school/School.h"
#include "store/Store.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <string>

namespace tutordesk {

namespace {

// "Sofía R.": the preferred name, else the first name, and the last name's initial.
constexpr char shortNameSql[] =
    "(CASE WHEN s.id IS NULL THEN '' ELSE"
    " CASE WHEN trim(s.preferred_name) <> '' THEN trim(s.preferred_name) ELSE trim(s.first_name) END"
    " || CASE WHEN trim(s.last_name) <> '' THEN ' ' || upper(substr(trim(s.last_name), 1, 1)) || '.' ELSE ''"
    " END END)";

std::optional<double> rate(int attended, int absent)
{
    if (attended + absent == 0)
        return std::nullopt;
    return double(attended) / (attended + absent);
}

void countAttendance(Store& store, const QDate& from, const QDate& to, int& attended, int& absent)
{
    attended = absent = 0;
    if (to < from)
        return;
    Statement st = store.db().prepare("SELECT coalesce(sum(a.status IN ('present', 'tardy')), 0),"
                                      " coalesce(sum(a.status IN ('excused', 'unexcused')), 0)"
                                      " FROM sessions s JOIN attendance a ON a.session_id = s.id"
                                      " WHERE s.day BETWEEN ? AND ?");
    st.bindAll(from, to);
    if (st.step()) {
        attended = static_cast<int>(st.integer(0));
        absent = static_cast<int>(st.integer(1));
    }
}

void countSessions(Store& store, const QDate& today, WeeklyReview& r)
{
    if (r.through < r.weekStart)
        return;
    // A session with attendance was held even if nobody marked it so (SeatFigures counts it the same way).
    Statement st = store.db().prepare(
        "SELECT coalesce(sum(held), 0), coalesce(sum(held AND kind = 'makeup'), 0),"
        " coalesce(sum(status = 'cancelled'), 0),"
        " coalesce(sum(status = 'cancelled' AND cancel_reason = 'tutor_absent'), 0),"
        " coalesce(sum(status = 'cancelled' AND cancel_reason = 'school_event'), 0),"
        " coalesce(sum(status = 'cancelled' AND cancel_reason = 'weather'), 0),"
        " coalesce(sum(status = 'cancelled' AND cancel_reason = 'student_event'), 0),"
        " coalesce(sum(status = 'cancelled' AND (cancel_reason IS NULL OR cancel_reason = 'other')), 0),"
        " coalesce(sum(status = 'scheduled' AND NOT taken AND day < :today), 0),"
        " coalesce(sum(status <> 'cancelled' AND substitute_tutor_id IS NOT NULL), 0)"
        " FROM (SELECT s.kind, s.status, s.cancel_reason, s.day, s.substitute_tutor_id,"
        "  EXISTS (SELECT 1 FROM attendance a WHERE a.session_id = s.id) AS taken,"
        "  (s.status = 'held' OR EXISTS (SELECT 1 FROM attendance a WHERE a.session_id = s.id)) AS held"
        "  FROM sessions s WHERE s.day BETWEEN :from AND :through)");
    st.bindNamed(":today", today);
    st.bindNamed(":from", r.weekStart);
    st.bindNamed(":through", r.through);
    if (!st.step())
        return;
    const auto at = [&](int column) { return static_cast<int>(st.integer(column)); };
    r.sessionsHeld = at(0);
    r.makeupsHeld = at(1);
    r.sessionsCancelled = at(2);
    r.cancelledTutorAbsent = at(3);
    r.cancelledSchoolEvent = at(4);
    r.cancelledWeather = at(5);
    r.cancelledStudentEvent = at(6);
    r.cancelledOther = at(7);
    r.sessionsWithoutAttendance = at(8);
    r.sessionsCoveredBySubstitute = at(9);
}

void countStaffing(Store& store, WeeklyReview& r)
{
    // Groups, tutors and supervisors as they stand on the day shown; the session figures are ours.
    const StaffingFigures staffing = Staffing::figures(store, QDate(), QDate(), r.through);
    r.activeGroups = staffing.activeGroups;
    r.staffedGroups = staffing.staffedGroups;
    r.unstaffedGroups = staffing.unstaffedGroups;
    for (const SupervisorLoad& load : staffing.loads)
        r.supervisors.push_back(
            {load.supervisor.displayName(), load.tutorCount(), load.supervisor.maxTutors});
    r.unsupervisedTutors = Supervisors::unsupervisedTutors(store);
    if (r.through >= r.weekStart)
        r.tutorsAbsent =
            static_cast<int>(store.db().queryInteger("SELECT count(DISTINCT tutor_id) FROM tutor_absences"
                                                     " WHERE from_day <= ? AND to_day >= ?",
                                                     r.through, r.weekStart));
}

void readFlags(Store& store, WeeklyReview& r)
{
    const std::string sql =
        "WITH " + SeatFigures::commonTables(store, r.through) + " SELECT flag, student, grp FROM (SELECT " +
        ProgressFlags::sqlExpression() + " AS flag, " + shortNameSql +
        " AS student, g.name AS grp, s.last_name_key, s.first_name_key"
        " FROM seat_figures sf JOIN tutoring_groups g ON g.id = sf.group_id"
        " JOIN students s ON s.id = sf.student_id"
        " LEFT JOIN probe_growth pg ON pg.student_id = sf.student_id AND pg.skill = g.skill_code)"
        " WHERE flag > 0 ORDER BY flag DESC, grp, last_name_key, first_name_key";
    Statement st = store.db().prepare(sql);
    st.bindNamed(":today", r.through);
    ProgressFlags::bind(st, ProgressFlags::load(store));
    while (st.step())
        r.flagged.push_back({st.text(1), st.text(2), static_cast<ProgressFlag>(st.integer(0))});
}

void countOutreach(Store& store, WeeklyReview& r)
{
    if (r.through < r.weekStart)
        return;
    // The contact log's own counting, so the review agrees with the Contacts page for the same days.
    ContactFilter filter;
    filter.from = r.weekStart;
    filter.to = r.through;
    const ContactQuery::Summary all = ContactQuery::summary(store, filter);
    r.contactsAttempted = all.attempts;
    r.contactsReached = all.reached;
    r.familiesReached = all.studentsReached;
    filter.method = QStringLiteral("letter");
    r.lettersSent = ContactQuery::summary(store, filter).attempts;
}

void readOverdue(Store& store, WeeklyReview& r)
{
    // Open on the day shown: still open, or resolved after that day (a past week's review reads the same
    // next month as it did that Friday).
    const QString dayAfterUtc =
        QDateTime(r.through.addDays(1), QTime(0, 0)).toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    const std::string where =
        " FROM protocol_actions pa LEFT JOIN students s ON s.id = pa.student_id"
        " WHERE pa.due_on < :day AND pa.created_on <= :day"
        " AND (pa.status = 'open' OR (pa.status <> 'open' AND pa.resolved_at >= :after))";
    Statement count = store.db().prepare("SELECT count(*)" + where);
    count.bindNamed(":day", r.through);
    count.bindNamed(":after", dayAfterUtc);
    if (count.step())
        r.overdueActions = static_cast<int>(count.integer(0));
    Statement st = store.db().prepare("SELECT " + std::string(shortNameSql) + ", pa.rule, pa.due_on" + where +
                                      " ORDER BY pa.due_on, pa.id LIMIT :limit");
    st.bindNamed(":day", r.through);
    st.bindNamed(":after", dayAfterUtc);
    st.bindNamed(":limit", WeeklyReviews::oldestOverdueShown);
    while (st.step())
        r.oldestOverdue.push_back({st.text(0), st.text(1), QDate::fromString(st.text(2), Qt::ISODate)});
}

QJsonValue optionalNumber(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QString flagCode(ProgressFlag flag)
{
    return flag == ProgressFlag::NotAttending ? QStringLiteral("notAttending")
                                              : QStringLiteral("notImproving");
}

} // namespace

std::optional<double> WeeklyReview::attendanceRate() const
{
    return rate(attended, absent);
}

std::optional<double> WeeklyReview::attendanceRateLastWeek() const
{
    return rate(attendedLastWeek, absentLastWeek);
}

std::optional<int> WeeklyReview::attendanceChangePoints() const
{
    const auto now = attendanceRate();
    const auto before = attendanceRateLastWeek();
    if (!now || !before)
        return std::nullopt;
    // The difference of the two rounded percentages, so the sentence's numbers add up as the reader checks.
    return static_cast<int>(std::lround(*now * 100)) - static_cast<int>(std::lround(*before * 100));
}

int WeeklyReview::notAttending() const
{
    return static_cast<int>(
        std::count_if(flagged.cbegin(), flagged.cend(),
                      [](const WeeklyFlaggedStudent& f) { return f.flag == ProgressFlag::NotAttending; }));
}

int WeeklyReview::notImproving() const
{
    return static_cast<int>(
        std::count_if(flagged.cbegin(), flagged.cend(),
                      [](const WeeklyFlaggedStudent& f) { return f.flag == ProgressFlag::NotImproving; }));
}

WeeklyReview WeeklyReviews::review(Store& store, const QDate& day, const QDate& today)
{
    WeeklyReview r;
    if (const auto school = School::load(store))
        r.schoolName = school->name;
    r.weekStart = ScheduleQuery::weekStart(day);
    r.weekEnd = r.weekStart.addDays(6);
    r.through = std::min(today, r.weekEnd);
    r.currentWeek = today >= r.weekStart && today <= r.weekEnd;
    countAttendance(store, r.weekStart, r.through, r.attended, r.absent);
    // Last week as a whole: up to today as well, should "today" lie in it.
    countAttendance(store, r.weekStart.addDays(-7), std::min(today, r.weekStart.addDays(-1)),
                    r.attendedLastWeek, r.absentLastWeek);
    countSessions(store, today, r);
    countStaffing(store, r);
    readFlags(store, r);
    countOutreach(store, r);
    readOverdue(store, r);
    return r;
}

QJsonObject WeeklyReviews::toJson(const WeeklyReview& r)
{
    const auto day = [](const QDate& d) { return d.toString(Qt::ISODate); };
    QJsonObject lastWeek{{QStringLiteral("attended"), r.attendedLastWeek},
                         {QStringLiteral("absent"), r.absentLastWeek},
                         {QStringLiteral("rate"), optionalNumber(r.attendanceRateLastWeek())}};
    const auto change = r.attendanceChangePoints();
    QJsonObject attendance{{QStringLiteral("attended"), r.attended},
                           {QStringLiteral("absent"), r.absent},
                           {QStringLiteral("rate"), optionalNumber(r.attendanceRate())},
                           {QStringLiteral("lastWeek"), lastWeek},
                           {QStringLiteral("changePoints"), change ? QJsonValue(*change) : QJsonValue()}};
    QJsonObject reasons{{QStringLiteral("tutorAbsent"), r.cancelledTutorAbsent},
                        {QStringLiteral("schoolEvent"), r.cancelledSchoolEvent},
                        {QStringLiteral("weather"), r.cancelledWeather},
                        {QStringLiteral("studentEvent"), r.cancelledStudentEvent},
                        {QStringLiteral("other"), r.cancelledOther}};
    QJsonObject sessions{{QStringLiteral("held"), r.sessionsHeld},
                         {QStringLiteral("makeupsHeld"), r.makeupsHeld},
                         {QStringLiteral("cancelled"), r.sessionsCancelled},
                         {QStringLiteral("cancelledByReason"), reasons},
                         {QStringLiteral("withoutAttendance"), r.sessionsWithoutAttendance}};
    QJsonObject staffing{{QStringLiteral("activeGroups"), r.activeGroups},
                         {QStringLiteral("staffedGroups"), r.staffedGroups},
                         {QStringLiteral("fillRate"), r.fillRate()},
                         {QStringLiteral("unstaffedGroups"), QJsonArray::fromStringList(r.unstaffedGroups)},
                         {QStringLiteral("coveredBySubstitute"), r.sessionsCoveredBySubstitute},
                         {QStringLiteral("tutorsAbsent"), r.tutorsAbsent}};
    QJsonArray supervisors;
    for (const WeeklySupervisorRow& row : r.supervisors)
        supervisors.append(QJsonObject{{QStringLiteral("name"), row.name},
                                       {QStringLiteral("tutors"), row.tutors},
                                       {QStringLiteral("maxTutors"), row.maxTutors},
                                       {QStringLiteral("overCapacity"), row.overCapacity()}});
    QJsonArray students;
    for (const WeeklyFlaggedStudent& f : r.flagged)
        students.append(QJsonObject{{QStringLiteral("student"), f.student},
                                    {QStringLiteral("group"), f.group},
                                    {QStringLiteral("flag"), flagCode(f.flag)}});
    QJsonObject flags{{QStringLiteral("notAttending"), r.notAttending()},
                      {QStringLiteral("notImproving"), r.notImproving()},
                      {QStringLiteral("students"), students}};
    QJsonObject outreach{{QStringLiteral("attempted"), r.contactsAttempted},
                         {QStringLiteral("reached"), r.contactsReached},
                         {QStringLiteral("familiesReached"), r.familiesReached},
                         {QStringLiteral("lettersSent"), r.lettersSent}};
    QJsonArray oldest;
    for (const WeeklyOverdueAction& a : r.oldestOverdue)
        oldest.append(QJsonObject{{QStringLiteral("student"), a.student},
                                  {QStringLiteral("rule"), a.rule},
                                  {QStringLiteral("due"), day(a.due)}});
    return {{QStringLiteral("school"), r.schoolName},
            {QStringLiteral("weekStart"), day(r.weekStart)},
            {QStringLiteral("weekEnd"), day(r.weekEnd)},
            {QStringLiteral("through"), day(r.through)},
            {QStringLiteral("currentWeek"), r.currentWeek},
            {QStringLiteral("attendance"), attendance},
            {QStringLiteral("sessions"), sessions},
            {QStringLiteral("staffing"), staffing},
            {QStringLiteral("supervisors"), supervisors},
            {QStringLiteral("unsupervisedTutors"), QJsonArray::fromStringList(r.unsupervisedTutors)},
            {QStringLiteral("flags"), flags},
            {QStringLiteral("outreach"), outreach},
            {QStringLiteral("overdueActions"),
             QJsonObject{{QStringLiteral("count"), r.overdueActions}, {QStringLiteral("oldest"), oldest}}}};
}

} // namespace tutordesk
