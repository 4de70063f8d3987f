#pragma once

#include "common/Result.h"
#include "roster/ImportReport.h"

#include <QString>

namespace tutordesk {

class Store;

// Reads a tutor roster CSV (a spreadsheet the coordinator or HR keeps). Header names, any case:
//   id (or "Tutor ID", "Employee ID": optional; matched to the stored tutor, else matched by email, else
//   by first and last name), first name, last name (required), type, email, phone, subjects ("reading;
//   math"), languages ("Spanish; Korean" or "es; ko"), supervisor (a supervisor's full name or id; created
//   when unknown), background check date, background check expires, TB test date, TB test expires,
//   status (active, substitute, inactive), availability ("Mon 08:00-12:00; Wed 13:00-15:30").
// Validated first, every problem with its line, column and what to fix, then applied in one
// transaction or not at all. Re-importing the same file changes nothing (report.unchanged).
class TutorImport final {
public:
    static Result<ImportReport> importFile(Store& store, const QString& path, bool dryRun);
};

} // namespace tutordesk
