#pragma once

#include <QDate>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace tutordesk {

class Store;

// Minutes and sessions of one seat (or of all a student's seats), up to a day.
struct DosageFigures {
    int plannedMinutesWeek = 0;   // regular sessions scheduled this week up to today, cancelled included
    int deliveredMinutesWeek = 0; // minutes attended this week, make-ups included
    int plannedMinutesToDate = 0; // the same since the seat began
    int deliveredMinutesToDate = 0;
    int sessionsScheduled = 0; // regular sessions to date, not counting days absent from school
    int sessionsHeld = 0;      // of those, the ones held (not cancelled)
    int sessionsAttended = 0;  // present or tardy, make-ups included
    int sessionsAbsent = 0;    // absences at held sessions
    int makeupsAttended = 0;
    // Sessions held / scheduled: did the program deliver? (none before the first session)
    std::optional<double> deliveryRate() const;
    // Sessions attended / sessions with attendance taken: did the student come?
    std::optional<double> attendanceRate() const;
    // Delivered / planned minutes.
    std::optional<double> dosageRate() const;
    DosageFigures& operator+=(const DosageFigures& other);
};

struct SeatDosage {
    std::int64_t enrollmentId = 0;
    std::int64_t groupId = 0;
    QString groupName;
    QString subject;
    int tier = 2;
    QString status; // the enrollment's status
    QDate since;    // the seat's first day (begin_day, else its group's start)
    DosageFigures figures;
};

// Dosage (DESIGN.md section 3): minutes a student actually received against the minutes scheduled, and
// how much of the plan the program delivered, so that "the plan wasn't delivered" is not mistaken for
// "the plan didn't work".
class Dosage final {
public:
    // Each seat the student holds or held this year (active first), up to `today`.
    static std::vector<SeatDosage> forStudent(Store& store, std::int64_t studentId, const QDate& today);
    // All their seats together.
    static DosageFigures totalFor(Store& store, std::int64_t studentId, const QDate& today);
    // One seat.
    static DosageFigures forEnrollment(Store& store, std::int64_t enrollmentId, const QDate& today);
};

} // namespace tutordesk
