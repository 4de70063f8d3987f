#pragma once

#include <vector>

namespace tutordesk {

// What a data column holds, for how it is written: text (formula-neutralized), a number (never prefixed),
// or text the district gets only when the export includes it (students' names, contact notes).
enum class ExportColumnKind { Text, Number, Name, Notes };

struct ExportColumn {
    const char* name; // camelCase header
    ExportColumnKind kind;
};

// One data file of a bundle (EXCHANGE.md "Out"). `sql` takes no parameters and returns sourced_id,
// updated_at, then one value per column, ordered by sourced_id (byte order) so that bundles are
// deterministic and a delta can merge-join them with export_rows. Codes are turned into the district's
// words (booleans, weekdays, Ed-Fi categories, UTC timestamps) in the SQL itself, so that the benchmark
// can hand the very same SELECT to `sqlite3 -csv`.
struct ExportTable {
    const char* file;  // "students.csv"
    const char* table; // the table whose deletions leave tombstones ("tutoring_groups")
    std::vector<ExportColumn> columns;
    const char* sql;
};

// The nine data files, in manifest order.
const std::vector<ExportTable>& exportTables();

} // namespace tutordesk
