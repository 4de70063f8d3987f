#include "demo/DemoProgram.h"

#include "demo/DemoBenchmarks.h"
#include "demo/DemoModel.h"

#include <algorithm>
#include <cmath>

namespace tutordesk::demo {

namespace {

// Grades tutored together (ranks, K = 0).
struct Band {
    int low, high;
};

std::vector<Band> bands(bool large)
{
    std::vector<Band> out = {{0, 1}, {2, 3}, {4, 5}};
    if (large)
        out.push_back({6, 8});
    return out;
}

QString bandName(const Band& b)
{
    return gradeName(b.low) + QChar(0x2013) + gradeName(b.high);
}

// The subjects a student is tutored in: those where the fall diagnostic placed them below grade level.
// The large school seats most students in both, which is what gives it its volume of sessions.
std::vector<int> subjectsFor(DemoRandom& rng, const Student& s, bool large)
{
    const bool reading = s.levels[Reading] >= 1;
    const bool math = s.levels[Math] >= 1;
    const int worse = s.gap[Math] > s.gap[Reading] ? Math : Reading;
    if (reading && math)
        return rng.chance(large ? 0.97 : 0.3) ? std::vector<int>{Reading, Math} : std::vector<int>{worse};
    if (large && s.gap[Reading] > 0.0 && s.gap[Math] > 0.0)
        return {Reading, Math};
    if (reading || math)
        return {reading ? Reading : Math};
    return {worse};
}

int tierFor(const Student& s, int subject)
{
    return s.needTier == 3 && s.levels[static_cast<std::size_t>(subject)] >= 2 ? 3 : 2;
}

Enrollment enrollmentFor(const DemoWorld& w, int student, int subject)
{
    const Student& s = w.students[static_cast<std::size_t>(student)];
    Enrollment e;
    e.student = student;
    e.subject = subject;
    e.tier = tierFor(s, subject);
    e.needScore = s.needScore;
    e.needBreakdown = s.needBreakdown;
    e.placedOn = w.calendar.placementDay;
    return e;
}

const Skill& skillFor(DemoRandom& rng, const DemoWorld& w, int subject, int level)
{
    std::vector<int> matches;
    for (std::size_t i = 0; i < w.data.skills.size(); ++i) {
        const Skill& k = w.data.skills[i];
        if (k.subject == subject && k.grade == level)
            matches.push_back(static_cast<int>(i));
    }
    if (matches.empty())
        return w.data.skills.front();
    return w.data.skills[static_cast<std::size_t>(rng.pick(matches))];
}

void makeGroups(DemoWorld& w, const std::vector<int>& seated)
{
    DemoRandom& rng = w.program;
    for (const Band& band : bands(w.large())) {
        for (int subject = Reading; subject <= Math; ++subject) {
            for (int tier = 3; tier >= 2; --tier) {
                std::vector<int> pool;
                for (const int e : seated) {
                    const Enrollment& en = w.enrollments[static_cast<std::size_t>(e)];
                    const int grade = w.students[static_cast<std::size_t>(en.student)].grade;
                    if (en.subject == subject && en.tier == tier && grade >= band.low && grade <= band.high)
                        pool.push_back(e);
                }
                // Students working at the same level learn together: sort by instructional level.
                auto level = [&](int e) {
                    const Student& s = w.students[static_cast<std::size_t>(
                        w.enrollments[static_cast<std::size_t>(e)].student)];
                    return static_cast<double>(s.grade) - s.gap[static_cast<std::size_t>(subject)];
                };
                std::sort(pool.begin(), pool.end(), [&](int a, int b) {
                    const double la = level(a), lb = level(b);
                    return la != lb ? la < lb : a < b;
                });
                int number = 0;
                for (std::size_t i = 0; i < pool.size();) {
                    Group g;
                    g.subject = subject;
                    g.tier = tier;
                    g.bandLow = band.low;
                    g.bandHigh = band.high;
                    g.band = bandName(band);
                    g.minutes = tier == 3 ? 45 : 30;
                    g.cap = tier == 3 ? 2 : 4;
                    const Student& first = w.students[static_cast<std::size_t>(
                        w.enrollments[static_cast<std::size_t>(pool[i])].student)];
                    // A few of the students furthest behind with an IEP are tutored one to one.
                    if (tier == 3 && first.iep && first.gap[static_cast<std::size_t>(subject)] > 2.0 &&
                        rng.chance(0.5))
                        g.cap = 1;
                    const std::size_t take = std::min(pool.size() - i, static_cast<std::size_t>(g.cap));
                    double levels = 0.0;
                    const int groupIndex = static_cast<int>(w.groups.size());
                    for (std::size_t k = 0; k < take; ++k) {
                        const int e = pool[i + k];
                        levels += level(e);
                        w.enrollments[static_cast<std::size_t>(e)].group = groupIndex;
                        w.enrollments[static_cast<std::size_t>(e)].tier = tier;
                        g.seats.push_back(e);
                    }
                    i += take;
                    const int skillLevel = std::clamp(
                        static_cast<int>(std::lround(levels / static_cast<double>(take))), 0, band.high);
                    const Skill& skill = skillFor(rng, w, subject, skillLevel);
                    g.skillCode = skill.code;
                    g.skillDescription = skill.description;
                    g.name =
                        QStringLiteral("%1 %2 T%3-%4")
                            .arg(subject == Math ? QStringLiteral("Math") : QStringLiteral("Reading"), g.band)
                            .arg(tier)
                            .arg(++number, 2, 10, QLatin1Char('0'));
                    g.startDay = w.calendar.programStart;
                    if (rng.chance(0.15)) // some tutors start a week later
                        g.startDay = w.calendar.schoolDayOnOrAfter(w.calendar.programStart.addDays(7));
                    g.endDay = w.calendar.yearEnd();
                    w.groups.push_back(std::move(g));
                }
            }
        }
    }
}

} // namespace

void planProgram(DemoWorld& w)
{
    DemoRandom& rng = w.program;
    const QDate placement = w.calendar.placementDay;
    std::vector<int> ranked;
    for (std::size_t i = 0; i < w.students.size(); ++i) {
        const Student& s = w.students[i];
        // The program serves kindergarten and up, and students still at the school when seats are given.
        if (s.grade >= 0 && !(s.withdrawnOn.isValid() && s.withdrawnOn <= placement))
            ranked.push_back(static_cast<int>(i));
    }
    std::sort(ranked.begin(), ranked.end(), [&](int a, int b) {
        return NeedScore::ranksBefore(needRank(w.students[static_cast<std::size_t>(a)]),
                                      needRank(w.students[static_cast<std::size_t>(b)]));
    });
    const int served = std::min(static_cast<int>(ranked.size()), w.large() ? 1500 : 150);
    const int waitlisted = std::min(static_cast<int>(ranked.size()) - served, served / 10);
    w.served = served;

    std::vector<int> seated;
    for (int r = 0; r < served + waitlisted; ++r) {
        const int student = ranked[static_cast<std::size_t>(r)];
        for (const int subject : subjectsFor(rng, w.students[static_cast<std::size_t>(student)], w.large())) {
            if (r < served)
                seated.push_back(static_cast<int>(w.enrollments.size()));
            w.enrollments.push_back(enrollmentFor(w, student, subject));
        }
    }
    // Intensive seats are few (a tutor hour serves two students instead of four): the students with the
    // highest need get them, the others start in tier 2.
    const int intensive = static_cast<int>(seated.size()) * (w.large() ? 12 : 18) / 100;
    int given = 0;
    for (const int e : seated) {
        Enrollment& en = w.enrollments[static_cast<std::size_t>(e)];
        if (en.tier == 3 && given++ >= intensive)
            en.tier = 2;
    }
    makeGroups(w, seated);
}

} // namespace tutordesk::demo
