#pragma once

#include "common/Result.h"
#include "roster/ColumnMapping.h"
#include "roster/ImportReport.h"
#include "roster/RosterImport.h"

#include <QString>

#include <optional>

namespace tutordesk {

class Store;

struct ScoresImportOptions {
    // The mapping to use; without one, the school's saved "scores" mapping when this file has its
    // columns, else a proposal from the header (ScoresReader::fields()).
    std::optional<ColumnMapping> mapping;
    bool dryRun = false;
};

// The one entry point for benchmark scores files (i-Ready, STAR, MAP style), as the CLI's
// import-scores and the import dialog use it. Every line is validated first (students on file,
// subjects, windows, dates); then the results are written in one transaction as benchmarks,
// one per student, subject, window and date: a result already there is updated when it changed
// and left alone when not, so importing the same file twice changes nothing. In the report,
// scoresAdded and scoresUpdated count results; `unchanged` counts the results already on file as
// they are. With problems, or with dryRun, nothing is written. The mapping is saved for next
// time once a file has been applied.
Result<ImportReport> importScores(Store& store, const QString& path, const ScoresImportOptions& options,
                                  const ImportProgress& progress = {});

} // namespace tutordesk
