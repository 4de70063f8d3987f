#include "demo/DemoAttendance.h"

#include "demo/DemoContacts.h"
#include "demo/DemoModel.h"
#include "demo/DemoProbes.h"
#include "demo/DemoSeats.h"
#include "demo/DemoWriter.h"

#include <algorithm>

namespace tutordesk::demo {

namespace {

// Whether the student is out on this school day; both of their sessions that day share the answer.
void drawDay(DemoWorld& w, Student& s, int dayIndex)
{
    if (s.stateDay == dayIndex)
        return;
    DemoRandom& rng = w.attendance;
    const auto& days = w.calendar.schoolDays();
    const int first = w.calendar.schoolDayIndex(w.calendar.programStart);
    const double span = std::max(1, static_cast<int>(days.size()) - 1 - first);
    const double progress = std::clamp((dayIndex - first) / span, 0.0, 1.0);
    double rate = s.absenceRate;
    if (progress > s.driftFrom)
        rate += s.drift * (progress - s.driftFrom) / (1.0 - s.driftFrom);
    rate = std::min(rate, 0.8);
    // A Markov chain whose long-run absence rate is `rate`: staying out is likelier than going out.
    const double stay = 0.3 + 0.5 * rate;
    const double start = rate * (1.0 - stay) / (1.0 - rate);
    const bool wasAbsent = s.stateDay >= 0 && s.absent;
    s.absent = rng.chance(wasAbsent ? stay : start);
    if (s.absent) {
        // A streak usually keeps its kind: several sick days, or several unexplained ones.
        const bool keep = wasAbsent && rng.chance(0.8);
        s.excused = keep ? s.excused : rng.chance(0.55);
    }
    s.stateDay = dayIndex;
}

} // namespace

void prepareAttendance(DemoWorld& w)
{
    DemoRandom& rng = w.attendance;
    for (Student& s : w.students) {
        s.absenceRate = std::clamp(0.8 * (100.0 - s.attendanceRate) / 100.0 + 0.01, 0.01, 0.45);
        if (rng.chance(0.12)) {
            s.drift = rng.real(0.25, 0.55);
            s.driftFrom = rng.real(0.1, 0.6);
        }
    }
}

void takeAttendance(DemoWorld& w, DemoWriter& out, int group, std::int64_t session, int dayIndex, int minutes,
                    std::string_view recordedBy)
{
    DemoRandom& rng = w.attendance;
    const QDate day = w.calendar.schoolDays()[static_cast<std::size_t>(dayIndex)];
    // A copy: a pause or an exit below gives a seat back while we go through them.
    const std::vector<int> seats = w.groups[static_cast<std::size_t>(group)].seats;
    for (const int ei : seats) {
        Enrollment& e = w.enrollments[static_cast<std::size_t>(ei)];
        if (!holdsSeatOn(w, e, day))
            continue;
        Student& s = w.students[static_cast<std::size_t>(e.student)];
        drawDay(w, s, dayIndex);
        const char* status = "present";
        int attended = minutes;
        if (s.absent) {
            status = s.excused ? "excused" : "unexcused";
            attended = 0;
        } else if (rng.chance(0.012)) {
            status = "excused"; // kept in class for a test or an assembly
            attended = 0;
        } else if (rng.chance(0.05)) {
            status = "tardy";
            attended = std::max(5, minutes - rng.between(3, 12));
        }
        out.attendance(session, s.id, status, attended, recordedBy);
        ++e.held;
        ++e.windowHeld;
        const bool present = attended > 0;
        if (present) {
            ++e.attended;
            ++e.windowAttended;
            s.attendedMinutes[static_cast<std::size_t>(e.subject)] += attended;
            e.streak = 0;
        } else {
            ++e.streak;
            const bool excused = std::string_view(status) == "excused";
            const double call = e.streak == 1   ? (excused ? 0.25 : 0.45)
                                : e.streak == 2 ? 0.75
                                : e.streak == 3 ? 0.8
                                                : 0.0;
            if (call > 0.0 && w.outreach.chance(call))
                logMissedSession(w, out, s, day, e.streak, excused);
            const bool pause = e.streak == 5 ? rng.chance(0.8) : e.streak > 5 && rng.chance(0.5);
            if (pause) {
                logPause(w, out, s, day, w.groups[static_cast<std::size_t>(group)]);
                endSeat(w, ei, dayIndex, "paused",
                        QStringLiteral("Paused after %1 missed sessions in a row").arg(e.streak));
                continue;
            }
        }
        probeAfterSession(w, out, ei, dayIndex, present);
    }
}

} // namespace tutordesk::demo
