#pragma once

#include "common/Result.h"

#include <QDate>
#include <QString>
#include <QTime>

#include <cstdint>
#include <vector>

namespace tutordesk {

class Store;

// A tutor who could take a session: cleared that day, teaches the subject, available at that time,
// not out and not teaching elsewhere then.
struct SubstituteOption {
    std::int64_t tutorId = 0;
    QString name;
    bool fromPool = false;       // the substitute pool comes first
    bool speaksLanguage = false; // speaks the home language most of the group's students share
    int sessionsThatWeek = 0;    // how busy they already are (fewer first)
};

// A time a make-up could happen: a school day within the next few school days when the group's tutor
// (or, failing that, nobody in particular) is free and available, its students are free and its room is free.
struct MakeupSlot {
    QDate day;
    QTime start;
    int minutes = 0;
};

// What the coordinator decided for one session of an absent tutor.
struct CoverChoice {
    enum class Action { Substitute, CancelWithMakeup, Cancel };
    std::int64_t sessionId = 0;
    Action action = Action::Cancel;
    std::int64_t substituteId = 0; // Substitute
    MakeupSlot makeup;             // CancelWithMakeup
    QString cancelReason = QStringLiteral("tutor_absent");
    QString note;
};

// Covering, cancelling and making up sessions. Cancelled sessions never count as student absences:
// a session with attendance cannot be cancelled (clear the attendance first), attendance cannot be taken
// for a cancelled one. Planned dosage still counts them (they were the plan): the gap between planned and
// delivered minutes is what the program did not deliver (Dosage).
class SessionCover final {
public:
    // Substitutes for a session, best first: the pool before regular tutors, then language, then the
    // least busy. At most `limit`.
    static std::vector<SubstituteOption> substitutes(Store& store, std::int64_t sessionId, int limit = 5);
    // Make-up slots within `schoolDays` school days after the session (the group's usual start time first,
    // then the tutor's other free times), at most `limit`.
    static std::vector<MakeupSlot> makeupSlots(Store& store, std::int64_t sessionId, int schoolDays = 5,
                                               int limit = 6);

    // Each refused with a message naming the session when it is impossible (a conflict, a tutor who may
    // not work that day, a session already held).
    static Result<void> assignSubstitute(Store& store, std::int64_t sessionId, std::int64_t tutorId);
    static Result<void> clearSubstitute(Store& store, std::int64_t sessionId);
    static Result<void> cancel(Store& store, std::int64_t sessionId, const QString& reason,
                               const QString& note);
    // Undoes a cancellation of a session that has not happened yet (on or after `today`).
    static Result<void> restore(Store& store, std::int64_t sessionId, const QDate& today);
    // A make-up session of the same group (kind makeup, makeup_for the original). Returns its id.
    static Result<std::int64_t> scheduleMakeup(Store& store, std::int64_t sessionId, const MakeupSlot& slot);
    // All choices for an absence in one transaction: all applied or none.
    static Result<void> apply(Store& store, const std::vector<CoverChoice>& choices);
};

} // namespace tutordesk
