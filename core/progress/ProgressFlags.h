#pragma once

#include "common/Result.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace tutordesk {

class Store;
class Statement;

// The two flags of the 30-second view and the weekly review, per seat:
//   NotImproving ("attended well but not improving"): at least minSessionsAttended sessions attended at an
//     attendance rate of at least wellAttendedRate, growth measured on the group's skill and below
//     minGrowth percentage points, and the skill not mastered;
//   NotAttending: at least minSessionsHeld sessions with attendance taken and an attendance rate below
//     notAttendingRate.
// Only seats still held (invited, consented, active) are flagged.
enum class ProgressFlag { None = 0, NotImproving = 1, NotAttending = 2 };

struct ProgressFlagRules {
    int minSessionsAttended = 8;
    double wellAttendedRate = 0.8;
    double minGrowth = 5.0; // percentage points of the probe's maximum
    int minSessionsHeld = 4;
    double notAttendingRate = 0.6;
};

// Settings key "progress.flags" (JSON), editable in Settings ▸ Progress.
class ProgressFlags final {
public:
    static ProgressFlagRules defaults() { return {}; }
    static ProgressFlagRules load(Store& store);
    // A message naming the value and its allowed range, or nothing when the rules are sound.
    static std::optional<QString> validate(const ProgressFlagRules& rules);
    static Result<void> save(Store& store, const ProgressFlagRules& rules);
    static QJsonObject toJson(const ProgressFlagRules& rules);
    static ProgressFlagRules fromJson(const QJsonObject& json); // missing keys keep their defaults

    // An SQL expression giving the ProgressFlag (0, 1, 2) of a row that has the seat_figures columns under
    // the alias `sf` (core/progress/SeatFigures.h) and the probe_growth columns under the alias `pg`
    // (LEFT JOINed: null when never probed). The thresholds are named parameters; bind them with bind().
    static const char* sqlExpression();
    static void bind(Statement& statement, const ProgressFlagRules& rules);

    static QString title(ProgressFlag flag); // "Attending, not improving"
    static QString explanation(ProgressFlag flag, const ProgressFlagRules& rules); // the rule in words
};

} // namespace tutordesk
