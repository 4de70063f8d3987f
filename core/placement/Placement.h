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
    bool isNew = false;                  // proposed by this placement (planned, no tutor yet)
    std::vector<PlacedStudent> students; // in need order
};

struct WaitlistEntry {
    PlacedStudent student;
    QString subject;
    int tier = 2;
};

struct PlacementResult {
    std::vector<PlacedGroup> groups;
    std::vector<WaitlistEntry> waitlist; // highest need first
    int placed = 0;                      // students newly seated by this run
    bool applied = false;
};

// Seats eligible students (tier 2 and 3, by subject where their benchmark shows them behind) in
// need order: open seats in matching groups first (subject, grade band, tier), then new planned
// groups while the program's seat budget allows; never beyond a group's cap. The rest wait, in
// need order. Each enrollment records the score snapshot that justified it.
class Placement final {
public:
    static Result<PlacementResult> place(Store& store, bool dryRun);
    // The current groups and waitlist, for the Placement page.
    static PlacementResult current(Store& store);

    // Moves a student's enrollment to another group (or to the waitlist when `toGroup` is empty),
    // refused with a message naming the group when it is full.
    static Result<void> move(Store& store, const QString& enrollmentSourcedId,
                             std::optional<std::int64_t> toGroup);
    // Seats a waitlisted enrollment in a group (the same cap rule).
    static Result<void> seatFromWaitlist(Store& store, const QString& enrollmentSourcedId,
                                         std::int64_t group);
};

} // namespace tutordesk
