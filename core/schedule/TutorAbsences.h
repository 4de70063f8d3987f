#pragma once

#include "common/Result.h"
#include "schedule/ScheduledSession.h"

#include <QDate>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace tutordesk {

class Store;

struct TutorAbsence {
    std::int64_t id = 0;
    QString sourcedId;
    std::int64_t tutorId = 0;
    QString tutorName;
    QDate from;
    QDate to;
    QString reason;
};

// A tutor out for a day or a range. Marking them out does not cancel anything by itself: their
// sessions in the range are flagged (ScheduledSession::needsCover) until each is covered by a substitute
// or cancelled (SessionCover). Overlapping absences of the same tutor are merged into one.
class TutorAbsences final {
public:
    // Returns the absence's id. from <= to; the tutor must exist.
    static Result<std::int64_t> markOut(Store& store, std::int64_t tutorId, const QDate& from,
                                        const QDate& to, const QString& reason);
    // Takes the absence back: sessions in its range that were cancelled because the tutor was out and
    // have not happened yet (on or after `today`) are scheduled again, and substitutes booked for them
    // are released. Make-ups already scheduled stay.
    static Result<void> remove(Store& store, std::int64_t absenceId, const QDate& today);
    // Absences that end on or after `from`, by start day (all tutors, or one).
    static std::vector<TutorAbsence> list(Store& store, const QDate& from,
                                          std::optional<std::int64_t> tutorId = std::nullopt);
    static bool isOut(Store& store, std::int64_t tutorId, const QDate& day);
    // The tutor's sessions in the absence's range that are not cancelled, by day and time: the ones to
    // cover or cancel.
    static std::vector<ScheduledSession> affectedSessions(Store& store, std::int64_t absenceId);
    // Every session, all tutors, on or after `from` that still needs cover, soonest first.
    static std::vector<ScheduledSession> needingCover(Store& store, const QDate& from);
};

} // namespace tutordesk
