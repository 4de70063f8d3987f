#pragma once

#include "common/Result.h"
#include "roster/CsvReader.h"
#include "roster/ImportReport.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>
#include <vector>

namespace tutordesk {

// What the calendar and tutor imports share: a small CSV read whole (a school's calendar or tutor
// list is a few hundred lines), columns found by their header names, and the date and time spellings
// spreadsheets write.
struct StaffCsv {
    QString path;
    QStringList header;
    int headerLine = 1;
    int linesRead = 0; // data records, blank ones included
    int blankLines = 0;
    std::vector<CsvRecord> records; // the records with a value in some column
    std::vector<CsvProblem> problems;

    // Reads the file; an Error names it when it cannot be read as CSV at all.
    static Result<StaffCsv> read(const QString& path);

    // The 0-based column whose header, normalized (ColumnMapping::normalizeHeader), is one of `names`
    // (already normalized), or -1.
    int column(const QStringList& names) const;
    // The trimmed value of `column` in `record` (empty when the column is absent or the line short).
    static QString value(const CsvRecord& record, int column);
    // A problem in `column` (0-based, -1: the whole line) of `line`, named as the file names it.
    ImportProblem problem(int line, int column, const QString& message) const;
    // The reader's own problems (a line with too many fields, …), as import problems.
    void addReaderProblems(std::vector<ImportProblem>& problems) const;
};

// YYYY-MM-DD, or M/D/YYYY as Excel writes it. nullopt when the text is neither; a null date when blank.
std::optional<QDate> parseStaffDate(const QString& text);
// "8:00", "08:00", "13:30"; nullopt when not a time of day.
std::optional<QTime> parseStaffTime(const QString& text);

} // namespace tutordesk
