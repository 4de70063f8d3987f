#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace tutordesk {

// The one rule for which grades learn together: the bands new groups are made for (TK–K, 1–2, 3–4,
// 5–6, 7–8, 9–12), and whether an existing group's grade_band text ("K–1", "3-4", "5") holds a grade.
class GradeBand final {
public:
    // -1 for TK, 0 for K, 1–12; none for anything else.
    static std::optional<int> gradeRank(const QString& grade);
    // The band a new group for this grade is made for ("3–4"); empty for an unknown grade.
    static QString forGrade(const QString& grade);
    // Whether a group's band holds the grade. An empty or unreadable band holds nobody: automatic
    // placement never guesses (the coordinator can still move a student into such a group).
    static bool contains(const QString& band, const QString& grade);
    // The grade ranks a band holds, lowest and highest; none when unreadable.
    static std::optional<std::pair<int, int>> range(const QString& band);
    // The lowest grade rank of a band, for listing groups in grade order (99 when unreadable).
    static int lowestRank(const QString& band);
};

} // namespace tutordesk
