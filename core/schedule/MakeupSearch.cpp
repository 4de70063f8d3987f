#include "schedule/MakeupSearch.h"

#include "schedule/Groups.h"
#include "schedule/ScheduleText.h"
#include "schedule/SchoolCalendar.h"
#include "schedule/Tutors.h"
#include "store/Store.h"

#include <QCoreApplication>

#include <algorithm>

namespace tutordesk {

namespace {

constexpr int stepMinutes = 15;

} // namespace

MakeupSearch::MakeupSearch(Store& store, const ScheduledSession& session)
    : m_store(store)
    , m_session(session)
    , m_tutorId(session.tutorId)
    , m_usualStart(session.start)
{
    if (const auto group = Groups::find(store, session.groupId)) {
        if (group->tutorId)
            m_tutorId = group->tutorId;
        if (group->startsAt.isValid())
            m_usualStart = group->startsAt;
        if (group->usesRoom())
            m_room = group->location;
    }
}

std::vector<ScheduleConflict> MakeupSearch::conflicts(const MakeupSlot& slot) const
{
    SlotRequest request;
    request.day = slot.day;
    request.start = slot.start;
    request.minutes = minutesFor(slot);
    request.tutorId = m_tutorId;
    // Without a group the checker leaves the group's seat holders out: the listed students are checked below.
    request.groupId = m_listedStudentsOnly ? 0 : m_session.groupId;
    request.location = m_room;
    std::vector<ScheduleConflict> found = ScheduleConflicts::check(m_store, {request});
    if (m_listedStudentsOnly) {
        std::vector<ScheduleConflict> students = listedStudentConflicts(slot);
        found.insert(found.end(), students.begin(), students.end());
    }
    return found;
}

std::vector<ScheduleConflict> MakeupSearch::listedStudentConflicts(const MakeupSlot& slot) const
{
    std::vector<ScheduleConflict> found;
    // The sessions each student attends that day: those listing them (session_students), and their
    // groups' sessions that list nobody.
    Statement st = m_store.db().prepare(
        "SELECT g.name, s.starts_at, s.minutes FROM sessions s JOIN tutoring_groups g ON g.id = s.group_id"
        " WHERE s.day = ?1 AND s.status <> 'cancelled' AND (EXISTS (SELECT 1 FROM session_students ss"
        "  WHERE ss.session_id = s.id AND ss.student_id = ?2) OR (NOT EXISTS (SELECT 1 FROM session_students "
        "ss"
        "  WHERE ss.session_id = s.id) AND EXISTS (SELECT 1 FROM enrollments e WHERE e.group_id = s.group_id"
        "  AND e.student_id = ?2 AND e.status IN ('invited', 'consented', 'active'))))"
        " ORDER BY s.starts_at");
    const int from = slot.start.msecsSinceStartOfDay() / 60000;
    const int to = from + minutesFor(slot);
    for (const ScheduledSession::Student& student : m_session.students) {
        st.bindAll(slot.day, student.id);
        while (st.step()) {
            const QTime start = ScheduleText::parseTime(st.text(1));
            const int otherFrom = start.msecsSinceStartOfDay() / 60000;
            const int minutes = static_cast<int>(st.integer(2));
            if (!(from < otherFrom + minutes && otherFrom < to))
                continue;
            const QString when =
                QCoreApplication::translate("tutordesk::ScheduleConflicts", "%1 at %2")
                    .arg(ScheduleText::day(slot.day), ScheduleText::timeRange(start, minutes));
            found.emplace_back(ScheduleConflict::Kind::StudentBusy, slot.day,
                               QCoreApplication::translate("tutordesk::ScheduleConflicts",
                                                           "%1 (%2) is in %3 at the same time on %4.")
                                   .arg(student.name, student.districtId, st.text(0), when));
        }
    }
    return found;
}

std::vector<QTime> MakeupSearch::candidateStarts(const QDate& day) const
{
    std::vector<QTime> starts;
    if (m_usualStart.isValid())
        starts.push_back(m_usualStart);
    if (!m_tutorId)
        return starts;
    const auto tutor = Tutors::find(m_store, *m_tutorId);
    if (!tutor)
        return starts;
    std::vector<AvailabilityWindow> windows;
    std::copy_if(tutor->availability.cbegin(), tutor->availability.cend(), std::back_inserter(windows),
                 [&](const AvailabilityWindow& w) { return w.weekday == day.dayOfWeek(); });
    std::sort(windows.begin(), windows.end(),
              [](const AvailabilityWindow& a, const AvailabilityWindow& b) { return a.from < b.from; });
    const int minutes = m_session.minutes;
    for (const AvailabilityWindow& w : windows) {
        // Seconds since midnight, so that a window ending at midnight does not wrap around.
        const int last = w.to.msecsSinceStartOfDay() / 1000 - minutes * 60;
        for (int s = w.from.msecsSinceStartOfDay() / 1000; s <= last; s += stepMinutes * 60) {
            const QTime start = QTime(0, 0).addSecs(s);
            if (std::find(starts.cbegin(), starts.cend(), start) == starts.cend())
                starts.push_back(start);
        }
    }
    return starts;
}

std::vector<MakeupSlot> MakeupSearch::slots(int schoolDays, int limit) const
{
    return slotsAfter(m_session.day, schoolDays, limit);
}

std::vector<MakeupSlot> MakeupSearch::slotsAfter(const QDate& after, int schoolDays, int limit) const
{
    std::vector<MakeupSlot> found;
    if (limit <= 0 || schoolDays <= 0 || !after.isValid())
        return found;
    const SchoolCalendar calendar = SchoolCalendar::load(m_store);
    struct Day {
        QDate day;
        std::vector<QTime> starts;
        std::size_t next = 0; // the first start not tried yet
    };
    std::vector<Day> days;
    for (int n = 1; n <= schoolDays; ++n) {
        const QDate day = calendar.schoolDayAfter(after, n);
        if (!day.isValid())
            break;
        days.push_back(Day{day, candidateStarts(day)});
    }
    // Round by round, each day offers its next free time: a coordinator sees several days to choose
    // from before she sees a second time on the same day. Times are tried lazily, so a day whose
    // usual time is free costs one check.
    bool offered = true;
    while (offered && found.size() < static_cast<std::size_t>(limit)) {
        offered = false;
        for (Day& d : days) {
            if (found.size() >= static_cast<std::size_t>(limit))
                break;
            while (d.next < d.starts.size()) {
                const MakeupSlot slot{d.day, d.starts[d.next++], m_session.minutes};
                if (conflicts(slot).empty()) {
                    found.push_back(slot);
                    offered = true;
                    break;
                }
            }
        }
    }
    std::sort(found.begin(), found.end(), [](const MakeupSlot& a, const MakeupSlot& b) {
        return a.day != b.day ? a.day < b.day : a.start < b.start;
    });
    return found;
}

} // namespace tutordesk
