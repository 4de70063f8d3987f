#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace tutordesk {

// The values of a benchmark scores file as i-Ready, STAR and MAP exports spell them, turned into
// the schema's: subjects, test windows, placements and the grade levels below they mean.
class ScoreValues final {
public:
    // "Reading", "ELA", "Star Early Literacy" → reading; "Math", "Mathematics" → math; "Writing",
    // "Language Usage" → writing.
    static std::optional<QString> subject(const QString& text);
    // "BOY", "Fall", "Beginning of Year", "Fall 2025-2026" → BOY; Winter/middle → MOY; Spring/end → EOY.
    static std::optional<QString> window(const QString& text);
    // The window a test on `day` belongs to when the file does not say: August–October BOY,
    // November–February MOY, March–July EOY (the windows districts schedule benchmarks in).
    static QString windowOf(const QDate& day);
    // How many grade levels below a placement means: "3 or More Grade Levels Below" → 3,
    // "1 Grade Level Below" → 1, "Early On Grade Level", "Mid or Above Grade Level" → 0. i-Ready's
    // tiers count as its placements do (Tier 3: two or more levels below → 2, Tier 2 → 1, Tier 1
    // → 0), and so do STAR's benchmark categories (Urgent Intervention → 2, Intervention → 1, On
    // Watch and At/Above Benchmark → 0). Nothing when the text does not say.
    static std::optional<int> levelsFromPlacement(const QString& text);
    // "2", "3+", "-1" (above grade level); within the schema's -3 … 12.
    static std::optional<int> levelsBelow(const QString& text);
    // A scale score: "452", "452.5", "1,032".
    static std::optional<double> score(const QString& text);
};

} // namespace tutordesk
