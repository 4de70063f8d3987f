#pragma once

#include "roster/ColumnMapping.h"
#include "roster/CsvReader.h"
#include "roster/ImportReport.h"
#include "roster/RosterStudent.h"

#include <QDate>
#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace tutordesk {

// Turns the records of one generic roster CSV into RosterStudents through a ColumnMapping,
// reporting each value it cannot read at its line and column (GenericRosterReader drives it).
class RosterRowReader final {
public:
    RosterRowReader(QString file, const QStringList& header, int headerLine, const ColumnMapping& mapping,
                    const std::vector<FieldSpec>& fields, const QDate& today);

    // Required fields with no column in the file, and mapped columns the file does not have.
    void checkHeader(ImportReport& report) const;
    // True when every required field has a column: otherwise no row can become a student.
    bool canReadStudents() const { return m_canReadStudents; }

    // Reads one record into `student`; false (with the reasons in `problems`) when any value is wrong.
    // The district id is filled in whenever it could be read, so duplicates are found regardless.
    bool read(const CsvRecord& record, RosterStudent& student, std::vector<ImportProblem>& problems);

    // The 1-based column and header name of a field, for messages about it.
    int fileColumn(const char* key) const;
    QString headerName(const char* key) const;

    // What is worth knowing but not wrong: unknown languages kept as written, columns not used, …
    void addNotes(ImportReport& report) const;

private:
    std::optional<QString> cell(const CsvRecord& record, const char* key) const;
    template <typename Parse> auto parse(const CsvRecord& record, const char* key, Parse parse);
    void problem(int line, const char* key, const QString& message);
    void noteValue(const QString& kind, const QString& value, int line);
    void readGuardian(const CsvRecord& record, RosterStudent& student);
    std::optional<QString> language(const CsvRecord& record, const char* key);

    struct Seen {
        int firstLine = 0;
        int count = 0;
    };

    QString m_file;
    QStringList m_header;
    int m_headerLine = 1;
    const ColumnMapping& m_mapping;
    const std::vector<FieldSpec>& m_fields;
    QDate m_today;
    QHash<QString, int> m_columns; // field key → 0-based column
    bool m_canReadStudents = true;
    std::vector<ImportProblem>* m_problems = nullptr;
    QHash<QString, QMap<QString, Seen>> m_noted; // note kind → value → where (values in order)
};

} // namespace tutordesk
