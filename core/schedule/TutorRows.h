#pragma once

#include "common/Result.h"
#include "schedule/TutorRecord.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace tutordesk {

class Database;

// Reading tutors with their subjects, languages and availability, for Tutors, Clearances and the
// imports (one place that knows the four tables).
namespace TutorRows {

std::optional<TutorRecord> load(Database& db, std::int64_t id);
// Every tutor, in id order.
std::vector<TutorRecord> loadAll(Database& db);

// The subject codes tutor_subjects takes, in the order they are listed.
const QStringList& subjectCodes();

// Writes a validated tutor (inserted when id is 0; a new sourced id when it has none) with its subjects,
// languages and availability, in the caller's transaction. Refuses a duplicate id, a supervisor that is
// gone and making a tutor who leads groups inactive; SQLite's own refusals throw StoreError.
Result<std::int64_t> write(Database& db, const TutorRecord& tutor);

// The planned and active groups a tutor leads, by name.
QStringList ledGroups(Database& db, std::int64_t tutorId);
// "Ana Kim still leads 2 groups. Give A and B another tutor first."
QString leadsGroups(const QString& tutor, const QStringList& groups);
// Trimmed, without blanks and repeats, in their first order.
QStringList deduplicated(const QStringList& values);

} // namespace TutorRows

} // namespace tutordesk
