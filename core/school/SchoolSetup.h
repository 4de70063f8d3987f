#pragma once

#include "common/Result.h"
#include "demo/DemoSchool.h"
#include "school/School.h"

#include <QString>

#include <memory>

namespace tutordesk {

class Store;

// Creates the database of a new school at `path` and returns it open. An existing TutorDesk
// database that holds no school yet is used as it is; anything else already at `path` is refused
// with Store::open's or School::create's message. A file this call created is removed again when
// the school cannot be saved, so a refused set-up leaves nothing behind.
Result<std::unique_ptr<Store>> createSchoolDatabase(const QString& path, const SchoolInfo& info);

// Opens the demo school at `path`, generating it first when the file is missing, holds no school,
// or cannot be opened (the demo is TutorDesk's own synthetic file, so it is rebuilt rather than
// repaired). When the generation fails or is cancelled through `progress`, no file is left behind.
// Open the result in the thread that uses it: a Store must not cross threads.
Result<std::unique_ptr<Store>> openOrCreateDemoSchool(const QString& path, const DemoOptions& options,
                                                      const DemoProgress& progress = {});

// A path for another school's database beside the default one that no file uses yet
// ("school.tutordesk", then "school-2.tutordesk", ...).
QString suggestNewDatabasePath();

// Removes a database file together with its write-ahead log and shared-memory companions.
void removeDatabaseFiles(const QString& path);

} // namespace tutordesk
