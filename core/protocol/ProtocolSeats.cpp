#include "protocol/ProtocolSeats.h"

#include "protocol/ProtocolActionRows.h"
#include "protocol/ProtocolRules.h"
#include "protocol/ProtocolTriggers.h"
#include "schedule/ScheduleText.h"
#include "schedule/SchoolCalendar.h"
#include "store/Store.h"

#include <QCoreApplication>

#include <algorithm>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::ProtocolEngine)
};

// An enrollment whose attendance the protocol follows: a seat in a group, active, consented or paused.
struct Seat {
    std::int64_t studentId = 0;
    std::int64_t groupId = 0;
    bool paused = false;
};

// A record of a seat's history with what orders it: day, start time, session.
struct HistoryRecord {
    AttendancePoint point;
    int startMinute = 0;
    bool operator<(const HistoryRecord& other) const
    {
        if (point.day != other.point.day)
            return point.day < other.point.day;
        if (startMinute != other.startMinute)
            return startMinute < other.startMinute;
        return point.sessionId < other.point.sessionId;
    }
};

// One action's identity: the same rule for the same absence of the same seat is never asked twice.
struct ActionKey {
    std::int64_t enrollmentId = 0;
    int rule = 0;
    std::int64_t sessionId = 0;
    bool operator==(const ActionKey&) const = default;
};

struct ActionKeyHash {
    std::size_t operator()(const ActionKey& k) const
    {
        const std::size_t h = std::hash<std::int64_t>()(k.enrollmentId);
        return (h * 1000003U) ^ (std::hash<std::int64_t>()(k.sessionId) * 31U) ^
               static_cast<std::size_t>(k.rule);
    }
};

struct SeatPlace {
    std::int64_t studentId = 0;
    std::int64_t groupId = 0;
    bool operator==(const SeatPlace&) const = default;
};

struct SeatPlaceHash {
    std::size_t operator()(const SeatPlace& p) const
    {
        return std::hash<std::int64_t>()(p.studentId) * 1000003U ^ std::hash<std::int64_t>()(p.groupId);
    }
};

struct ExistingAction {
    std::int64_t id = 0;
    std::int64_t studentId = 0;
    bool open = false;
};

// Who the engine looks at: every seat of the school, or the seats of some students.
class Scope {
public:
    static Scope school() { return Scope(); }
    static Scope students(const std::vector<std::int64_t>& ids)
    {
        Scope scope;
        scope.m_students = std::set<std::int64_t>(ids.begin(), ids.end());
        return scope;
    }
    bool isSchool() const { return !m_students.has_value(); }
    // A few students (one session's attendance) are read student by student through the indexes; many
    // are read with the whole school and picked out.
    bool readsPerStudent() const { return m_students && m_students->size() <= 64; }
    bool includes(std::int64_t studentId) const { return !m_students || m_students->count(studentId) != 0; }
    const std::set<std::int64_t>& studentIds() const { return *m_students; }

private:
    std::optional<std::set<std::int64_t>> m_students;
};

constexpr const char* seatsSql =
    "SELECT id, student_id, group_id, status = 'paused' FROM enrollments"
    " WHERE group_id IS NOT NULL AND status IN ('active', 'consented', 'paused')";

// Every attendance record at a held session (make-ups included) with its group: matched to the seats in
// code, since joining enrollments in SQL and sorting there takes seconds on the large school's 600,000 rows.
// Days come as Julian day numbers, start times as minutes and statuses as AttendanceStatus values.
constexpr const char* historySql =
    "SELECT a.student_id, s.group_id, a.session_id, CAST(julianday(s.day) + 0.5 AS INTEGER),"
    " CAST(substr(s.starts_at, 1, 2) AS INTEGER) * 60 + CAST(substr(s.starts_at, 4, 2) AS INTEGER),"
    " CASE a.status WHEN 'present' THEN 0 WHEN 'tardy' THEN 1 WHEN 'excused' THEN 2 ELSE 3 END"
    " FROM attendance a JOIN sessions s ON s.id = a.session_id WHERE s.status = 'held'";

constexpr const char* actionsSql = "SELECT id, enrollment_id, rule, session_id, student_id, status = 'open'"
                                   " FROM protocol_actions WHERE enrollment_id IS NOT NULL"
                                   " AND session_id IS NOT NULL AND rule <> 'cover_tutor_absence'";

AttendanceStatus statusFrom(std::int64_t value)
{
    switch (value) {
    case 0:
        return AttendanceStatus::Present;
    case 1:
        return AttendanceStatus::Tardy;
    case 2:
        return AttendanceStatus::Excused;
    default:
        return AttendanceStatus::Unexcused;
    }
}

// Runs `sql` once for the whole school, or once per student with " AND <column> = ?" added.
template <typename Row>
void forEachRow(Database& db, const Scope& scope, const std::string& sql, const char* studentColumn,
                const char* order, const Row& row)
{
    if (!scope.readsPerStudent()) {
        Statement st = db.prepare(sql + order);
        while (st.step()) {
            row(st);
        }
        return;
    }
    Statement st = db.prepare(sql + " AND " + studentColumn + " = ?" + order);
    for (const std::int64_t student : scope.studentIds()) {
        st.bindAll(student);
        while (st.step())
            row(st);
    }
}

class SeatRefresh {
public:
    SeatRefresh(Store& store, const Scope& scope, const QDate& today, const SchoolCalendar& calendar,
                const ProtocolThresholds& thresholds)
        : m_db(store.db())
        , m_scope(scope)
        , m_today(today)
        , m_calendar(calendar)
        , m_thresholds(thresholds)
    {
        const QString since = m_db.queryText("SELECT value FROM settings WHERE key = 'protocol.since'");
        m_since = ScheduleText::parseDay(since.trimmed());
    }

    ProtocolRefresh run()
    {
        loadSeats();
        loadActions();
        evaluate();
        ProtocolRefresh result;
        result.created = create();
        result.withdrawn = withdraw();
        return result;
    }

private:
    struct Fired {
        std::int64_t enrollmentId = 0;
        ProtocolTrigger trigger;
    };

    void loadSeats()
    {
        forEachRow(m_db, m_scope, seatsSql, "student_id", "", [&](const Statement& st) {
            if (m_scope.includes(st.integer(1)))
                m_seats.emplace(st.integer(0), Seat{st.integer(1), st.integer(2), st.integer(3) != 0});
        });
    }

    void loadActions()
    {
        forEachRow(m_db, m_scope, actionsSql, "student_id", "", [&](const Statement& st) {
            const auto rule = ProtocolRuleNames::fromCode(st.text(2));
            if (!rule || m_seats.count(st.integer(1)) == 0)
                return;
            m_existing.emplace(ActionKey{st.integer(1), static_cast<int>(*rule), st.integer(3)},
                               ExistingAction{st.integer(0), st.integer(4), st.integer(5) != 0});
        });
    }

    // Reads every seat's history, puts each in the order its sessions met, and keeps what fired.
    void evaluate()
    {
        // (student, group) → the seats of that student in that group (one, unless data is odd).
        std::unordered_map<SeatPlace, std::vector<std::int64_t>, SeatPlaceHash> places;
        for (const auto& [id, seat] : m_seats)
            places[SeatPlace{seat.studentId, seat.groupId}].push_back(id);
        std::unordered_map<std::int64_t, std::vector<HistoryRecord>> histories;
        forEachRow(m_db, m_scope, historySql, "a.student_id", "", [&](const Statement& st) {
            const auto found = places.find(SeatPlace{st.integer(0), st.integer(1)});
            if (found == places.end())
                return;
            const HistoryRecord record{
                {st.integer(2), QDate::fromJulianDay(st.integer(3)), statusFrom(st.integer(5))},
                static_cast<int>(st.integer(4))};
            for (const std::int64_t enrollment : found->second)
                histories[enrollment].push_back(record);
        });
        std::vector<AttendancePoint> history;
        for (auto& [enrollment, records] : histories) {
            std::sort(records.begin(), records.end());
            history.clear();
            for (const HistoryRecord& r : records)
                history.push_back(r.point);
            for (const ProtocolTrigger& t : ProtocolTriggers::evaluate(history, m_thresholds))
                m_fired.push_back({enrollment, t});
        }
        // Created in a stable order (seat, then the history's), whatever the hash map's.
        std::stable_sort(m_fired.begin(), m_fired.end(),
                         [](const Fired& a, const Fired& b) { return a.enrollmentId < b.enrollmentId; });
    }

    QDate dueOn(const ProtocolTrigger& t) const
    {
        int days = 0;
        switch (t.rule) {
        case ProtocolRule::NotifyFamily:
            days = m_thresholds.notifyDueDays;
            break;
        case ProtocolRule::ScheduleMakeup:
            days = m_thresholds.makeupDueDays;
            break;
        case ProtocolRule::Escalate:
            days = m_thresholds.escalateDueDays;
            break;
        case ProtocolRule::PauseOfferSeat:
            days = m_thresholds.pauseDueDays;
            break;
        case ProtocolRule::CoverTutorAbsence:
            days = m_thresholds.coverDueDays;
            break;
        }
        return ProtocolActionRows::dueAfter(m_calendar, t.day, days);
    }

    int create()
    {
        int created = 0;
        for (const Fired& f : m_fired) {
            const ActionKey key{f.enrollmentId, static_cast<int>(f.trigger.rule), f.trigger.sessionId};
            m_current.insert(key);
            if (m_existing.count(key) != 0)
                continue;
            // Before the school adopted the protocol: history, not a task.
            if (m_since.isValid() && f.trigger.day < m_since)
                continue;
            const Seat& seat = m_seats.at(f.enrollmentId);
            if (f.trigger.rule == ProtocolRule::PauseOfferSeat && seat.paused)
                continue;
            ProtocolActionRows::NewAction action;
            action.rule = f.trigger.rule;
            action.studentId = seat.studentId;
            action.enrollmentId = f.enrollmentId;
            action.sessionId = f.trigger.sessionId;
            action.createdOn = m_today;
            action.dueOn = dueOn(f.trigger);
            action.absencesInRow = f.trigger.absencesInRow;
            action.attendanceRate = f.trigger.attendanceRate;
            ProtocolActionRows::insert(m_db, action);
            ++created;
        }
        return created;
    }

    // Open actions whose absence no longer calls for them (changed to excused or present, cleared, or
    // the run around it changed) are withdrawn; done ones, and their contacts and letters, stay on record.
    int withdraw()
    {
        int withdrawn = 0;
        for (const auto& [key, action] : m_existing) {
            if (!action.open || m_current.count(key) != 0)
                continue;
            ProtocolActionRows::close(m_db, action.id, "withdrawn",
                                      whyWithdrawn(action.studentId, key.sessionId));
            ++withdrawn;
        }
        return withdrawn;
    }

    QString whyWithdrawn(std::int64_t studentId, std::int64_t sessionId)
    {
        Statement st = m_db.prepare("SELECT s.day, s.status, a.status FROM sessions s"
                                    " LEFT JOIN attendance a ON a.session_id = s.id AND a.student_id = ?"
                                    " WHERE s.id = ?");
        st.bindAll(studentId, sessionId);
        if (!st.step())
            return Tr::tr("Withdrawn: the session was removed.");
        const QString day = ScheduleText::day(ScheduleText::parseDay(st.text(0)));
        const QString status = st.text(2);
        if (st.text(1) == QLatin1String("cancelled"))
            return Tr::tr("Withdrawn: the session on %1 was cancelled.").arg(day);
        if (st.isNull(2))
            return Tr::tr("Withdrawn: the attendance for the session on %1 was cleared.").arg(day);
        if (status == QLatin1String("present"))
            return Tr::tr("Withdrawn: the absence on %1 is now recorded as present.").arg(day);
        if (status == QLatin1String("tardy"))
            return Tr::tr("Withdrawn: the absence on %1 is now recorded as tardy.").arg(day);
        if (status == QLatin1String("excused"))
            return Tr::tr("Withdrawn: the absence on %1 is now recorded as excused.").arg(day);
        return Tr::tr(
                   "Withdrawn: after a change to the attendance before it or to the protocol's thresholds, "
                   "the "
                   "absence on %1 no longer calls for this.")
            .arg(day);
    }

    Database& m_db;
    Scope m_scope;
    QDate m_today;
    const SchoolCalendar& m_calendar;
    const ProtocolThresholds& m_thresholds;
    QDate m_since;
    std::unordered_map<std::int64_t, Seat> m_seats;
    std::unordered_map<ActionKey, ExistingAction, ActionKeyHash> m_existing;
    std::vector<Fired> m_fired;
    std::unordered_set<ActionKey, ActionKeyHash> m_current;
};

} // namespace

ProtocolRefresh ProtocolSeats::refresh(Store& store,
                                       const std::optional<std::vector<std::int64_t>>& studentIds,
                                       const QDate& today, const SchoolCalendar& calendar,
                                       const ProtocolThresholds& thresholds)
{
    const Scope scope = studentIds ? Scope::students(*studentIds) : Scope::school();
    return SeatRefresh(store, scope, today, calendar, thresholds).run();
}

} // namespace tutordesk
