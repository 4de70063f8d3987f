#pragma once

#include "common/Result.h"
#include "roster/ImportReport.h"
#include "roster/RosterStudent.h"

#include <QHash>
#include <QString>

#include <vector>

namespace tutordesk {

class OneRosterSource;
struct OneRosterManifest;
struct OneRosterOrg;

// The students of one school in a OneRoster export, and how to find each again.
struct OneRosterUsers {
    std::vector<RosterStudent> students;
    QHash<QString, int> bySourcedId; // OneRoster sourcedId → position in `students`
    QHash<QString, int> byAnyId;     // sourcedId or district id → position (for the flags file)
};

// Reads users.csv (who is a student at the school: its `role` column in OneRoster 1.1, roles.csv
// in 1.2) and demographics.csv into validated RosterStudents. The district id is users.identifier
// when the row has one (the SIS's student number) and users.sourcedId otherwise; a note says how
// many fell back. Pre-kindergarten students (grades PK, PR, IT, PS) are left out with a note:
// TutorDesk serves TK to 12, and a school's export should not be refused for its preschool.
class OneRosterStudents final {
public:
    // users.csv is required (an Error names it), and roles.csv for 1.2. Values that cannot be read
    // are problems in `report`.
    static Result<OneRosterUsers> read(OneRosterSource& source, const OneRosterManifest& manifest,
                                       const OneRosterOrg& org, ImportReport& report);
    // Birth date, sex, race and ethnicity from demographics.csv when the export has it.
    static Result<void> addDemographics(OneRosterSource& source, const OneRosterManifest& manifest,
                                        OneRosterUsers& users, ImportReport& report);
};

} // namespace tutordesk
