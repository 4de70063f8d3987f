#pragma once

#include "common/Result.h"
#include "roster/ImportReport.h"

#include <QHash>
#include <QString>

#include <vector>

namespace tutordesk {

class OneRosterSource;

// What an export's manifest.csv says: the OneRoster version and how each file is included.
struct OneRosterManifest {
    bool present = false;          // an export without a manifest is read by what its files hold
    QString version;               // "1.1" or "1.2" ("1.0" is read as 1.1); empty without a manifest
    QHash<QString, QString> files; // "users" → "bulk", "delta" or "absent"

    // Reads manifest.csv when there is one. A version TutorDesk does not read, or a roster file
    // sent as changes only (delta), is an Error: a roster import needs the whole school.
    static Result<OneRosterManifest> read(OneRosterSource& source, std::vector<ImportProblem>& problems);

    // The export has `file` ("users.csv"): it is in the zip or folder and the manifest does not
    // call it absent.
    bool includes(const OneRosterSource& source, const QString& file) const;
    bool isVersion12() const { return version == QLatin1String("1.2"); }
};

} // namespace tutordesk
