#include "schedule/ScheduleQuery.h"

#include "schedule/ScheduleText.h"
#include "store/Store.h"

#include <string>
#include <unordered_map>

namespace tutordesk {

namespace {

// Sessions with their group, tutor and substitute. needsCover: scheduled, nobody covering, and the tutor
// has an absence over the day.
constexpr const char* sessionSelect =
    "SELECT s.id, s.sourced_id, s.group_id, g.sourced_id, g.name, g.subject, g.tier, g.location, s.day,"
    " s.starts_at, s.minutes, s.status, s.kind, coalesce(s.cancel_reason, ''), s.tutor_id,"
    " coalesce(t.first_name || ' ' || t.last_name, ''), coalesce(t.sourced_id, ''), s.substitute_tutor_id,"
    " coalesce(sub.first_name || ' ' || sub.last_name, ''), coalesce(sub.sourced_id, ''),"
    " s.status = 'scheduled' AND s.substitute_tutor_id IS NULL AND s.tutor_id IS NOT NULL AND EXISTS ("
    "   SELECT 1 FROM tutor_absences a WHERE a.tutor_id = s.tutor_id AND a.from_day <= s.day"
    "   AND a.to_day >= s.day)"
    " FROM sessions s JOIN tutoring_groups g ON g.id = s.group_id"
    " LEFT JOIN tutors t ON t.id = s.tutor_id LEFT JOIN tutors sub ON sub.id = s.substitute_tutor_id";

constexpr const char* sessionOrder = " ORDER BY s.day, s.starts_at, g.name, s.id";

constexpr const char* studentName =
    "CASE WHEN st.preferred_name <> '' THEN st.preferred_name ELSE st.first_name END || ' ' || st.last_name";

ScheduledSession readSession(const Statement& st)
{
    ScheduledSession s;
    s.id = st.integer(0);
    s.sourcedId = st.text(1);
    s.groupId = st.integer(2);
    s.groupSourcedId = st.text(3);
    s.groupName = st.text(4);
    s.subject = st.text(5);
    s.tier = static_cast<int>(st.integer(6));
    s.location = st.text(7);
    s.day = ScheduleText::parseDay(st.text(8));
    s.start = ScheduleText::parseTime(st.text(9));
    s.minutes = static_cast<int>(st.integer(10));
    s.status = st.text(11);
    s.kind = st.text(12);
    s.cancelReason = st.text(13);
    s.tutorId = st.optionalInteger(14);
    s.tutorName = st.text(15);
    s.tutorSourcedId = st.text(16);
    s.substituteId = st.optionalInteger(17);
    s.substituteName = st.text(18);
    s.substituteSourcedId = st.text(19);
    s.needsCover = st.integer(20) != 0;
    return s;
}

struct SeatHolder {
    ScheduledSession::Student student;
    QDate beginDay; // null: from the start
};

// Fills every session's students with three queries for the whole set, whatever its size: the attendance
// taken for the sessions; for those without attendance, the students a make-up is for (session_students),
// else the seat holders of their groups.
// `scope` selects the same sessions' ids ("SELECT s.id FROM sessions s WHERE …"); `bind` binds its values.
template <typename Bind>
void fillStudents(Database& db, std::vector<ScheduledSession>& sessions, const std::string& scope,
                  const Bind& bind)
{
    if (sessions.empty())
        return;
    std::unordered_map<std::int64_t, std::size_t> byId;
    for (std::size_t i = 0; i < sessions.size(); ++i)
        byId.emplace(sessions[i].id, i);

    std::vector<bool> hasAttendance(sessions.size(), false);
    Statement attended = db.prepare("SELECT a.session_id, st.id, st.sourced_id, " + std::string(studentName) +
                                    " FROM attendance a JOIN students st ON st.id = a.student_id"
                                    " WHERE a.session_id IN (" +
                                    scope + ") ORDER BY st.last_name_key, st.first_name_key, st.id");
    bind(attended);
    while (attended.step()) {
        const auto found = byId.find(attended.integer(0));
        if (found == byId.end())
            continue;
        sessions[found->second].students.push_back({attended.integer(1), attended.text(2), attended.text(3)});
        hasAttendance[found->second] = true;
    }

    // A make-up for some students only lists them, not the whole group.
    std::vector<bool> hasOwnStudents(sessions.size(), false);
    Statement own = db.prepare("SELECT ss.session_id, st.id, st.sourced_id, " + std::string(studentName) +
                               " FROM session_students ss JOIN students st ON st.id = ss.student_id"
                               " WHERE ss.session_id IN (" +
                               scope + ") ORDER BY st.last_name_key, st.first_name_key, st.id");
    bind(own);
    while (own.step()) {
        const auto found = byId.find(own.integer(0));
        if (found == byId.end() || hasAttendance[found->second])
            continue;
        sessions[found->second].students.push_back({own.integer(1), own.text(2), own.text(3)});
        hasOwnStudents[found->second] = true;
    }

    std::unordered_map<std::int64_t, std::vector<SeatHolder>> seats;
    Statement holders = db.prepare("SELECT e.group_id, st.id, st.sourced_id, " + std::string(studentName) +
                                   ", e.begin_day FROM enrollments e JOIN students st ON st.id = e.student_id"
                                   " WHERE e.status IN ('invited', 'consented', 'active') AND e.group_id IN ("
                                   "SELECT s.group_id FROM sessions s WHERE s.id IN (" +
                                   scope + ")) ORDER BY st.last_name_key, st.first_name_key, st.id");
    bind(holders);
    while (holders.step()) {
        seats[holders.integer(0)].push_back(
            {{holders.integer(1), holders.text(2), holders.text(3)},
             holders.isNull(4) ? QDate() : ScheduleText::parseDay(holders.text(4))});
    }
    for (std::size_t i = 0; i < sessions.size(); ++i) {
        if (hasAttendance[i] || hasOwnStudents[i])
            continue;
        ScheduledSession& session = sessions[i];
        const auto group = seats.find(session.groupId);
        if (group == seats.end())
            continue;
        for (const SeatHolder& seat : group->second) {
            if (!seat.beginDay.isValid() || seat.beginDay <= session.day)
                session.students.push_back(seat.student);
        }
    }
}

} // namespace

std::vector<ScheduledSession> ScheduleQuery::range(Store& store, const QDate& from, const QDate& to,
                                                   const Filter& filter)
{
    std::vector<ScheduledSession> sessions;
    if (!from.isValid() || !to.isValid() || from > to)
        return sessions;
    Database& db = store.db();
    // Only constant fragments are joined; every value is bound. Leaving out the filters not asked for
    // lets SQLite use the day index (or the group's) instead of testing "? IS NULL" on every row.
    std::string where = " WHERE s.day BETWEEN ?1 AND ?2";
    if (filter.tutorId)
        where += " AND (s.tutor_id = ?3 OR s.substitute_tutor_id = ?3)";
    if (filter.groupId)
        where += " AND s.group_id = ?4";
    if (!filter.includeCancelled)
        where += " AND s.status <> 'cancelled'";
    // Numbered parameters: the session query and both students' queries share this binder.
    const auto bind = [&](Statement& st) {
        st.bindAll(from, to);
        if (filter.tutorId)
            st.bind(3, *filter.tutorId);
        if (filter.groupId)
            st.bind(4, *filter.groupId);
    };
    Statement st = db.prepare(sessionSelect + where + sessionOrder);
    bind(st);
    while (st.step())
        sessions.push_back(readSession(st));
    fillStudents(db, sessions, "SELECT s.id FROM sessions s" + where, bind);
    return sessions;
}

std::optional<ScheduledSession> ScheduleQuery::session(Store& store, std::int64_t sessionId)
{
    Database& db = store.db();
    const std::string where = " WHERE s.id = ?1";
    const auto bind = [&](Statement& st) { st.bindAll(sessionId); };
    Statement st = db.prepare(sessionSelect + where);
    bind(st);
    if (!st.step())
        return std::nullopt;
    std::vector<ScheduledSession> sessions{readSession(st)};
    fillStudents(db, sessions, "SELECT s.id FROM sessions s" + where, bind);
    return std::move(sessions.front());
}

QDate ScheduleQuery::weekStart(const QDate& day)
{
    return day.isValid() ? day.addDays(1 - day.dayOfWeek()) : QDate();
}

} // namespace tutordesk
