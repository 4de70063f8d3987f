#pragma once

#include "common/Result.h"
#include "roster/ImportReport.h"

#include <QDate>
#include <QString>

namespace tutordesk {

class Store;

// Reads the calendar the district sends: a CSV with a header naming `date`, `kind` and `label`
// (any case; "Date", "Type", "Description" and "Name" work too) and, for breaks, an optional `end date`
// (or "to", "through") so that one line can cover a range. Kinds: holiday, break (or recess, vacation),
// minimum day (or early dismissal, shortened day), non-instructional (or pupil-free, staff development),
// instructional (takes a listed day back). Dates YYYY-MM-DD, or M/D/YYYY as Excel writes them. Weekend
// days inside a range are skipped; days outside the school year are problems (line, column, what to do).
//
// Validated first and applied in one transaction (CalendarEditor::setDays), or not at all when any line
// is wrong. report.added/updated/unchanged count days; re-importing the same file changes nothing.
class CalendarImport final {
public:
    static Result<ImportReport> importFile(Store& store, const QString& path, bool dryRun,
                                           const QDate& today);
};

} // namespace tutordesk
