#pragma once

#include "common/Result.h"
#include "roster/ImportReport.h"

#include <QString>

#include <vector>

namespace tutordesk {

class OneRosterSource;
struct OneRosterManifest;

// A row of orgs.csv: a school, or the district above it.
struct OneRosterOrg {
    QString sourcedId;
    QString name;
    QString identifier; // the school code, when the export gives it
    QString type;       // school, district, …

    bool isSchool() const { return type.compare(QLatin1String("school"), Qt::CaseInsensitive) == 0; }
    // "sch-1: Lincoln Elementary (1964733)"
    QString describe() const;
};

// The orgs of a OneRoster export and the choice of the school to import.
class OneRosterOrgs final {
public:
    // orgs.csv is required: without it, an Error that names it.
    static Result<std::vector<OneRosterOrg>> read(OneRosterSource& source, const OneRosterManifest& manifest,
                                                  std::vector<ImportProblem>& problems);
    // The org `wanted` names (its sourcedId, else its identifier or name); with none wanted, the
    // only school. Several schools and none chosen, or a name that is not there, is an Error that
    // lists the schools so that the coordinator can pick one.
    static Result<OneRosterOrg> choose(const std::vector<OneRosterOrg>& orgs, const QString& wanted,
                                       const QString& fileName);
};

} // namespace tutordesk
