#pragma once

#include "common/Result.h"
#include "roster/CsvReader.h"
#include "roster/ImportReport.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace tutordesk {

class OneRosterSource;

// One file of a OneRoster export, read whole: its header, its records and where each came from,
// with lookups by OneRoster column name (any case) so that vendors' spelling differences pass.
class OneRosterTable final {
public:
    // Reads `file` from the export; CSV problems (ragged lines) are added to `problems`.
    static Result<OneRosterTable> read(OneRosterSource& source, const QString& file,
                                       std::vector<ImportProblem>& problems);

    const QString& name() const { return m_name; } // as messages show it: "oneroster.zip/users.csv"
    const QStringList& header() const { return m_header; }
    const std::vector<CsvRecord>& records() const { return m_records; }

    // 0-based index of the column, if the file has it.
    std::optional<int> column(const QString& name) const;
    // The trimmed value in `column` (empty when the column or the cell is missing).
    QString value(const CsvRecord& record, std::optional<int> column) const;
    QString value(const CsvRecord& record, const QString& name) const { return value(record, column(name)); }
    // A bulk file lists current rows with an empty status; "tobedeleted" rows are gone.
    bool isDeleted(const CsvRecord& record) const;

    // A problem at `record` in `column` (0-based, or none for the whole line).
    ImportProblem problem(const CsvRecord& record, std::optional<int> column, const QString& message) const;
    ImportProblem problem(const CsvRecord& record, const QString& columnName, const QString& message) const;

private:
    QString m_name;
    QStringList m_header;
    std::vector<CsvRecord> m_records;
    std::optional<int> m_status;
};

} // namespace tutordesk
