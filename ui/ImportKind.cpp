#include "ImportKind.h"

#include "roster/GenericRosterReader.h"
#include "roster/OneRosterSource.h"
#include "roster/ScoresImport.h"
#include "roster/ScoresReader.h"

namespace tutordesk {

ImportKind ImportKind::roster()
{
    ImportKind kind;
    kind.mappingKind = QLatin1String(GenericRosterReader::mappingKind);
    kind.title = tr("Import Roster");
    kind.intro = tr("Choose the roster your district's student system exported: a CSV file, or a "
                    "OneRoster zip file or folder.");
    kind.fields = GenericRosterReader::fields();
    kind.acceptsOneRoster = true;
    kind.asksToWithdraw = true;
    kind.run = [](Store& store, const ImportRequest& request, const ImportProgress& progress) {
        RosterImportOptions options;
        options.mapping = request.mapping;
        options.dryRun = request.dryRun;
        options.withdrawMissing = request.withdrawMissing;
        options.oneRosterOrg = request.oneRosterOrg;
        options.flagsFile = request.flagsFile;
        return importRoster(store, request.path, options, progress);
    };
    return kind;
}

ImportKind ImportKind::scores()
{
    ImportKind kind;
    kind.mappingKind = QLatin1String(ScoresReader::mappingKind);
    kind.title = tr("Import Benchmark Scores");
    kind.intro = tr("Choose the scores file your assessment system exported (i-Ready, STAR, MAP or "
                    "similar) as CSV. The students must already be on file.");
    kind.fields = ScoresReader::fields();
    kind.run = [](Store& store, const ImportRequest& request, const ImportProgress& progress) {
        ScoresImportOptions options;
        options.mapping = request.mapping;
        options.dryRun = request.dryRun;
        return importScores(store, request.path, options, progress);
    };
    return kind;
}

bool ImportKind::isOneRoster(const QString& path)
{
    return OneRosterSource::isOneRoster(path);
}

} // namespace tutordesk
