#pragma once

#include "common/Result.h"

#include <QDate>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace tutordesk {

class Store;

// One earlier probe occasion on a group's skill: a column of the grid.
struct ProbeOccasion {
    QDate day;
    QString window; // pre, progress or post
};

// A student's result in one column.
struct ProbeScore {
    std::int64_t id = 0;
    double score = 0;
    double maxScore = 0;
};

// One row of the grid: a student and their results on the skill, whatever group gave the probe.
struct ProbeRow {
    std::int64_t studentId = 0;
    QString name;
    // The student gave the seat back before the sheet's day: shown for their results, not probed again.
    bool seatGivenBack = false;
    std::vector<std::optional<ProbeScore>> results; // one per ProbeSheet::occasions
    QString suggestedWindow;                        // for a new probe today
    // From probe_growth (the one definition of growth); empty before the first result.
    std::optional<double> growth;
    bool mastered = false;
};

// A new probe for the group: one (day, window, maximum) and each student's score, empty = not tested.
struct ProbeCell {
    std::int64_t studentId = 0;
    std::optional<double> score;
};
struct ProbeEntry {
    QDate day;
    QString window;
    double maxScore = 0;
    std::vector<ProbeCell> cells;
};

// What a save changed, for the message the grid shows.
struct ProbeSaveCounts {
    int added = 0;
    int changed = 0;
    int cleared = 0;
    int total() const { return added + changed + cleared; }
};

// A group to choose in the probe grid.
struct ProbeGroup {
    std::int64_t id = 0;
    QString name;
    QString tutorName; // empty without a tutor
    QString skill;
    bool ended = false;
    bool meetsToday = false; // has a session on the day asked for
};

// A group's probe sheet on a day: who is probed, the earlier occasions on the group's skill, each student's
// results, and the defaults for a new probe (window, maximum, mastery threshold).
struct ProbeSheet {
    std::int64_t groupId = 0;
    QString groupName;
    QString subject;
    QString skill;
    QString skillTitle;
    QDate startDay;
    QDate endDay;
    QDate day;
    double maxScore = 20; // probe_skills.max_score, else the last maximum used, else 20 math / 40 reading
    double masteryPercent = 80;           // probe_skills.mastery_percent, else 80
    QString suggestedWindow;              // the window most rows suggest
    std::vector<ProbeOccasion> occasions; // oldest first
    std::vector<ProbeRow> rows;           // by last name, first name

    // Every group by name, ended ones last; `meetsToday` marks those with a session on `day`.
    static std::vector<ProbeGroup> groups(Store& store, const QDate& day);

    // Nothing when the group does not exist. Reads only (throws StoreError when the file fails).
    static std::optional<ProbeSheet> load(Store& store, std::int64_t groupId, const QDate& day);

    // Writes every cell of `entry` in one transaction: adds new results, changes an earlier result in the
    // same (day, window), removes a cleared one. Refuses, changing nothing, a score outside 0…maximum, a day
    // after `today` or before the group's start, and a student without a seat in the group on that day.
    static Result<ProbeSaveCounts> save(Store& store, std::int64_t groupId, const ProbeEntry& entry,
                                        const QDate& today);

    // The growth probe_growth will show for `row` once `score` is saved as (day, window, maxScore), mirroring
    // the view's baseline/latest rule on the row's results, so the grid shows the figure the view will hold.
    // Empty when there would be fewer than two results.
    std::optional<double> previewGrowth(const ProbeRow& row, const ProbeEntry& entry,
                                        std::optional<double> score) const;
    // The column of (day, window) among the earlier occasions, or -1.
    int occasionIndex(const QDate& onDay, const QString& window) const;
};

} // namespace tutordesk
