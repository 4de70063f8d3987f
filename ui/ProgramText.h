#pragma once

#include "placement/Tiers.h"

#include <QCoreApplication>
#include <QString>

namespace tutordesk {

// The words the UI shows for the tutoring program's codes: need-score factors, tiers, subjects,
// group states and seats, in the UI language.
class ProgramText final {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::ProgramText)

public:
    // "Benchmark results", "School attendance", "English learner", …
    static QString factorName(const QString& factor);
    // "Tier 3 · Intensive: 4 sessions × 45 min a week, groups of up to 2".
    static QString tierSummary(const TierDefinition& tier);
    // "Reading", "Math", "Writing", "Other".
    static QString subject(const QString& subject);
    // "Planned", "Active", "Ended".
    static QString groupStatus(const QString& status);
    // "3 of 4".
    static QString seats(int taken, int cap);
    // A need score as the tables show it: one decimal, in the UI's locale.
    static QString score(double score);
};

} // namespace tutordesk
