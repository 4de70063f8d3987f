#pragma once

#include "common/Result.h"
#include "roster/GenericRosterReader.h"
#include "roster/OneRosterOrgs.h"
#include "roster/OneRosterSource.h"

#include <QString>

#include <functional>
#include <vector>

namespace tutordesk {

struct OneRosterOptions {
    // The school: its orgs.csv sourcedId (its identifier or name also do); may be empty when the
    // export holds one school.
    QString org;
    // A generic CSV with student-group flags (EL status, IEP, …) joined on the student id.
    QString flagsFile;
    OneRosterLimits limits;
};

// Reads a OneRoster 1.1 or 1.2 bulk CSV export (a .zip or a folder) into validated roster
// students of one school (EXCHANGE.md "In", item 2): manifest.csv, orgs.csv, users.csv, roles.csv
// (1.2), demographics.csv, and student-group flags from metadata.* columns or a flags file. Every
// problem names its file ("oneroster.zip/users.csv"), line, column and field.
class OneRosterReader final {
public:
    using Progress = std::function<bool(int percent)>; // 0–100; false cancels

    // A .zip or a folder (what importRoster reads as OneRoster rather than as a generic CSV).
    static bool isOneRoster(const QString& path) { return OneRosterSource::isOneRoster(path); }
    // The schools orgs.csv lists, for the import window to offer.
    static Result<std::vector<OneRosterOrg>> schools(const QString& path, const OneRosterLimits& limits = {});
    // An export that cannot be read (a missing users.csv or orgs.csv, a refused zip, several schools
    // and none chosen) is an Error; problems with values are in the report.
    static Result<RosterRead> read(const QString& path, const OneRosterOptions& options,
                                   const Progress& progress = {});
};

} // namespace tutordesk
