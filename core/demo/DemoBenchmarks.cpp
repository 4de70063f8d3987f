#include "demo/DemoBenchmarks.h"

#include "demo/DemoModel.h"
#include "demo/DemoWriter.h"
#include "placement/NeedScore.h"
#include "placement/Tiers.h"

#include <algorithm>
#include <cmath>

namespace tutordesk::demo {

namespace {

// Typical i-Ready scale scores of a student exactly at grade level (K = 0) in the fall.
constexpr std::array<double, 10> readingScale = {362, 434, 489, 523, 555, 584, 602, 617, 630, 640};
constexpr std::array<double, 10> mathScale = {362, 395, 421, 445, 466, 484, 497, 508, 517, 525};

// How far into a grade's expectations each window sits: a student keeping pace moves up by this much.
constexpr std::array<double, 3> windowProgress = {0.0, 0.45, 0.85};
constexpr std::array<const char*, 3> windowNames = {"BOY", "MOY", "EOY"};

double scaleScore(int subject, double position)
{
    const auto& table = subject == Math ? mathScale : readingScale;
    const double last = static_cast<double>(table.size() - 1);
    if (position <= 0.0)
        return table[0] + position * (table[1] - table[0]);
    if (position >= last)
        return table[table.size() - 1] +
               (position - last) * (table[table.size() - 1] - table[table.size() - 2]);
    const auto i = static_cast<std::size_t>(position);
    const double t = position - static_cast<double>(i);
    return table[i] + t * (table[i + 1] - table[i]);
}

int levelsBelow(double gap)
{
    if (gap <= 0.5)
        return 0;
    if (gap <= 1.5)
        return 1;
    if (gap <= 2.5)
        return 2;
    return 3;
}

QString placement(double gap)
{
    if (gap <= 0.0)
        return QStringLiteral("Mid or Above Grade Level");
    if (gap <= 0.5)
        return QStringLiteral("Early On Grade Level");
    if (gap <= 1.5)
        return QStringLiteral("1 Grade Level Below");
    if (gap <= 2.5)
        return QStringLiteral("2 Grade Levels Below");
    return QStringLiteral("3 or More Grade Levels Below");
}

// Young students cannot be placed far below their grade: the diagnostic has no lower levels for them.
double clampGap(int grade, double gap)
{
    const double most = grade <= 0 ? 1.49 : grade == 1 ? 2.49 : 4.0;
    return std::clamp(gap, -1.5, most);
}

// What the need score reads for a student tested on `day` in `window`: the same evidence the rows written
// to students and assessments give NeedScore::rankAll(), so that the demo's stored scores are rank's.
NeedEvidence evidenceOf(const Student& s, const std::array<int, 2>& levels, const char* window,
                        const QDate& day)
{
    NeedEvidence e;
    for (int subject = Reading; subject <= Math; ++subject)
        e.benchmarks.push_back({QLatin1String(subjectName(subject)),
                                levels[static_cast<std::size_t>(subject)], QStringLiteral("i-Ready"),
                                QLatin1String(window), day});
    e.attendanceRate = s.attendanceRate;
    e.elStatus = QLatin1String(s.el);
    e.iep = s.iep;
    e.section504 = s.section504;
    e.foster = s.foster;
    e.homeless = s.homeless;
    e.disadvantaged = s.disadvantaged;
    return e;
}

// The one definition of the score (core/placement), with the default weights and tiers a new school has.
NeedScoreRow scoreOf(const Student& s, const std::array<int, 2>& levels, const char* window, const QDate& day)
{
    static const std::vector<TierDefinition> tiers = Tiers::defaults();
    return NeedScore::score(evidenceOf(s, levels, window, day), NeedWeights{}, tiers);
}

void scoreNeed(Student& s)
{
    const NeedScoreRow row = scoreOf(s, s.levels, windowNames[0], s.boyDay);
    s.needScore = row.score;
    s.needTier = row.tier;
    s.needBreakdown = NeedScore::breakdownJson(row);
}

QDate dayIn(DemoRandom& rng, const DemoCalendar& calendar, const QDate& from, const QDate& to)
{
    const int first = calendar.schoolDayIndex(from);
    const int last = calendar.schoolDayIndex(to);
    return calendar.schoolDays()[static_cast<std::size_t>(rng.between(first, last))];
}

void writeResult(DemoWorld& w, DemoWriter& out, const Student& s, int subject, int window, double gap,
                 const QDate& day)
{
    DemoRandom& rng = w.probes;
    const double position =
        std::max(-1.0, static_cast<double>(s.grade)) + windowProgress[static_cast<std::size_t>(window)] - gap;
    const double jitter = rng.normal(0.0, 5.0);
    const double score = std::clamp(
        std::round(scaleScore(subject, position) + s.noise[static_cast<std::size_t>(subject)] + jitter),
        100.0, 800.0);
    AssessmentRow row;
    row.student = s.id;
    row.kind = "benchmark";
    row.subject = subject;
    row.instrument = "i-Ready";
    row.window = windowNames[static_cast<std::size_t>(window)];
    row.score = score;
    row.placement = placement(gap);
    row.levelsBelow = levelsBelow(gap);
    row.on = day;
    out.assessment(row);
}

} // namespace

void makeAchievement(DemoWorld& w)
{
    DemoRandom& rng = w.people;
    const DemoCalendar& cal = w.calendar;
    for (Student& s : w.students) {
        const double common = rng.normal();
        for (int subject = Reading; subject <= Math; ++subject) {
            const double own = rng.normal();
            const double z = 0.75 * common + 0.66 * own;
            const double spread = 0.85 + 0.07 * std::max(0, s.grade);
            double gap = (subject == Math ? 0.7 : 0.55) - spread * z;
            const std::string_view el(s.el);
            if (el == "EL")
                gap += subject == Reading ? 0.55 : 0.3;
            else if (el == "TBD")
                gap += 0.2;
            else if (el == "RFEP")
                gap -= 0.15;
            if (s.iep)
                gap += 0.8;
            if (s.section504)
                gap += 0.2;
            if (s.disadvantaged)
                gap += 0.2;
            if (s.homeless)
                gap += 0.3;
            if (s.foster)
                gap += 0.3;
            if (s.attendanceRate < 80.0)
                gap += 0.6;
            else if (s.attendanceRate < 90.0)
                gap += 0.35;
            if (s.grade <= 0)
                gap *= 0.7;
            s.gap[static_cast<std::size_t>(subject)] = clampGap(s.grade, gap);
            s.levels[static_cast<std::size_t>(subject)] =
                levelsBelow(s.gap[static_cast<std::size_t>(subject)]);
            s.noise[static_cast<std::size_t>(subject)] = rng.normal(0.0, 6.0);
        }
        s.boyDay = dayIn(rng, cal, cal.boyStart, cal.boyEnd);
        s.moyDay = dayIn(rng, cal, cal.moyStart, cal.moyEnd);
        s.eoyDay = dayIn(rng, cal, cal.eoyStart, cal.eoyEnd);
        scoreNeed(s);
    }
}

void writeFallBenchmarks(DemoWorld& w, DemoWriter& out)
{
    for (const Student& s : w.students) {
        for (int subject = Reading; subject <= Math; ++subject)
            writeResult(w, out, s, subject, 0, s.gap[static_cast<std::size_t>(subject)], s.boyDay);
    }
}

void writeLaterBenchmarks(DemoWorld& w, DemoWriter& out, const QDate& day)
{
    for (const Student& s : w.students) {
        const int window = s.moyDay == day ? 1 : s.eoyDay == day ? 2 : 0;
        if (window == 0 || (s.withdrawnOn.isValid() && s.withdrawnOn <= day))
            continue;
        std::array<int, 2> levels{};
        for (int subject = Reading; subject <= Math; ++subject) {
            // Tutoring closes part of the gap, about a grade level for a full year's dose; the rest
            // is the ordinary drift of a second test.
            const double dose = std::min(0.9, s.attendedMinutes[static_cast<std::size_t>(subject)] / 3000.0);
            const double drift = w.probes.normal(0.0, 0.2);
            const double gap = clampGap(s.grade, s.gap[static_cast<std::size_t>(subject)] - dose + drift);
            writeResult(w, out, s, subject, window, gap, day);
            levels[static_cast<std::size_t>(subject)] = levelsBelow(gap);
        }
        // The coordinator ranks again after each diagnostic: the stored score follows the latest
        // benchmark (the enrollments keep the snapshot that placed them).
        const NeedScoreRow row = scoreOf(s, levels, windowNames[static_cast<std::size_t>(window)], day);
        out.needScore(s.id, row.score, row.tier, NeedScore::breakdownJson(row));
    }
}

NeedScoreRow needRank(const Student& s)
{
    NeedScoreRow row;
    row.score = s.needScore;
    row.levelsBelow = std::max({0, s.levels[Reading], s.levels[Math]});
    row.attendanceRate = s.attendanceRate;
    row.districtId = s.districtId;
    return row;
}

} // namespace tutordesk::demo
