#pragma once

#include "progress/ProgressFlags.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace tutordesk {

class Store;

// A student the review names: first name and last initial ("Sofía R."), enough for the team at the meeting
// to know whom they are discussing, not a full name on a page that gets left on a table.
struct WeeklyFlaggedStudent {
    QString student;
    QString group;
    ProgressFlag flag = ProgressFlag::None;
};

struct WeeklyOverdueAction {
    QString student; // as above; empty for an action about a session (a tutor's absence)
    QString rule;    // code, e.g. "notify_family"
    QDate due;
};

struct WeeklySupervisorRow {
    QString name;
    int tutors = 0;
    int maxTutors = 0;
    bool overCapacity() const { return tutors > maxTutors; }
};

// The figures of the weekly operating review (DESIGN.md section 3) for one week, Monday to Sunday, counted
// up to `through`: the week's Sunday, or today while the week is still going on.
struct WeeklyReview {
    QString schoolName;
    QDate weekStart; // Monday
    QDate weekEnd;   // Sunday
    QDate through;   // the last day counted (before weekStart for a week that has not begun)
    bool currentWeek = false;

    // Attendance at held sessions (make-ups included): present or tardy against absent.
    int attended = 0;
    int absent = 0;
    int attendedLastWeek = 0;
    int absentLastWeek = 0;
    std::optional<double> attendanceRate() const; // 0..1, none without attendance taken
    std::optional<double> attendanceRateLastWeek() const;
    // The change in whole percentage points, when both weeks have a rate.
    std::optional<int> attendanceChangePoints() const;

    // Sessions up to `through`.
    int sessionsHeld = 0; // held or with attendance taken, make-ups included
    int makeupsHeld = 0;
    int sessionsCancelled = 0;
    int cancelledTutorAbsent = 0;
    int cancelledSchoolEvent = 0;
    int cancelledWeather = 0;
    int cancelledStudentEvent = 0;
    int cancelledOther = 0;
    int sessionsWithoutAttendance = 0; // scheduled on a day before today and still without attendance

    // Staffing (groups as they are today).
    int activeGroups = 0;
    int staffedGroups = 0; // with an active tutor cleared to work
    QStringList unstaffedGroups;
    double fillRate() const { return activeGroups == 0 ? 1.0 : double(staffedGroups) / activeGroups; }
    int sessionsCoveredBySubstitute = 0;
    int tutorsAbsent = 0; // tutors with an absence on a day of the week up to `through`

    std::vector<WeeklySupervisorRow> supervisors;
    QStringList unsupervisedTutors;

    // Progress flags of the seats held on `through`, by flag, group and name.
    std::vector<WeeklyFlaggedStudent> flagged;
    int notAttending() const;
    int notImproving() const;

    // Outreach in the week up to `through` (local days).
    int contactsAttempted = 0; // outgoing contacts, letters included
    int contactsReached = 0;
    int familiesReached = 0; // students whose family was reached
    int lettersSent = 0;

    // Protocol actions open on the day shown (`through`) and due before it: the count and the oldest.
    int overdueActions = 0;
    std::vector<WeeklyOverdueAction> oldestOverdue;
};

class WeeklyReviews final {
public:
    // How many overdue actions the review names.
    static constexpr int oldestOverdueShown = 5;

    // The review of the week holding `day`, counted up to `today` (never past the week's Sunday).
    static WeeklyReview review(Store& store, const QDate& day, const QDate& today);
    // The figures as JSON (camelCase; `tutordesk-cli report weekly --json`).
    static QJsonObject toJson(const WeeklyReview& review);
};

} // namespace tutordesk
