#pragma once

#include "common/Result.h"
#include "roster/ColumnMapping.h"
#include "roster/CsvReader.h"
#include "roster/ImportReport.h"
#include "roster/RosterStudent.h"

#include <vector>

namespace tutordesk {

// What reading a roster produced: the students that passed validation and the report (with every
// problem found). An import writes nothing when report.problems is not empty.
struct RosterRead {
    std::vector<RosterStudent> students;
    ImportReport report;
    CsvInfo csv;
};

// Reads a district SIS roster CSV with any header names through a ColumnMapping, validating
// and normalizing every value (grades, codes, languages, dates, yes/no flags) and reporting each
// problem with file, line, column and what to do (EXCHANGE.md "In").
class GenericRosterReader final {
public:
    // The fields of a roster, with the header names SIS exports use for them.
    static const std::vector<FieldSpec>& fields();
    static constexpr char mappingKind[] = "roster";

    // A file that cannot be read at all is an Error; validation problems are in the report.
    static Result<RosterRead> read(const QString& path, const ColumnMapping& mapping,
                                   const CsvReader::Progress& progress = {});
};

} // namespace tutordesk
