#pragma once

#include "common/Result.h"
#include "protocol/ProtocolRule.h"
#include "schedule/SessionCover.h"

#include <QDate>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace tutordesk {

class Store;

// Who to call about a student: the guardian the school contacts first.
struct FamilyContactCard {
    std::optional<std::int64_t> guardianId;
    QString name;
    QString relationship;
    QString phone; // the best phone (mobile, else home, else work)
    QString email;
    QString
        language; // BCP 47 code ("es"), the guardian's preferred language, else the student's home language
    QString contactMethod; // preferred method code, empty when unknown
    bool consentsToTexts = false;
};

// A protocol action as the Today page and `tutordesk-cli protocol` show it.
struct DueAction {
    std::int64_t id = 0;
    QString sourcedId;
    ProtocolRule rule = ProtocolRule::NotifyFamily;
    QString status; // open, done, not_needed, withdrawn
    QDate createdOn;
    QDate dueOn;
    std::optional<std::int64_t> studentId;
    QString studentDistrictId;
    QString studentName;
    QString grade;
    std::optional<std::int64_t> enrollmentId;
    std::optional<std::int64_t> groupId;
    QString groupName;
    QString subject;
    std::optional<std::int64_t> sessionId;
    QDate sessionDay;
    QString tutorName; // cover actions: the tutor who is out
    int absencesInRow = 0;
    std::optional<double> attendanceRate;
    QString resolutionNote;
    QString resolvedBy;
    std::optional<std::int64_t> contactId;
    std::optional<std::int64_t> letterId;
    std::optional<std::int64_t> makeupSessionId;
    FamilyContactCard family;
    // School days past due on `asOf` (0 when due today or later).
    int daysOverdue = 0;
    bool isOpen() const { return status == QLatin1String("open"); }
};

struct ActionResolution {
    enum class Outcome { Done, NotNeeded };
    Outcome outcome = Outcome::Done;
    QString note;
    // The contact or letter that resolved it (the families issue logs them; either may be absent).
    std::optional<std::int64_t> contactId;
    std::optional<std::int64_t> letterId;
};

// What a paused seat was offered to.
struct SeatOffer {
    QString enrollmentSourcedId; // the waitlisted enrollment (Placement::seatFromWaitlist)
    std::int64_t studentId = 0;
    QString studentName;
    QString grade;
    double score = 0;
    std::int64_t groupId = 0;
    QString groupName;
};

// Reading and resolving due actions.
class ProtocolActions final {
public:
    struct Filter {
        bool openOnly = true;
        std::optional<std::int64_t> studentId;
        std::optional<QDate> dueBy; // open actions due on or before this day
    };
    // Overdue first (most overdue first), then by due day, rule order and student name; `asOf` decides
    // what is overdue (school days).
    static std::vector<DueAction> list(Store& store, const QDate& asOf, const Filter& filter);
    static std::vector<DueAction> list(Store& store, const QDate& asOf)
    {
        return list(store, asOf, Filter{});
    }
    static std::optional<DueAction> find(Store& store, std::int64_t actionId, const QDate& asOf);
    static FamilyContactCard familyOf(Store& store, std::int64_t studentId);

    // Why an escalation cannot be marked done yet: no family contact attempt logged since its run of
    // absences began. None when it can.
    static std::optional<QString> escalationBlocker(Store& store, std::int64_t actionId);
    // Done or not needed, with a note; refused for an action that is not open, and for an escalation
    // marked done before any family contact attempt.
    static Result<void> resolve(Store& store, std::int64_t actionId, const ActionResolution& resolution,
                                const QDate& today);
    // Opens a resolved action again (a mistake); withdrawn actions stay withdrawn.
    static Result<void> reopen(Store& store, std::int64_t actionId);
    // Hooks for the families issue: a contact or letter logged about an open action resolves it.
    static Result<void> linkContact(Store& store, std::int64_t actionId, std::int64_t contactId,
                                    const QDate& today);
    static Result<void> linkLetter(Store& store, std::int64_t actionId, std::int64_t letterId);

    // A make-up for the student of a schedule_makeup action: the group's tutor's free time within the
    // rule's school days after max(absence, today), not clashing with the student's other groups.
    static std::vector<MakeupSlot> makeupSlots(Store& store, std::int64_t actionId, const QDate& today,
                                               int limit = 6);
    // Schedules it (a make-up session of the group for this student only) and marks the action done,
    // linked to the make-up. Returns the make-up session's id.
    static Result<std::int64_t> scheduleMakeup(Store& store, std::int64_t actionId, const MakeupSlot& slot,
                                               const QDate& today);

    // The top of the waitlist for the seat of a pause_offer_seat action: same subject and tier, grade
    // band of the group, highest need first. None when nobody waits for it.
    static std::optional<SeatOffer> seatOffer(Store& store, std::int64_t actionId);
    // Pauses the enrollment (the seat frees up) and marks the action done; with `offer`, seats that
    // waitlisted student in the freed seat, all in one transaction.
    static Result<void> pauseAndOffer(Store& store, std::int64_t actionId, const QString& reason,
                                      const std::optional<QString>& offerEnrollmentSourcedId,
                                      const QDate& today);
};

} // namespace tutordesk
