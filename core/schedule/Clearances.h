#pragma once

#include "schedule/TutorRecord.h"

#include <QDate>
#include <QString>

#include <cstdint>
#include <vector>

namespace tutordesk {

class Store;

// Whether a tutor may work with students on a day: both the background check and the TB test must be
// on file and valid that day. A tutor whose clearance has expired (or was never recorded) cannot be
// assigned to a group or as a substitute.
enum class ClearanceState { Cleared, ExpiringSoon, Expired, Missing };

struct ClearanceStatus {
    ClearanceState state = ClearanceState::Missing;
    QString what; // the clearance that decides the state: "Background check" or "TB test"
    QDate until;  // its expiry (null when missing)
    int daysLeft = 0;
};

// One line of the Tutors page's warning list.
struct ClearanceWarning {
    std::int64_t tutorId = 0;
    QString tutor; // "First Last"
    ClearanceStatus status;
    // "Background check expired on 3 Nov 2026", "TB test expires in 12 days (4 Dec 2026)"
    QString message() const;
};

class Clearances final {
public:
    static constexpr int warningDays = 30;

    // The worse of the two clearances on `day` (expired before expiring, the sooner first).
    static ClearanceStatus of(const TutorRecord& tutor, const QDate& day);
    // Cleared (or expiring later than `day`) and not inactive.
    static bool canWork(const TutorRecord& tutor, const QDate& day);
    // Why not, for a refusal: "Ms. Kim's TB test expired on 3 Nov 2026: record the new test on the
    // Tutors page first." Empty when canWork().
    static QString refusal(const TutorRecord& tutor, const QDate& day);
    // Active and substitute tutors whose clearances are missing, expired or expire within
    // warningDays of `today`: expired and missing first, then the soonest to expire.
    static std::vector<ClearanceWarning> warnings(Store& store, const QDate& today);
};

} // namespace tutordesk
