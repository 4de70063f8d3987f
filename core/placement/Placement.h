#pragma once

#include "common/Result.h"

#include <QDate>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace tutordesk {

class Store;

// A seat holder (or a waiting student) as the Placement page lists them.
struct PlacedStudent {
    QString enrollmentId; // enrollments.sourced_id: what move() and seatFromWaitlist() take
    QString districtId;
    QString name;
    QString grade;
    QString status; // invited, consented, active, waitlisted
    double score = 0;
    int levelsBelow = 0;    // worst subject, from the stored breakdown (the first tie-break)
    bool placedNow = false; // seated by the placement that returned this result
};

struct PlacedGroup {
    std::int64_t id = 0;
    QString sourcedId;
    QString name;
    QString subject;
    QString gradeBand;
    QString skill;
    int tier = 2;
    int cap = 4;
    bool isNew = false;                  // place(): proposed by this run; current(): planned (no tutor yet)
    std::vector<PlacedStudent> students; // in need order
    QString status;                      // planned or active
    QString tutor;                       // "First Last", empty while planned
    int minutes = 0;

    int openSeats() const { return cap - static_cast<int>(students.size()); }
};

struct WaitlistEntry {
    PlacedStudent student;
    QString subject;
    int tier = 2;
};

struct PlacementResult {
    std::vector<PlacedGroup> groups;
    std::vector<WaitlistEntry> waitlist; // highest need first
    int placed = 0; // seats newly given by this run (a student placed in two subjects counts twice)
    bool applied = false;
    int groupsCreated = 0; // new planned groups proposed by this run
    int leftWaitlist = 0;  // waitlist entries closed because the student is no longer eligible
    int seatBudget = 0;    // seats the program may offer (Placement::seatBudget)
    int seatsOffered = 0;  // seats all active and planned groups offer (their caps)
};

// Seats eligible students (tier 2 and 3, by subject where their benchmark shows them behind) in
// need order: open seats in matching groups first (subject, grade band, tier), then new planned
// groups while the program's seat budget allows; never beyond a group's cap. The rest wait, in
// need order. Each enrollment records the score snapshot that justified it.
//
// place() re-ranks first (NeedScore), so a placement always rests on current scores. New seats are
// 'invited' (the family must consent before tutoring starts). A student is not placed again in a
// subject where they hold a seat, or where their seat was paused or exited this year (the
// coordinator re-seats them by hand). Waitlist entries of students who are no longer eligible
// (withdrawn, not behind, tier 1) are closed as 'exited' with the reason.
class Placement final {
public:
    static Result<PlacementResult> place(Store& store, bool dryRun);
    // The same, with the day that counts as today (status dates, the start of new groups).
    static Result<PlacementResult> place(Store& store, bool dryRun, const QDate& today);
    // The current groups and waitlist, for the Placement page.
    static PlacementResult current(Store& store);

    // Moves a student's enrollment to another group (or to the waitlist when `toGroup` is empty),
    // refused with a message naming the group when it is full.
    static Result<void> move(Store& store, const QString& enrollmentSourcedId,
                             std::optional<std::int64_t> toGroup);
    // Seats a waitlisted enrollment in a group (the same cap rule).
    static Result<void> seatFromWaitlist(Store& store, const QString& enrollmentSourcedId,
                                         std::int64_t group);
    // Gives a seat back for now (the seat frees up); `reason` goes to exit_reason and the audit log.
    static Result<void> pause(Store& store, const QString& enrollmentSourcedId, const QString& reason);
    // Takes a paused seat again, in the same group, if the group has room (the same cap rule).
    static Result<void> resume(Store& store, const QString& enrollmentSourcedId);

    // The seats the program may offer (settings "placement.maxSeats"). Without a setting: the seats
    // the active and planned groups already offer, or, with no groups yet, a quarter of the active
    // students (DESIGN.md's demo school: 150 of 600).
    static int seatBudget(Store& store);
    // The stored setting, if any.
    static std::optional<int> seatBudgetSetting(Store& store);
    // Stores the budget (0–100,000 seats); no value goes back to the default.
    static Result<void> setSeatBudget(Store& store, std::optional<int> seats);
};

} // namespace tutordesk
