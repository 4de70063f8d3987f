#include "demo/DemoSessions.h"

#include "demo/DemoAttendance.h"
#include "demo/DemoBenchmarks.h"
#include "demo/DemoModel.h"
#include "demo/DemoSeats.h"
#include "demo/DemoWriter.h"

#include <algorithm>

namespace tutordesk::demo {

namespace {

// A day a grade band is out of pull-out tutoring.
struct SchoolEvent {
    int dayIndex;
    int bandLow;
    QString label;
};

// A make-up session planned for a later school day.
struct Makeup {
    int dayIndex;
    int group;
    std::int64_t original;
};

// Days a tutor was out (school-day indexes), for tutor_absences.
struct Absence {
    int tutor;
    int from;
    int to;
};

// A session due on the day being generated.
struct Planned {
    int group;
    bool makeup;
    std::int64_t original;
};

// Field trips and assemblies take a grade band out of pull-out tutoring now and then; state testing
// (CAASPP) does so for grades 3 and up in May.
std::vector<SchoolEvent> schoolEvents(DemoWorld& w)
{
    DemoRandom& rng = w.days;
    const DemoCalendar& cal = w.calendar;
    const int from = cal.schoolDayIndex(cal.programStart) + 10;
    const int to = static_cast<int>(cal.schoolDays().size()) - 6;
    std::vector<int> lows;
    for (const Group& g : w.groups) {
        if (std::find(lows.begin(), lows.end(), g.bandLow) == lows.end())
            lows.push_back(g.bandLow);
    }
    std::sort(lows.begin(), lows.end());
    static const std::array<const char*, 4> labels = {"Field trip", "Assembly", "Class pictures and assembly",
                                                      "Science fair"};
    std::vector<SchoolEvent> events;
    for (const int low : lows) {
        for (int k = 0; k < 2; ++k) {
            const int day = rng.between(from, to);
            events.push_back({day, low, QString::fromLatin1(labels[static_cast<std::size_t>(rng.below(4))])});
        }
        if (low >= 2) {
            const int testing = cal.schoolDayIndex(cal.eoyEnd) + rng.between(1, 6);
            events.push_back({testing, low, QStringLiteral("State testing (CAASPP)")});
        }
    }
    return events;
}

const SchoolEvent* eventFor(const std::vector<SchoolEvent>& events, int dayIndex, const Group& g)
{
    if (g.block >= firstAfterSchoolBlock || std::string_view(g.delivery) == "virtual")
        return nullptr;
    for (const SchoolEvent& e : events) {
        if (e.dayIndex == dayIndex && e.bandLow == g.bandLow)
            return &e;
    }
    return nullptr;
}

bool seatedOn(const DemoWorld& w, const Group& g, const QDate& day)
{
    return std::any_of(g.seats.begin(), g.seats.end(), [&](int e) {
        return holdsSeatOn(w, w.enrollments[static_cast<std::size_t>(e)], day);
    });
}

// A make-up within five school days, on a weekday the group does not meet, in the same block, when the
// tutor is free and available then and so are the students.
void planMakeup(DemoWorld& w, std::vector<Makeup>& makeups, int group, int dayIndex, std::int64_t original)
{
    const Group& g = w.groups[static_cast<std::size_t>(group)];
    const Tutor& t = w.tutors[static_cast<std::size_t>(g.tutor)];
    const auto bit = static_cast<std::uint16_t>(1u << g.block);
    const auto& days = w.calendar.schoolDays();
    for (int k = dayIndex + 1; k <= dayIndex + 5 && k < static_cast<int>(days.size()); ++k) {
        const QDate day = days[static_cast<std::size_t>(k)];
        const int weekday = day.dayOfWeek() - 1;
        if (day > g.endDay || (g.weekdays & (1 << weekday)) ||
            (t.busy[static_cast<std::size_t>(weekday)] & bit) ||
            !t.availableAt(weekday + 1, g.startMinutes(), g.minutes))
            continue;
        const bool studentsFree = std::all_of(g.seats.begin(), g.seats.end(), [&](int e) {
            const Student& s =
                w.students[static_cast<std::size_t>(w.enrollments[static_cast<std::size_t>(e)].student)];
            return !(s.busy[static_cast<std::size_t>(weekday)] & bit);
        });
        const bool tutorFree = std::none_of(makeups.begin(), makeups.end(), [&](const Makeup& m) {
            const Group& other = w.groups[static_cast<std::size_t>(m.group)];
            return m.dayIndex == k && other.block == g.block && other.tutor == g.tutor;
        });
        if (studentsFree && tutorFree) {
            makeups.push_back({k, group, original});
            return;
        }
    }
}

} // namespace

void runSessions(DemoWorld& w, DemoWriter& out, int firstPercent, int lastPercent)
{
    const DemoCalendar& cal = w.calendar;
    const auto& days = cal.schoolDays();
    DemoRandom& rng = w.days;
    const std::vector<SchoolEvent> events = schoolEvents(w);
    std::vector<Makeup> makeups;
    std::vector<int> substitutes;
    for (std::size_t t = 0; t < w.tutors.size(); ++t) {
        if (w.tutors[t].substitute)
            substitutes.push_back(static_cast<int>(t));
    }
    std::vector<Absence> absences;
    const int first = cal.schoolDayIndex(cal.placementDay);
    const int count = static_cast<int>(days.size());

    for (int k = first; k < count; ++k) {
        const QDate day = days[static_cast<std::size_t>(k)];
        const bool past = day <= w.through;
        const int weekdayBit = 1 << (day.dayOfWeek() - 1);
        if (past)
            openDay(w, out, k);

        std::vector<Planned> planned;
        for (std::size_t gi = 0; gi < w.groups.size(); ++gi) {
            const Group& g = w.groups[gi];
            if (g.tutor >= 0 && (g.weekdays & weekdayBit) && day >= g.startDay && day <= g.endDay)
                planned.push_back({static_cast<int>(gi), false, 0});
        }
        for (const Makeup& m : makeups) {
            if (m.dayIndex == k)
                planned.push_back({m.group, true, m.original});
        }
        std::stable_sort(planned.begin(), planned.end(), [&](const Planned& a, const Planned& b) {
            return w.groups[static_cast<std::size_t>(a.group)].block <
                   w.groups[static_cast<std::size_t>(b.group)].block;
        });

        // Tutors out today (an absence often lasts a day or two more); a substitute covers some of them.
        if (past) {
            std::size_t nextSub =
                static_cast<std::size_t>(rng.below(std::max<int>(1, static_cast<int>(substitutes.size()))));
            for (std::size_t ti = 0; ti < w.tutors.size(); ++ti) {
                Tutor& t = w.tutors[ti];
                if (t.substitute || t.groups == 0)
                    continue;
                const bool continuing = t.absentDay == k - 1;
                if (!rng.chance(continuing ? 0.35 : 0.035))
                    continue;
                t.absentDay = k;
                auto span = std::find_if(absences.rbegin(), absences.rend(),
                                         [&](const Absence& a) { return a.tutor == static_cast<int>(ti); });
                if (continuing && span != absences.rend())
                    span->to = k;
                else
                    absences.push_back({static_cast<int>(ti), k, k});
                t.coveredBy = -1;
                if (!t.virtualOnly && rng.chance(0.45)) {
                    for (std::size_t tries = 0; tries < substitutes.size(); ++tries) {
                        const int candidate = substitutes[nextSub];
                        nextSub = (nextSub + 1) % substitutes.size();
                        Tutor& sub = w.tutors[static_cast<std::size_t>(candidate)];
                        if (sub.coveringDay != k) {
                            sub.coveringDay = k;
                            t.coveredBy = candidate;
                            break;
                        }
                    }
                }
            }
        }

        for (const Planned& p : planned) {
            const Group& g = w.groups[static_cast<std::size_t>(p.group)];
            const Tutor& t = w.tutors[static_cast<std::size_t>(g.tutor)];
            SessionRow row;
            row.group = g.id;
            row.day = day;
            row.startsAt = timeOfDay(g.startMinutes());
            row.minutes = cal.isMinimumDay(day) ? std::min(g.minutes, 30) : g.minutes;
            row.makeup = p.makeup;
            if (p.makeup)
                row.makeupFor = p.original;
            row.tutor = t.id;
            if (!past) {
                out.session(row);
                continue;
            }
            // A group whose students have all left and whose seat is not yet refilled does not meet.
            if (!seatedOn(w, g, day))
                continue;
            const SchoolEvent* event = p.makeup ? nullptr : eventFor(events, k, g);
            const bool tutorOut = t.absentDay == k;
            if (event) {
                row.status = "cancelled";
                row.cancelReason = "school_event";
                row.notes = event->label;
            } else if (tutorOut && t.coveredBy < 0) {
                row.status = "cancelled";
                row.cancelReason = "tutor_absent";
            } else {
                row.status = "held";
                const bool sub = tutorOut;
                if (sub)
                    row.substitute = w.tutors[static_cast<std::size_t>(t.coveredBy)].id;
                row.skillCovered = g.skillCode;
                row.followedProtocol = rng.chance(sub ? 0.8 : 0.94) ? 1 : 0;
                row.onTime = rng.chance(sub ? 0.85 : 0.93) ? 1 : 0;
            }
            const std::int64_t id = out.session(row);
            if (std::string_view(row.status) == "held") {
                const Tutor& taker = tutorOut ? w.tutors[static_cast<std::size_t>(t.coveredBy)] : t;
                takeAttendance(w, out, p.group, id, k, row.minutes,
                               std::string_view(taker.displayName.constData(),
                                                static_cast<std::size_t>(taker.displayName.size())));
            } else if (!p.makeup) {
                const bool tutorAbsent = std::string_view(row.cancelReason) == "tutor_absent";
                if (rng.chance(tutorAbsent ? 0.5 : 0.25))
                    planMakeup(w, makeups, p.group, k, id);
            }
        }
        makeups.erase(
            std::remove_if(makeups.begin(), makeups.end(), [&](const Makeup& m) { return m.dayIndex <= k; }),
            makeups.end());
        if (past) {
            writeLaterBenchmarks(w, out, day);
            if (k + 1 == count || days[static_cast<std::size_t>(k) + 1] > w.through)
                fillOpenSeats(w, out, k);
        }
        if (k % 5 == 0)
            w.report(firstPercent + (lastPercent - firstPercent) * (k - first) / std::max(1, count - first));
    }

    static const std::vector<double> weights = {55, 15, 10, 10, 10};
    static constexpr std::array<const char*, 5> reasons = {"Sick", "Family emergency", "Medical appointment",
                                                           "Car trouble", "Exam at college"};
    for (const Absence& a : absences) {
        const Tutor& t = w.tutors[static_cast<std::size_t>(a.tutor)];
        int reason = rng.weighted(weights);
        if (reason == 4 && std::string_view(t.type) != "college_student")
            reason = 0;
        out.tutorAbsence(t.id, days[static_cast<std::size_t>(a.from)], days[static_cast<std::size_t>(a.to)],
                         reasons[static_cast<std::size_t>(reason)]);
    }
}

} // namespace tutordesk::demo
