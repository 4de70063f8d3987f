#pragma once

#include "roster/ColumnMapping.h"
#include "roster/CsvReader.h"
#include "roster/ImportReport.h"
#include "roster/RosterStudent.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace tutordesk {

// The student-group facts OneRoster has no column for (EL status, home language, IEP, 504, foster,
// homeless, disadvantaged, attendance rate, state id, preferred name), read from the export's
// metadata.* extension columns or from a second, generic CSV joined on the student id.
class OneRosterFlags final {
public:
    // The roster catalogue's fields for these facts, with the spellings metadata columns use.
    static const std::vector<FieldSpec>& fields();

    // Which metadata.* columns of `header` hold which fact ("metadata.elStatus", "metadata.504",
    // "metadata.sed" …). Other columns are left alone; `unused` gets metadata columns not matched.
    static ColumnMapping mapMetadata(const QStringList& header, QStringList* unused = nullptr);

    // Sets on `student` every fact `mapping` finds in `record`; a value TutorDesk cannot read is a
    // problem at its file, line and column.
    static void apply(const ColumnMapping& mapping, const QStringList& header, const CsvRecord& record,
                      const QString& file, RosterStudent& student, std::vector<ImportProblem>& problems);

    // Reads `path`, a generic roster CSV (columns matched by name through the roster field
    // catalogue), and sets its facts on the students it names by district id or OneRoster
    // sourcedId (`index`: either id → position in `students`). Facts from this file win over
    // metadata columns. Rows for students not in this roster are counted in a note.
    static void join(const QString& path, std::vector<RosterStudent>& students,
                     const QHash<QString, int>& index, ImportReport& report);
};

} // namespace tutordesk
