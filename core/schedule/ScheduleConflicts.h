#pragma once

#include "schedule/GroupRecord.h"

#include <QDate>
#include <QString>
#include <QTime>

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

namespace tutordesk {

class Store;

// Something that makes a session impossible, naming both sides: "Ana Kim already teaches
// Math · Grades 3–4 · Tier 2 · B on Tue 1 Dec 2026 at 10:00–10:30."
struct ScheduleConflict {
    enum class Kind { TutorBusy, TutorUnavailable, TutorNotCleared, TutorAbsent, StudentBusy, RoomBusy };
    // A clash with another session, as condense() needs it to join the dates of one recurring clash.
    struct Clash {
        QString key;       // who or what is taken, and by which group: the same on every date of the clash
        QString who;       // the taken side as named: "Ana Kim", "Luis Ortiz (1002345)", "Room 12"
        QString otherName; // the other session's group
        QTime start;       // the other session's time
        int minutes = 0;
        bool covering = false; // the tutor substitutes in the other session
    };
    ScheduleConflict() = default;
    // {kind, day, message} as before the clash was added, without warnings about the members left out.
    ScheduleConflict(Kind kind, const QDate& day, const QString& message)
        : kind(kind)
        , day(day)
        , message(message)
    {}
    ScheduleConflict(Kind kind, const QDate& day, const QString& message, Clash clash)
        : kind(kind)
        , day(day)
        , message(message)
        , clash(std::move(clash))
    {}

    Kind kind = Kind::TutorBusy;
    QDate day; // the first date, once condensed
    QString message;
    Clash clash;   // for TutorBusy, StudentBusy and RoomBusy from check(); an empty key otherwise
    int dates = 1; // how many dates the conflict stands for (more once condensed)
};

// A slot someone wants to use: a day and time for a group, taught by a tutor.
struct SlotRequest {
    QDate day;
    QTime start;
    int minutes = 0;
    std::optional<std::int64_t> tutorId;      // who teaches it (the substitute when one covers)
    std::int64_t groupId = 0;                 // whose students attend and whose room it uses; 0 for none
    QString location;                         // the room, when it is one (GroupRecord::usesRoom)
    std::vector<std::int64_t> ignoreSessions; // sessions this slot replaces (a group's own future ones)
};

// Who and what is already taken at a time. A session occupies its tutor (or its substitute), every
// student holding a seat in its group, and its group's room, from its start for its minutes; cancelled
// sessions occupy nothing. Tutor absences and availability are checked against the tutor's record.
class ScheduleConflicts final {
public:
    // Every conflict of these slots with existing sessions, availability, clearances and absences, in
    // day order. Slots with the same group are not checked against each other.
    static std::vector<ScheduleConflict> check(Store& store, const std::vector<SlotRequest>& slots);
    // Whether the tutor teaches or substitutes anywhere overlapping [start, start + minutes) on `day`.
    static bool tutorBusy(Store& store, std::int64_t tutorId, const QDate& day, const QTime& start,
                          int minutes, const std::vector<std::int64_t>& ignoreSessions = {});
    // The same clash on many dates as one conflict: check()'s clashes of the same kind with the same
    // other side starting at the same time (shortened on minimum days or not) become one whose message
    // names the weekdays, the usual time, how many dates and the first ("Ana Kim already teaches
    // Reading A on Mondays and Thursdays at 11:00–11:45 (62 dates from Thu, 12 Nov 2026)."). A clash on
    // a single date and every other conflict keep their dated message. Ordered by first date.
    static std::vector<ScheduleConflict> condense(const std::vector<ScheduleConflict>& conflicts);
    // "Error: 3 conflicts. …" — the first few messages and how many more, for a refusal.
    static QString summary(const std::vector<ScheduleConflict>& conflicts, int listed = 3);
};

} // namespace tutordesk
