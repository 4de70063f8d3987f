#include "attendance/Dosage.h"

#include "schedule/ScheduleQuery.h"
#include "schedule/ScheduleText.h"
#include "store/Store.h"

#include <algorithm>

namespace tutordesk {

namespace {

std::optional<double> ratio(int part, int whole)
{
    if (whole <= 0)
        return std::nullopt;
    return static_cast<double>(part) / static_cast<double>(whole);
}

// The seats dosage counts: every enrollment with a group, except a place on the waitlist. A seat given back
// (paused, exited) counts up to its end day, else the day its status changed.
constexpr const char* seatSelect =
    "SELECT e.id, e.group_id, g.name, e.subject, e.tier, e.status, coalesce(e.begin_day, g.start_day),"
    " CASE WHEN e.status IN ('paused', 'exited') THEN coalesce(e.end_day, e.status_since) END, e.student_id"
    " FROM enrollments e JOIN tutoring_groups g ON g.id = e.group_id"
    " WHERE e.status IN ('active', 'consented', 'invited', 'paused', 'exited')";

constexpr const char* seatOrder =
    " ORDER BY CASE e.status WHEN 'active' THEN 0 WHEN 'consented' THEN 1 WHEN 'invited' THEN 2"
    " WHEN 'paused' THEN 3 ELSE 4 END, coalesce(e.begin_day, g.start_day), e.id";

// One query per seat: the group's sessions in the seat's span (sessions_group_day), each with the
// student's attendance (the attendance unique key). ?1 student, ?2 group, ?3 first day, ?4 last day,
// ?5 Monday of this week.
constexpr const char* figuresSelect =
    "SELECT"
    " coalesce(sum(CASE WHEN s.kind = 'regular' AND s.day >= ?5 THEN s.minutes ELSE 0 END), 0),"
    " coalesce(sum(CASE WHEN s.day >= ?5 THEN coalesce(a.minutes, 0) ELSE 0 END), 0),"
    " coalesce(sum(CASE WHEN s.kind = 'regular' THEN s.minutes ELSE 0 END), 0),"
    " coalesce(sum(coalesce(a.minutes, 0)), 0),"
    " coalesce(sum(s.kind = 'regular' AND coalesce(a.absent_from_school, 0) = 0), 0),"
    " coalesce(sum(s.kind = 'regular' AND coalesce(a.absent_from_school, 0) = 0"
    "   AND (s.status = 'held' OR EXISTS (SELECT 1 FROM attendance x WHERE x.session_id = s.id))), 0),"
    " coalesce(sum(a.status IN ('present', 'tardy')), 0),"
    " coalesce(sum(a.status IN ('excused', 'unexcused')), 0),"
    " coalesce(sum(s.kind = 'makeup' AND a.status IN ('present', 'tardy')), 0)"
    " FROM sessions s LEFT JOIN attendance a ON a.session_id = s.id AND a.student_id = ?1"
    " WHERE s.group_id = ?2 AND s.day BETWEEN ?3 AND ?4";

struct Seat {
    SeatDosage dosage;
    std::int64_t studentId = 0;
    QDate until; // the seat's last day when it gave its seat back
};

Seat readSeat(const Statement& st)
{
    Seat seat;
    seat.studentId = st.integer(8);
    seat.dosage.enrollmentId = st.integer(0);
    seat.dosage.groupId = st.integer(1);
    seat.dosage.groupName = st.text(2);
    seat.dosage.subject = st.text(3);
    seat.dosage.tier = static_cast<int>(st.integer(4));
    seat.dosage.status = st.text(5);
    seat.dosage.since = ScheduleText::parseDay(st.text(6));
    if (!st.isNull(7))
        seat.until = ScheduleText::parseDay(st.text(7));
    return seat;
}

DosageFigures figuresFor(Database& db, const Seat& seat, const QDate& today)
{
    DosageFigures figures;
    QDate last = today;
    if (seat.until.isValid())
        last = std::min(last, seat.until);
    const QDate& first = seat.dosage.since;
    if (!first.isValid() || !last.isValid() || first > last)
        return figures;
    Statement st = db.prepare(figuresSelect);
    st.bindAll(seat.studentId, seat.dosage.groupId, first, last, ScheduleQuery::weekStart(today));
    if (!st.step())
        return figures;
    const auto at = [&](int column) { return static_cast<int>(st.integer(column)); };
    figures.plannedMinutesWeek = at(0);
    figures.deliveredMinutesWeek = at(1);
    figures.plannedMinutesToDate = at(2);
    figures.deliveredMinutesToDate = at(3);
    figures.sessionsScheduled = at(4);
    figures.sessionsHeld = at(5);
    figures.sessionsAttended = at(6);
    figures.sessionsAbsent = at(7);
    figures.makeupsAttended = at(8);
    return figures;
}

} // namespace

std::optional<double> DosageFigures::deliveryRate() const
{
    return ratio(sessionsHeld, sessionsScheduled);
}

std::optional<double> DosageFigures::attendanceRate() const
{
    return ratio(sessionsAttended, sessionsAttended + sessionsAbsent);
}

std::optional<double> DosageFigures::dosageRate() const
{
    return ratio(deliveredMinutesToDate, plannedMinutesToDate);
}

DosageFigures& DosageFigures::operator+=(const DosageFigures& other)
{
    plannedMinutesWeek += other.plannedMinutesWeek;
    deliveredMinutesWeek += other.deliveredMinutesWeek;
    plannedMinutesToDate += other.plannedMinutesToDate;
    deliveredMinutesToDate += other.deliveredMinutesToDate;
    sessionsScheduled += other.sessionsScheduled;
    sessionsHeld += other.sessionsHeld;
    sessionsAttended += other.sessionsAttended;
    sessionsAbsent += other.sessionsAbsent;
    makeupsAttended += other.makeupsAttended;
    return *this;
}

std::vector<SeatDosage> Dosage::forStudent(Store& store, std::int64_t studentId, const QDate& today)
{
    Database& db = store.db();
    std::vector<Seat> seats;
    Statement st = db.prepare(std::string(seatSelect) + " AND e.student_id = ?" + seatOrder);
    st.bindAll(studentId);
    while (st.step())
        seats.push_back(readSeat(st));
    std::vector<SeatDosage> result;
    result.reserve(seats.size());
    for (Seat& seat : seats) {
        seat.dosage.figures = figuresFor(db, seat, today);
        result.push_back(std::move(seat.dosage));
    }
    return result;
}

DosageFigures Dosage::totalFor(Store& store, std::int64_t studentId, const QDate& today)
{
    DosageFigures total;
    for (const SeatDosage& seat : forStudent(store, studentId, today))
        total += seat.figures;
    return total;
}

DosageFigures Dosage::forEnrollment(Store& store, std::int64_t enrollmentId, const QDate& today)
{
    Database& db = store.db();
    Statement st = db.prepare(std::string(seatSelect) + " AND e.id = ?");
    st.bindAll(enrollmentId);
    if (!st.step())
        return {};
    return figuresFor(db, readSeat(st), today);
}

} // namespace tutordesk
