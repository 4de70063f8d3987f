#pragma once

#include "common/Result.h"

#include <QDate>
#include <QString>

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

namespace tutordesk {

class Store;

// One of a student's assessments of any kind, as the history lists it.
struct AssessmentRecord {
    std::int64_t id = 0;
    QString kind; // probe, benchmark, observation, confidence
    QString subject;
    QString skill;
    QString instrument;
    QString window;
    std::optional<double> score;
    std::optional<double> maxScore;
    QString placement;
    std::optional<int> levelsBelow;
    QDate on;
    std::optional<std::int64_t> groupId;
    QString groupName;
    QString notes;
};

// A tutor's observation of a student: what they saw, with an optional 1–4 rating.
struct ObservationInput {
    std::int64_t studentId = 0;
    QDate on;
    QString notes;
    std::optional<int> rating;           // 1–4
    std::optional<std::int64_t> groupId; // the group observed in; gives the subject and the tutor
    QString subject = QStringLiteral("other");
};

// The student's own confidence, 1 (not at all) to 5 (very).
struct ConfidenceInput {
    std::int64_t studentId = 0;
    QDate on;
    int rating = 3;
    std::optional<std::int64_t> groupId;
    QString subject = QStringLiteral("other");
};

// A benchmark result typed in by hand (imports arrive through the roster's scores import).
struct BenchmarkInput {
    std::int64_t studentId = 0;
    QString subject;    // reading, math, writing, other
    QString instrument; // e.g. "i-Ready Diagnostic"
    QString window;     // BOY, MOY, EOY
    double scaleScore = 0;
    QString placement; // e.g. "2 grade levels below"
    std::optional<int> levelsBelow;
    QDate on;
};

// A student's assessments other than the probe grid: entered, listed and removed one at a time.
class Assessments final {
public:
    // The student's name as screens show it ("Marta Ávila"); empty when there is no such student.
    static QString studentName(Store& store, std::int64_t studentId);
    // The groups the student has or had a seat in (id, name), for an observation's or rating's group.
    static std::vector<std::pair<std::int64_t, QString>> studentGroups(Store& store, std::int64_t studentId);

    // Every assessment of the student, newest first. Reads only.
    static std::vector<AssessmentRecord> history(Store& store, std::int64_t studentId);

    // Each refuses (writing nothing) a day after `today`, a missing student or group, and values out of
    // range.
    static Result<std::int64_t> recordObservation(Store& store, const ObservationInput& input,
                                                  const QDate& today);
    static Result<std::int64_t> recordConfidence(Store& store, const ConfidenceInput& input,
                                                 const QDate& today);
    static Result<std::int64_t> recordBenchmark(Store& store, const BenchmarkInput& input,
                                                const QDate& today);

    // Removes one entered by mistake (a tombstone tells delta exports).
    static Result<void> remove(Store& store, std::int64_t assessmentId);
};

} // namespace tutordesk
