#include "demo/DemoProbes.h"

#include "demo/DemoContacts.h"
#include "demo/DemoModel.h"
#include "demo/DemoSeats.h"
#include "demo/DemoWriter.h"

#include <algorithm>
#include <cmath>

namespace tutordesk::demo {

namespace {

constexpr int probeEvery = 20; // school days, about four weeks

int maxScore(const Group& g)
{
    return g.subject == Reading ? 40 : 20;
}

int scoreOf(const Enrollment& e, const Group& g)
{
    return static_cast<int>(std::lround(e.skill * maxScore(g)));
}

void writeProbe(DemoWorld& w, DemoWriter& out, const Enrollment& e, const Group& g, const QDate& day,
                const char* window)
{
    AssessmentRow row;
    row.student = w.students[static_cast<std::size_t>(e.student)].id;
    row.kind = "probe";
    row.subject = g.subject;
    row.skill = g.skillCode;
    row.instrument = g.subject == Reading ? "Tutor skill probe (word list)" : "Tutor skill probe";
    row.window = window;
    row.score = scoreOf(e, g);
    row.maxScore = maxScore(g);
    row.on = day;
    row.group = g.id;
    row.tutor = w.tutors[static_cast<std::size_t>(g.tutor)].id;
    out.assessment(row);
}

void writeConfidence(DemoWorld& w, DemoWriter& out, const Enrollment& e, const Group& g, const QDate& day,
                     const char* window, int score)
{
    AssessmentRow row;
    row.student = w.students[static_cast<std::size_t>(e.student)].id;
    row.kind = "confidence";
    row.subject = g.subject;
    row.instrument = "Student self-rating";
    row.window = window;
    row.score = std::clamp(score, 1, 5);
    row.maxScore = 5.0;
    row.on = day;
    row.group = g.id;
    row.tutor = w.tutors[static_cast<std::size_t>(g.tutor)].id;
    out.assessment(row);
}

} // namespace

void probeAfterSession(DemoWorld& w, DemoWriter& out, int enrollment, int dayIndex, bool present)
{
    Enrollment& e = w.enrollments[static_cast<std::size_t>(enrollment)];
    const Group& g = w.groups[static_cast<std::size_t>(e.group)];
    const QDate day = w.calendar.schoolDays()[static_cast<std::size_t>(dayIndex)];
    if (!present)
        return;
    DemoRandom& rng = w.probes;
    const Student& s = w.students[static_cast<std::size_t>(e.student)];

    if (!e.probed) {
        const double start =
            0.3 - 0.04 * s.levels[static_cast<std::size_t>(e.subject)] + rng.normal(0.0, 0.07);
        e.skill = std::clamp(start, 0.05, 0.6);
        e.responsiveness = rng.chance(0.15) ? rng.real(0.1, 0.4) : rng.real(0.7, 1.4);
        e.probed = true;
        e.nextProbeDay = dayIndex + probeEvery;
        e.windowHeld = e.windowAttended = 0;
        writeProbe(w, out, e, g, day, "pre");
        if (rng.chance(0.4)) {
            e.confidence = true;
            writeConfidence(w, out, e, g, day, "pre", rng.between(1, 4));
        }
        return;
    }

    if (dayIndex == w.calendar.schoolDayIndex(g.lastSessionDay) && !e.postDone) {
        e.postDone = true;
        writeProbe(w, out, e, g, day, "post");
        return;
    }
    if (dayIndex < e.nextProbeDay)
        return;

    // Growth follows the dose: sessions attended of those held since the last probe.
    const double dose = e.windowHeld > 0 ? static_cast<double>(e.windowAttended) / e.windowHeld : 0.0;
    const double gain = e.responsiveness * 0.06 * dose * (g.tier == 3 ? 1.2 : 1.0) + rng.normal(0.0, 0.035);
    e.skill = std::clamp(e.skill + gain, 0.0, 1.0);
    e.nextProbeDay = dayIndex + probeEvery;
    e.windowHeld = e.windowAttended = 0;
    ++e.probes;
    writeProbe(w, out, e, g, day, "progress");

    if (e.confidence && !e.lateConfidenceDone && day.month() >= 2 && day.month() <= 5) {
        e.lateConfidenceDone = true;
        const int lift = e.skill > 0.6 ? 1 : 0;
        writeConfidence(w, out, e, g, day, "progress", rng.between(2, 4) + lift);
    }
    if (e.skill >= 0.85 && e.probes >= 3 && rng.chance(0.5)) {
        e.postDone = true;
        writeProbe(w, out, e, g, day, "post");
        logGoalMet(w, out, s, day, g, scoreOf(e, g), maxScore(g));
        endSeat(
            w, enrollment, dayIndex, "exited",
            QStringLiteral("Met goal on %1 (%2/%3)").arg(g.skillCode).arg(scoreOf(e, g)).arg(maxScore(g)));
        return;
    }
    if (w.outreach.chance(0.05))
        logProgress(w, out, s, day, g);
}

} // namespace tutordesk::demo
