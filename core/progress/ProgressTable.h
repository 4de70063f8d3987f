#pragma once

#include "progress/ProgressFlags.h"

#include <QDate>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace tutordesk {

class Store;

// The 30-second view (issue 7): "who attended, what skill was targeted, did the student improve?", one row
// per seat (a student in a group), up to `today`. Dosage comes from SeatFigures, growth from the
// probe_growth view, the flag from ProgressFlags (rules loaded from the store), so every figure here is
// the one the charts, the equity audit and the weekly review show. Filtered, sorted and windowed in SQL.
// Every function lets StoreError through (a read).

// Which flag a row must carry.
enum class ProgressFlagFilter { All, Flagged, NotImproving, NotAttending };

struct ProgressFilter {
    std::optional<std::int64_t> groupId; // one group; none: the school
    bool includeGivenBack = false;       // also paused and exited seats (never flagged)
    ProgressFlagFilter flag = ProgressFlagFilter::All;
    std::optional<int> tier;
    QString subject; // a subject code; empty: any
    QString search;  // words in the student's name or district id, folded (case and accents)
};

// Every column of the student table sorts in SQL; each sort ends on last name, first name, group.
enum class ProgressColumn {
    Student,
    DistrictId,
    Grade,
    Group,
    Tier,
    Subject,
    Tutor,
    Skill,
    Attended,
    Held,
    AttendanceRate,
    Minutes,
    PlannedMinutes,
    Pre,
    Latest,
    Growth,
    Mastered,
    Flag,
    Status,
};

struct ProgressSort {
    ProgressColumn column = ProgressColumn::Flag;
    bool descending = true; // Flag descending: not attending, then not improving, then the rest
    // Rows without a value (no growth yet, no probe) come last in either direction.
};

struct ProgressProbe {
    double score = 0;
    double maxScore = 0;
    double percent = 0; // of maxScore
    QDate on;
    QString window; // 'pre', 'progress', 'post' (or empty)
};

struct ProgressRow {
    std::int64_t enrollmentId = 0;
    std::int64_t studentId = 0;
    std::int64_t groupId = 0;
    QString studentName; // preferred (else first) name and last name
    QString districtId;
    QString grade;
    QString groupName;
    int tier = 0;
    QString subject;
    QString tutorName; // empty: no tutor
    QString skillCode;
    QString skillDescription;
    QString status; // the enrollment's
    int sessionsAttended = 0;
    int sessionsHeld = 0;
    int sessionsAbsent = 0;
    std::optional<double> attendanceRate; // attended / (attended + absent), 0..1; none before attendance
    int deliveredMinutes = 0;
    int plannedMinutes = 0;
    std::optional<ProgressProbe> pre;    // the baseline of probe_growth
    std::optional<ProgressProbe> latest; // the latest result, when there are two or more
    std::optional<double> growth;        // percentage points (probe_growth.growth)
    std::optional<double> growthPoints;  // raw points, when both probes have the same maximum
    bool mastered = false;
    ProgressFlag flag = ProgressFlag::None;
};

struct ProgressSummary {
    int rows = 0;         // seats matching the filter
    int students = 0;     // distinct students among them
    int notAttending = 0; // students with a seat flagged so
    int notImproving = 0;
    std::optional<double> meanGrowth;     // over rows with a growth, percentage points
    std::optional<double> meanAttendance; // over rows with attendance taken, 0..1
};

// One group for the per-group table.
struct GroupProgressRow {
    std::int64_t groupId = 0;
    QString groupName;
    QString tutorName;
    int tier = 0;
    QString subject;
    QString skillCode;
    QString skillDescription;
    int students = 0;          // seats counted (held now, or all when includeGivenBack)
    int sessionsScheduled = 0; // regular sessions of the group up to today
    int sessionsHeld = 0;      // of those, held
    int deliveredMinutes = 0;  // over the seats
    int plannedMinutes = 0;
    std::optional<double> meanAttendance; // over the seats with attendance taken, 0..1
    std::optional<double> meanGrowth;
    int flagged = 0; // seats with either flag
    int notAttending = 0;
    int notImproving = 0;
    // Sessions held / scheduled.
    std::optional<double> deliveryRate() const;
};

enum class GroupColumn {
    Group,
    Tutor,
    Tier,
    Subject,
    Students,
    Delivery,
    Attendance,
    Minutes,
    Growth,
    Flags,
};

struct GroupSort {
    GroupColumn column = GroupColumn::Flags;
    bool descending = true;
};

struct FlaggedStudent {
    std::int64_t studentId = 0;
    std::int64_t enrollmentId = 0;
    std::int64_t groupId = 0;
    QString studentName;
    QString districtId;
    QString groupName;
    ProgressFlag flag = ProgressFlag::None;
    int sessionsAttended = 0;
    std::optional<double> attendanceRate;
    std::optional<double> growth;
};

struct FlaggedStudents {
    std::vector<FlaggedStudent> seats; // not attending first, then not improving; by name
    int notAttending = 0;              // distinct students
    int notImproving = 0;
    ProgressFlagRules rules; // the thresholds used, for the page to state them
};

class ProgressTable final {
public:
    static int count(Store& store, const QDate& today, const ProgressFilter& filter);
    // The window [offset, offset + limit) of the rows matching `filter`, in `sort` order.
    static std::vector<ProgressRow> rows(Store& store, const QDate& today, const ProgressFilter& filter,
                                         const ProgressSort& sort, int offset, int limit);
    static ProgressSummary summary(Store& store, const QDate& today, const ProgressFilter& filter);

    // One row per group that has a seat matching the filter's tier, subject and includeGivenBack; search
    // matches the group's name, skill or tutor; a flag filter keeps groups with such a seat. groupId is
    // ignored. Sorted in SQL, ties on the group's name.
    static std::vector<GroupProgressRow> groups(Store& store, const QDate& today,
                                                const ProgressFilter& filter, const GroupSort& sort = {});

    // For the weekly review: every seat held now that carries a flag, with the distinct students of each
    // kind, under the rules saved in Settings. The same numbers as the 30-second view's summary with the
    // flag filter on.
    static FlaggedStudents flagged(Store& store, const QDate& today);
};

} // namespace tutordesk
