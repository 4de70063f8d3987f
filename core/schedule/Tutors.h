#pragma once

#include "common/Result.h"
#include "schedule/TutorRecord.h"

#include <QDate>

#include <cstdint>
#include <optional>
#include <vector>

namespace tutordesk {

class Store;

// A row of the Tutors page: the tutor and what the rest of the school knows about them.
struct TutorSummary {
    TutorRecord tutor;
    QString supervisorName; // empty when none
    int groups = 0;         // active and planned groups they lead
    int weeklyMinutes = 0;  // what those groups' patterns ask of them each week
};

// The tutor roster: add, edit, deactivate. Every change is one transaction.
class Tutors final {
public:
    // Every tutor, inactive ones included, by last then first name (locale-aware).
    static std::vector<TutorSummary> list(Store& store);
    static std::optional<TutorRecord> find(Store& store, std::int64_t id);
    static std::optional<TutorRecord> findBySourcedId(Store& store, const QString& sourcedId);

    // Names, a known type and status, at least one subject, availability windows that make sense
    // (from before to, no overlaps on a day), clearance dates in order ("checked on" before "until").
    // The message names the field and says what to change.
    static Result<void> validate(const TutorRecord& tutor);
    // Adds (id 0) or updates the tutor with its subjects, languages and availability; returns the id.
    // A tutor who leads groups cannot be made inactive here (setStatus says which groups).
    static Result<std::int64_t> save(Store& store, const TutorRecord& tutor);
    // Active, substitute pool or inactive. Making a tutor who leads active groups inactive is refused
    // with the groups' names: give those groups another tutor first.
    static Result<void> setStatus(Store& store, std::int64_t id, const QString& status);
};

} // namespace tutordesk
