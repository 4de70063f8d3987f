#pragma once

#include "attendance/AttendanceStatus.h"
#include "common/Result.h"
#include "schedule/ScheduledSession.h"

#include <QDate>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace tutordesk {

class Store;

// One student's line on a session's attendance sheet.
struct AttendanceRow {
    std::int64_t studentId = 0;
    QString districtId;
    QString name;
    std::optional<AttendanceStatus> status; // none: not taken yet
    int minutes = 0;
    QString note;
    bool absentFromSchool = false;
    QString recordedBy;
};

// A session and who should be there: the students with attendance for it, the students a make-up is
// for (session_students), else its group's seat holders on that day.
struct AttendanceSheet {
    ScheduledSession session;
    QString skillCovered;
    QString targetSkill; // the group's target skill, in plain words
    std::vector<AttendanceRow> rows;
    // Every student has a status.
    bool isComplete() const;
    // At least one student has a status.
    bool isStarted() const;
};

// What the coordinator entered for one student.
struct AttendanceMark {
    std::int64_t studentId = 0;
    AttendanceStatus status = AttendanceStatus::Present;
    // Minutes attended: present defaults to the session's length, tardy needs them (less than the
    // session's length), absences are always 0.
    std::optional<int> minutes;
    QString note;
    bool absentFromSchool = false; // only meaningful for an absence
};

struct AttendanceEntry {
    std::vector<AttendanceMark> marks;
    std::optional<QString> skillCovered; // none: leave it as it is
    // Why a record of a past session changes (required then, see Attendance::needsReason).
    QString reason;
};

struct AttendanceOutcome {
    int recorded = 0; // new rows
    int changed = 0;  // existing rows whose status, minutes or school absence changed
    int actionsCreated = 0;
    int actionsWithdrawn = 0;
};

// Taking attendance. A session whose day has come may be recorded (a future one is refused, as is a
// cancelled one); recording marks it held. Changing what was recorded for a session before `today`
// needs a reason, which the audit log keeps with who, when, old and new. The protocol is evaluated
// again for the students concerned in the same transaction: an absence may create due actions, an
// absence changed to excused or present withdraws the open actions it caused.
class Attendance final {
public:
    static std::optional<AttendanceSheet> sheet(Store& store, std::int64_t sessionId);
    // True when `entry` changes a record of a session dated before `today`.
    static bool needsReason(const AttendanceSheet& sheet, const AttendanceEntry& entry, const QDate& today);
    static Result<AttendanceOutcome> record(Store& store, std::int64_t sessionId,
                                            const AttendanceEntry& entry, const QDate& today);
    // The command line's form: session by sourced id, student by district id.
    static Result<AttendanceOutcome> recordOne(Store& store, const QString& sessionSourcedId,
                                               const QString& studentDistrictId, AttendanceStatus status,
                                               std::optional<int> minutes, const QString& reason,
                                               const QDate& today);
};

} // namespace tutordesk
