#pragma once

#include "common/Result.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace tutordesk {

class Store;

// How many points each kind of evidence of unfinished learning is worth. The coordinator can see
// and change them (Settings); they are kept in the settings table ("need.weights", JSON).
struct NeedWeights {
    double pointsPerLevelBelow = 15.0; // per grade level below on the latest benchmark, worst subject
    double maxBenchmarkPoints = 45.0;
    double attendanceThreshold = 95.0; // school attendance % under which points start
    double pointsPerAttendancePoint = 1.5;
    double maxAttendancePoints = 20.0;
    double englishLearner = 8.0;
    double disability = 8.0; // IEP or 504
    double foster = 10.0;
    double homeless = 10.0;
    double disadvantaged = 4.0;

    static NeedWeights load(Store& store);
    static Result<void> save(Store& store, const NeedWeights& weights);
    bool operator==(const NeedWeights&) const = default;
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
    std::optional<double> attendanceRate; // the second tie-break (lower first)
    std::vector<NeedFactor> breakdown;
};

// Scores every active student from their benchmarks, attendance and student groups, stores the
// score, tier and breakdown on the student (one transaction), and ranks them. Ties break on more
// levels below, then lower school attendance, then district id: never on sign-up time.
class NeedScore final {
public:
    static Result<std::vector<NeedScoreRow>> rankAll(Store& store);
    // The stored breakdown of one student, for the "Why this student" panel.
    static std::optional<NeedScoreRow> forStudent(Store& store, std::int64_t studentId);
};

} // namespace tutordesk
