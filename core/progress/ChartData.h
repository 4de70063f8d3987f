#pragma once

#include <QDate>
#include <QString>

#include <cstdint>
#include <map>
#include <optional>
#include <vector>

namespace tutordesk {

class Store;

// What the Progress page's charts plot, computed in SQL up to `today`: plain numbers, no painting, so that
// the tests check the values a coordinator reads off a chart. Dosage comes from SeatFigures and growth
// from the view probe_growth, so the charts agree with every other progress screen.

// ------------------------------------------------------------------ a student

// One probe result.
struct ProbePoint {
    QDate day;
    double percent = 0; // of the probe's maximum
    double score = 0;
    double maxScore = 0;
    QString window; // pre, progress, post (or empty)
};

// A student's results on one skill, oldest first, with the skill's mastery threshold.
struct SkillProbes {
    QString skill;
    double masteryPercent = 80;
    std::vector<ProbePoint> points;
};

// Minutes received and planned up to and including `day`, summed over all the student's seats.
struct MinutesPoint {
    QDate day;
    int plannedMinutes = 0;   // regular sessions scheduled, cancelled ones included (as Dosage counts)
    int deliveredMinutes = 0; // minutes attended, make-ups included
};

// Sessions in one ISO week (Monday `weekStart`).
struct WeekAttendance {
    QDate weekStart;
    int attended = 0; // present or tardy, make-ups included
    int held = 0;     // regular sessions held, days absent from school left out (as Dosage counts)
    int absent = 0;   // excused or unexcused absences at held sessions
};

struct StudentChartData {
    std::int64_t studentId = 0;
    QString name;
    std::vector<SkillProbes> probes;   // by skill
    std::vector<MinutesPoint> minutes; // one point per day with a session, cumulative
    std::vector<WeekAttendance> weeks; // weeks with a held session or an attended make-up
};

// ------------------------------------------------------------------ a group

struct StudentGrowth {
    std::int64_t studentId = 0;
    QString name;
    std::optional<double> growth; // percentage points; none: "not measured" (fewer than two probes)
    std::optional<double> prePercent;
    std::optional<double> latestPercent;
    int results = 0; // probes on the group's skill
    bool mastered = false;
};

struct WeekSessions {
    QDate weekStart;
    int scheduled = 0; // regular sessions, cancelled ones included
    int held = 0;
    int makeupsHeld = 0;
    std::map<QString, int> cancelledBy; // cancel_reason (tutor_absent, school_event, …; "" unknown) → count
    int cancelled() const;
};

struct GroupChartData {
    std::int64_t groupId = 0;
    QString name;
    QString skill;
    int tier = 2;
    std::vector<StudentGrowth> growth; // each student seated in the group this year, by name
    std::vector<WeekSessions> weeks;
};

// ------------------------------------------------------------------ the school

struct DosageBin {
    int fromMinutes = 0; // inclusive
    int toMinutes = 0;   // inclusive (fromMinutes + width − 1)
    int students = 0;
};

struct GrowthDosagePoint {
    std::int64_t studentId = 0;
    std::int64_t enrollmentId = 0;
    QString name;
    QString groupName;
    int tier = 2;
    int deliveredMinutes = 0;
    double growth = 0; // percentage points, from probe_growth
};

struct WeekRate {
    QDate weekStart;
    int attended = 0;
    int absent = 0;
    std::optional<double> rate() const; // attended / (attended + absent), 0 … 1
};

struct TierCount {
    int tier = 1;
    int students = 0; // active students whose need places them in this tier
    int seated = 0;   // of those, the ones holding a seat (invited, consented or active)
};

struct SchoolChartData {
    int binWidth = 100;
    std::vector<DosageBin> dosage; // students currently in tutoring by minutes received, no gaps
    std::vector<GrowthDosagePoint> growthByDosage;
    std::vector<WeekRate> weeks;
    std::vector<TierCount> tiers; // tiers 1, 2, 3 always
};

// For the scope bar's choosers.
struct ChartChoice {
    std::int64_t id = 0;
    QString label;
};

class ChartData final {
public:
    static StudentChartData student(Store& store, std::int64_t studentId, const QDate& today);
    static GroupChartData group(Store& store, std::int64_t groupId, const QDate& today);
    static SchoolChartData school(Store& store, const QDate& today);

    // Groups by name; students who have or had a seat, by last name.
    static std::vector<ChartChoice> groups(Store& store);
    static std::vector<ChartChoice> students(Store& store);

    // Parts, for tests and benchmarks.
    static std::vector<SkillProbes> probes(Store& store, std::int64_t studentId, const QDate& today);
    static std::vector<MinutesPoint> cumulativeMinutes(Store& store, std::int64_t studentId,
                                                       const QDate& today);
    static std::vector<WeekAttendance> studentWeeks(Store& store, std::int64_t studentId, const QDate& today);
    static std::vector<StudentGrowth> groupGrowth(Store& store, std::int64_t groupId, const QDate& today);
    static std::vector<WeekSessions> groupWeeks(Store& store, std::int64_t groupId, const QDate& today);
    static std::vector<DosageBin> dosageDistribution(Store& store, const QDate& today,
                                                     int* binWidth = nullptr);
    static std::vector<GrowthDosagePoint> growthByDosage(Store& store, const QDate& today);
    static std::vector<WeekRate> schoolWeeks(Store& store, const QDate& today);
    static std::vector<TierCount> tiers(Store& store, const QDate& today);
};

} // namespace tutordesk
