#pragma once

#include "common/Result.h"
#include "roster/ColumnMapping.h"
#include "roster/ImportReport.h"

#include <QString>

#include <functional>
#include <optional>

namespace tutordesk {

class Store;

struct RosterImportOptions {
    // Generic CSV: the mapping to use; without one, the school's saved mapping, else a proposal
    // from the header (refused when a required field has no column).
    std::optional<ColumnMapping> mapping;
    bool dryRun = false;
    bool withdrawMissing = false;
    // OneRoster: the org (school) sourcedId; may be empty when orgs.csv holds one school.
    QString oneRosterOrg;
    // OneRoster: a generic CSV with student-group flags (EL status, IEP, …) joined on the student id.
    QString flagsFile;
};

// 0–100 while reading and writing; false cancels and leaves the database untouched.
using ImportProgress = std::function<bool(int percent)>;

// The one entry point for roster files, as the CLI's import-roster and the import dialog use it:
// a .zip or a folder is read as OneRoster 1.1/1.2, anything else as a generic SIS CSV. Validates
// everything first, then applies in one transaction (RosterApplier). With problems, nothing is
// written and the report lists them.
Result<ImportReport> importRoster(Store& store, const QString& path, const RosterImportOptions& options,
                                  const ImportProgress& progress = {});

} // namespace tutordesk
