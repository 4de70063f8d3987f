#pragma once

#include "common/Result.h"
#include "roster/ColumnMapping.h"
#include "roster/ImportReport.h"
#include "roster/RosterImport.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace tutordesk {

class Store;

// One run of an importer, as the import dialog asks for it.
struct ImportRequest {
    QString path;
    std::optional<ColumnMapping> mapping; // none for OneRoster, which has fixed columns
    bool dryRun = true;
    bool withdrawMissing = false;
    QString oneRosterOrg;
    QString flagsFile;
};

// What the import dialog imports (a roster or benchmark scores): its words, its fields and the
// core call that reads and applies such a file. The dialog is the same for both.
struct ImportKind {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::ImportKind)

public:
    using Run = std::function<Result<ImportReport>(Store& store, const ImportRequest& request,
                                                   const ImportProgress& progress)>;

    QString mappingKind; // ColumnMapping::kind(): "roster", "scores"
    QString title;       // the dialog's title
    QString intro;       // one line above the file chooser
    std::vector<FieldSpec> fields;
    bool acceptsOneRoster = false; // zips and folders, besides CSV
    bool asksToWithdraw = false;   // "missing" counts students the import may withdraw
    Run run;

    static ImportKind roster();
    static ImportKind scores();

    // True for paths core reads as OneRoster (a .zip or a folder) rather than as one CSV file.
    static bool isOneRoster(const QString& path);
};

} // namespace tutordesk
