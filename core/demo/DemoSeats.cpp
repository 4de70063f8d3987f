#include "demo/DemoSeats.h"

#include "demo/DemoBenchmarks.h"
#include "demo/DemoContacts.h"
#include "demo/DemoModel.h"
#include "demo/DemoWriter.h"

#include <algorithm>

namespace tutordesk::demo {

namespace {

bool freeAt(const Student& s, const Group& g)
{
    const auto bit = static_cast<std::uint16_t>(1u << g.block);
    for (int day = 0; day < 5; ++day) {
        if ((g.weekdays & (1 << day)) && (s.busy[static_cast<std::size_t>(day)] & bit))
            return false;
    }
    return true;
}

void occupy(Student& s, const Group& g, bool taken)
{
    const auto bit = static_cast<std::uint16_t>(1u << g.block);
    for (int day = 0; day < 5; ++day) {
        if (!(g.weekdays & (1 << day)))
            continue;
        auto& busy = s.busy[static_cast<std::size_t>(day)];
        busy = taken ? static_cast<std::uint16_t>(busy | bit) : static_cast<std::uint16_t>(busy & ~bit);
    }
}

// Consent comes back after a few school days; tutoring starts at the next session after that.
void timeline(DemoWorld& w, Enrollment& e, const Group& g, const QDate& invited, int consentDays)
{
    e.invitedOn = invited;
    e.consentedOn = w.calendar.schoolDayAfter(invited, consentDays);
    e.activeFrom = std::max(g.startDay, w.calendar.schoolDayAfter(e.consentedOn, 1));
}

// Offers an open seat to the first student on the waitlist who fits the group (subject, grade band, free at
// its times). A seat offered just before `through` starts after it, so that no session goes unrecorded.
bool offerSeat(DemoWorld& w, DemoWriter& out, int groupIndex, int dayIndex, bool startAfterThrough = false)
{
    Group& g = w.groups[static_cast<std::size_t>(groupIndex)];
    const QDate day = w.calendar.schoolDays()[static_cast<std::size_t>(dayIndex)];
    // Nobody starts tutoring for the last three weeks of the year.
    if (static_cast<int>(g.seats.size()) >= g.cap ||
        w.calendar.schoolDayIndex(g.lastSessionDay) - dayIndex < 15)
        return false;
    for (auto it = w.waitlist.begin(); it != w.waitlist.end(); ++it) {
        Enrollment& e = w.enrollments[static_cast<std::size_t>(*it)];
        Student& s = w.students[static_cast<std::size_t>(e.student)];
        if (e.subject != g.subject || s.grade < g.bandLow || s.grade > g.bandHigh ||
            s.withdrawnOn.isValid() || !freeAt(s, g))
            continue;
        e.group = groupIndex;
        e.tier = g.tier;
        timeline(w, e, g, day, w.program.between(3, 10)); // slips take a week or two to come back
        if (startAfterThrough && e.activeFrom <= w.through)
            e.activeFrom = w.calendar.schoolDayAfter(w.through, 1);
        g.seats.push_back(*it);
        occupy(s, g, true);
        w.waitlist.erase(it);
        if (w.outreach.chance(0.85))
            logInvitation(w, out, s, day, g);
        if (e.consentedOn <= w.through && w.outreach.chance(0.3))
            logConsentReturned(w, out, s, e.consentedOn);
        return true;
    }
    return false;
}

} // namespace

void startEnrollments(DemoWorld& w)
{
    DemoRandom& rng = w.program;
    for (std::size_t i = 0; i < w.enrollments.size(); ++i) {
        Enrollment& e = w.enrollments[i];
        if (e.group < 0) {
            w.waitlist.push_back(static_cast<int>(i));
            continue;
        }
        const int consentDays = rng.chance(0.9) ? rng.between(1, 2) : rng.between(3, 10);
        timeline(w, e, w.groups[static_cast<std::size_t>(e.group)], w.calendar.placementDay, consentDays);
    }
    // A group meets once its first student may come.
    for (Group& g : w.groups) {
        QDate first;
        for (const int e : g.seats) {
            const QDate from = w.enrollments[static_cast<std::size_t>(e)].activeFrom;
            if (!first.isValid() || from < first)
                first = from;
        }
        if (first.isValid() && first > g.startDay)
            g.startDay = first;
    }
    std::stable_sort(w.waitlist.begin(), w.waitlist.end(), [&](int a, int b) {
        const Student& sa =
            w.students[static_cast<std::size_t>(w.enrollments[static_cast<std::size_t>(a)].student)];
        const Student& sb =
            w.students[static_cast<std::size_t>(w.enrollments[static_cast<std::size_t>(b)].student)];
        return NeedScore::ranksBefore(needRank(sa), needRank(sb));
    });
}

void openDay(DemoWorld& w, DemoWriter& out, int dayIndex)
{
    const QDate day = w.calendar.schoolDays()[static_cast<std::size_t>(dayIndex)];
    if (day == w.calendar.placementDay) {
        // The consent calls of the first round, one per student, between invitation and consent.
        int lastStudent = -1;
        for (const Enrollment& e : w.enrollments) {
            if (e.group < 0 || e.student == lastStudent)
                continue;
            lastStudent = e.student;
            if (!w.outreach.chance(0.4))
                continue;
            const QDate callDay = w.calendar.schoolDayAfter(day, w.outreach.below(2));
            if (callDay <= w.through)
                logInvitation(w, out, w.students[static_cast<std::size_t>(e.student)], callDay,
                              w.groups[static_cast<std::size_t>(e.group)]);
        }
    }
    for (std::size_t i = 0; i < w.enrollments.size(); ++i) {
        Enrollment& e = w.enrollments[i];
        const Student& s = w.students[static_cast<std::size_t>(e.student)];
        if (s.withdrawnOn != day || e.endedOn.isValid())
            continue;
        if (e.group >= 0) {
            endSeat(w, static_cast<int>(i), dayIndex, "exited", QStringLiteral("Moved away"));
        } else {
            e.endedOn = day;
            e.endStatus = "exited";
            e.exitReason = QStringLiteral("Moved away");
            w.waitlist.erase(std::remove(w.waitlist.begin(), w.waitlist.end(), static_cast<int>(i)),
                             w.waitlist.end());
        }
    }
    const std::vector<Refill> due = w.refills;
    w.refills.clear();
    for (const Refill& r : due) {
        if (r.dueDay <= dayIndex)
            offerSeat(w, out, r.group, dayIndex);
        else
            w.refills.push_back(r);
    }
}

void fillOpenSeats(DemoWorld& w, DemoWriter& out, int dayIndex)
{
    const auto inFlight = std::count_if(w.enrollments.begin(), w.enrollments.end(), [&](const Enrollment& e) {
        return e.group >= 0 && !e.endedOn.isValid() && e.activeFrom > w.through;
    });
    std::vector<int> open;
    for (std::size_t gi = 0; gi < w.groups.size(); ++gi) {
        const Group& g = w.groups[gi];
        if (g.tutor >= 0 && static_cast<int>(g.seats.size()) < g.cap)
            open.push_back(static_cast<int>(gi));
    }
    w.program.shuffle(open);
    int wanted = (w.large() ? 12 : 3) - static_cast<int>(inFlight);
    for (std::size_t i = 0; i < open.size() && wanted > 0; ++i) {
        const int invited = std::max(0, dayIndex - w.program.between(0, 4));
        if (offerSeat(w, out, open[i], invited, true))
            --wanted;
    }
}

bool holdsSeatOn(const DemoWorld& w, const Enrollment& e, const QDate& day)
{
    if (e.group < 0 || !e.activeFrom.isValid() || day < e.activeFrom ||
        (e.endedOn.isValid() && day > e.endedOn))
        return false;
    const Student& s = w.students[static_cast<std::size_t>(e.student)];
    return !(s.withdrawnOn.isValid() && day >= s.withdrawnOn);
}

void endSeat(DemoWorld& w, int enrollment, int dayIndex, const char* status, const QString& reason)
{
    Enrollment& e = w.enrollments[static_cast<std::size_t>(enrollment)];
    Group& g = w.groups[static_cast<std::size_t>(e.group)];
    e.endedOn = w.calendar.schoolDays()[static_cast<std::size_t>(dayIndex)];
    e.endStatus = status;
    e.exitReason = reason;
    g.seats.erase(std::remove(g.seats.begin(), g.seats.end(), enrollment), g.seats.end());
    occupy(w.students[static_cast<std::size_t>(e.student)], g, false);
    w.refills.push_back({e.group, dayIndex + w.program.between(1, 3)});
}

void writeEnrollments(DemoWorld& w, DemoWriter& out)
{
    for (Enrollment& e : w.enrollments) {
        const std::int64_t student = w.students[static_cast<std::size_t>(e.student)].id;
        std::optional<std::int64_t> group;
        if (e.group >= 0)
            group = w.groups[static_cast<std::size_t>(e.group)].id;
        if (e.endedOn.isValid()) {
            const QDate begin = e.activeFrom.isValid() && e.activeFrom <= e.endedOn ? e.activeFrom : QDate();
            e.id = out.enrollment(e, student, group, e.endStatus, e.endedOn, begin, e.endedOn);
        } else if (e.group < 0) {
            e.id = out.enrollment(e, student, std::nullopt, "waitlisted", e.placedOn, {}, {});
        } else if (e.activeFrom <= w.through) {
            e.id = out.enrollment(e, student, group, "active", e.activeFrom, e.activeFrom, {});
        } else if (e.consentedOn <= w.through) {
            e.id = out.enrollment(e, student, group, "consented", e.consentedOn, {}, {});
        } else {
            e.id = out.enrollment(e, student, group, "invited", e.invitedOn, {}, {});
        }
    }
}

} // namespace tutordesk::demo
