#pragma once

#include "common/Result.h"
#include "placement/Tiers.h"

#include <QDate>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace tutordesk {

class Store;

// How many points each kind of evidence of unfinished learning is worth. The coordinator can see
// and change them (Settings); they are kept in the settings table ("need.weights", JSON).
// The defaults are set against the default tiers (tier 2 from 30, tier 3 from 60): 3 or more grade
// levels below qualifies for intensive tutoring on the benchmark alone, 2 below for a small group, and
// 1 below needs one more sign of need worth 10 points (chronic absence, foster care, homelessness, or
// English learner and disadvantaged together). Academic evidence decides first; circumstances add.
struct NeedWeights {
    double pointsPerLevelBelow = 20.0; // per grade level below on the latest benchmark, worst subject
    double maxBenchmarkPoints = 60.0;
    double attendanceThreshold = 95.0; // school attendance % under which points start
    double pointsPerAttendancePoint = 1.5;
    double maxAttendancePoints = 20.0;
    double englishLearner = 8.0;
    double disability = 8.0; // IEP or 504
    double foster = 10.0;
    double homeless = 10.0;
    double disadvantaged = 4.0;

    static NeedWeights load(Store& store);
    // Validates (no negative points, threshold 0–100) and saves. Scores change on the next rankAll().
    static Result<void> save(Store& store, const NeedWeights& weights);
    static Result<void> validate(const NeedWeights& weights);
    bool operator==(const NeedWeights&) const = default;
};

// A student's latest benchmark in one subject: the evidence the score reads.
struct BenchmarkEvidence {
    QString subject;                // reading, math, writing, other
    std::optional<int> levelsBelow; // grade levels below (negative: above); none when not placed
    QString instrument;             // "i-Ready"
    QString window;                 // BOY, MOY, EOY
    QDate on;
    bool operator==(const BenchmarkEvidence&) const = default;
};

// Everything a need score is computed from, for one student.
struct NeedEvidence {
    std::vector<BenchmarkEvidence> benchmarks; // the latest per subject
    std::optional<double> attendanceRate;      // school attendance, %
    QString elStatus;                          // EO, IFEP, EL, RFEP, TBD
    bool iep = false;
    bool section504 = false;
    bool foster = false;
    bool homeless = false;
    bool disadvantaged = false;
};

// One line of "why this student": a factor, its points and the evidence in plain words.
struct NeedFactor {
    QString factor; // benchmark, attendance, englishLearner, disability, foster, homeless, disadvantaged
    double points = 0;
    QString detail; // "Reading: 2 grade levels below (i-Ready BOY, 2026-09-08)"
};

struct NeedScoreRow {
    std::int64_t studentId = 0;
    QString districtId;
    QString name;
    QString grade;
    double score = 0;
    int tier = 1;
    int levelsBelow = 0;                  // worst subject; the first tie-break
    std::optional<double> attendanceRate; // the second tie-break (lower first; unknown last)
    std::vector<NeedFactor> breakdown;
    std::vector<BenchmarkEvidence> benchmarks; // the latest per subject (filled by rankAll)

    // Grade levels below on the latest benchmark of `subject` (0 when none or not behind).
    int levelsBelowIn(const QString& subject) const;
};

// Scores every active student from their benchmarks, attendance and student groups, stores the
// score, tier and breakdown on the student (one transaction), and ranks them. Ties break on more
// levels below, then lower school attendance, then district id: never on sign-up time.
// Withdrawn students are not ranked and their stored score is left as it was when they left (the
// record is frozen, so delta exports do not churn); a student who comes back is scored on the next run.
class NeedScore final {
public:
    static Result<std::vector<NeedScoreRow>> rankAll(Store& store);
    // The stored breakdown of one student, for the "Why this student" panel; none when the student
    // does not exist or has not been scored yet.
    static std::optional<NeedScoreRow> forStudent(Store& store, std::int64_t studentId);

    // The one definition of the score, used by rankAll() and by the demo school: points, tier and the
    // breakdown in plain words. Points are rounded to tenths so that stored scores compare exactly.
    static NeedScoreRow score(const NeedEvidence& evidence, const NeedWeights& weights,
                              const std::vector<TierDefinition>& tiers);
    // Higher score first; then more levels below, lower school attendance (unknown last), district id.
    static bool ranksBefore(const NeedScoreRow& a, const NeedScoreRow& b);
    // students.need_breakdown: [{"factor":"benchmark","points":40,"detail":"…","levelsBelow":2},…]
    static QString breakdownJson(const NeedScoreRow& row);
    // The factors of a stored breakdown (and the benchmark's levels below, when given).
    static std::vector<NeedFactor> parseBreakdown(const QString& json, int* levelsBelow = nullptr);
};

} // namespace tutordesk
