#pragma once

#include "common/Result.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace tutordesk {

class Store;

// The equity audit (DESIGN.md section 3): for each student group, how many students the need score qualifies
// for tutoring (eligible: active students whose need tier is 2 or 3), how many were offered a seat, how many
// took one up, and what they received (minutes, attendance) and gained (growth, from probe_growth); whether
// the group's share of seats or of minutes falls well below its share of need; and the process (pauses,
// make-ups, exits) by group.
//
// Privacy: a group with fewer than 10 eligible students is suppressed (no number at all), and no figure is
// ever derivable: a figure resting on fewer than 10 students inside a shown group is withheld, and where the
// groups of a dimension add up to the whole (race/ethnicity, EL status, disability, grade), one more group is
// held back whenever a single one would otherwise be worked out by subtraction.

enum class EquityDimension { RaceEthnicity, ElStatus, Disability, Foster, Homeless, Disadvantaged, Grade };

// Why a figure has no value.
enum class EquityWithheld {
    None,            // it has one
    GroupSuppressed, // the whole group is suppressed
    FewStudents,     // it would rest on fewer than 10 students
    Complement,      // it would let a smaller group's figure be worked out by subtraction
    NoData,          // nothing to measure yet (no seats, no minutes in the school)
};

struct EquityFigure {
    std::optional<double> value;
    EquityWithheld withheld = EquityWithheld::None;
};

enum class EquitySuppression {
    Shown,
    FewerThanTen,        // fewer than 10 eligible students
    ProtectsSmallerGroup // 10 or more, held back so that a smaller group's figures cannot be subtracted out
};

struct EquityRow {
    EquityDimension dimension = EquityDimension::Grade;
    QString dimensionName; // as in the JSON of `report equity`: "EL status" (English, stable)
    QString groupName;     // "EL" (English, stable)
    QString groupKey;      // "el" — for code and settings
    EquitySuppression suppression = EquitySuppression::Shown;
    bool suppressed() const { return suppression != EquitySuppression::Shown; }

    // Counts (absent when suppressed).
    std::optional<int> eligible; // active students whose need tier is 2 or 3
    std::optional<int> offered;  // of those, given a seat in a group (any status but waitlisted)
    std::optional<int> enrolled; // of those, ever held an active seat (took it up)

    EquityFigure meanDosageMinutes; // minutes delivered per enrolled student, to date
    EquityFigure attendanceRate;    // sessions attended / sessions with attendance taken, 0..1
    EquityFigure growth;            // mean growth in percentage points, over enrolled students with growth

    EquityFigure needShare;    // its eligible / all eligible, 0..1
    EquityFigure seatShare;    // its enrolled / all enrolled
    EquityFigure minutesShare; // its minutes / all minutes
    bool seatGap = false;      // seatShare / needShare below the threshold
    bool minutesGap = false;   // minutesShare / needShare below the threshold

    // The process, per enrolled student.
    EquityFigure pausedRate;      // share of enrolled students paused (a paused seat or a pause offer)
    EquityFigure exitRate;        // share of enrolled students with a seat exited
    EquityFigure makeupsOffered;  // make-up sessions offered per enrolled student
    EquityFigure makeupsAttended; // make-up sessions attended per enrolled student
};

// A group whose share of seats or minutes falls below `threshold` times its share of need.
struct EquityGap {
    enum class Kind { Seats, Minutes };
    Kind kind = Kind::Seats;
    std::size_t row = 0;  // index into EquityAudit::rows
    double share = 0;     // of seats or minutes, 0..1
    double needShare = 0; // 0..1
    double ratio = 0;     // share / needShare
};

struct EquityAudit {
    QDate today;
    double threshold = 0.8;
    std::vector<EquityRow> rows; // dimension by dimension, in the order of EquityDimension
    std::vector<EquityGap> gaps; // in row order, seats before minutes
    // Students tutored (they took up a seat) whose need tier is now 1 or who left the school: not counted,
    // because "eligible" is today's need. Said in a note, school-wide (never by group).
    int tutoredNoLongerEligible = 0;
};

class Equity final {
public:
    static constexpr int smallestGroup = 10;
    static constexpr double defaultThreshold = 0.8;

    // The whole audit up to `today`, with the gap threshold given, else the school's setting.
    static EquityAudit audit(Store& store, const QDate& today,
                             std::optional<double> threshold = std::nullopt);

    // Settings key "equity.gapThreshold": a share-of-seats to share-of-need ratio below which a group is
    // highlighted (default 0.8, the "four-fifths" rule).
    static double gapThreshold(Store& store);
    static Result<void> setGapThreshold(Store& store, double threshold);
    // A message naming the allowed range, or nothing when `threshold` is sound (above 0, at most 1).
    static std::optional<QString> validateThreshold(double threshold);
};

} // namespace tutordesk
