#include "roster/GenericRosterReader.h"

#include "roster/RosterFields.h"
#include "roster/RosterRowReader.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::GenericRosterReader)
};

// A roster with a whole column wrong would list every line; the first few hundred say enough.
constexpr std::size_t maxProblems = CsvReader::maxProblems;

} // namespace

const std::vector<FieldSpec>& GenericRosterReader::fields()
{
    return rosterFields();
}

Result<RosterRead> GenericRosterReader::read(const QString& path, const ColumnMapping& mapping,
                                             const CsvReader::Progress& progress)
{
    // The header first (the reader stops at the first record), so that every record can be read
    // by column as it streams past.
    auto head = CsvReader::readFile(path, [](const CsvRecord&) { return false; });
    if (!head)
        return head.error();

    RosterRead result;
    ImportReport& report = result.report;
    report.file = path;
    const QStringList header = head->header;
    RosterRowReader rows(path, header, head->headerLine, mapping, fields(), QDate::currentDate());
    rows.checkHeader(report);

    std::vector<ImportProblem> problems;
    std::int64_t unlisted = 0;
    int blankLines = 0;
    QHash<QString, int> lineOfId;
    auto info = CsvReader::readFile(
        path,
        [&](const CsvRecord& record) {
            // Excel leaves rows of bare delimiters below edited data; they are nobody.
            if (std::all_of(record.fields.begin(), record.fields.end(),
                            [](const QString& field) { return field.trimmed().isEmpty(); })) {
                ++blankLines;
                return true;
            }
            RosterStudent student;
            bool ok = rows.read(record, student, problems);
            if (!student.districtId.isEmpty()) {
                const auto it = lineOfId.constFind(student.districtId);
                if (it == lineOfId.constEnd()) {
                    lineOfId.insert(student.districtId, record.line);
                } else {
                    problems.push_back(
                        {path, record.line, rows.fileColumn(rosterfield::districtId),
                         rows.headerName(rosterfield::districtId),
                         Tr::tr("The district student ID %1 is also on line %2. Each student must be "
                                "on the roster once: remove one of the two lines, or correct the ID.")
                             .arg(student.districtId)
                             .arg(*it)});
                    ok = false;
                }
            }
            // The CSV reader reports a line with too few or too many fields; it is not a student.
            if (record.fields.size() != header.size())
                ok = false;
            if (ok && rows.canReadStudents())
                result.students.push_back(std::move(student));
            if (problems.size() > maxProblems) {
                unlisted += static_cast<std::int64_t>(problems.size() - maxProblems);
                problems.resize(maxProblems);
            }
            return true;
        },
        progress);
    if (!info)
        return info.error();

    for (const CsvProblem& problem : info->problems)
        problems.push_back({path, problem.line, problem.column, QString(), problem.message});
    std::stable_sort(problems.begin(), problems.end(),
                     [](const ImportProblem& a, const ImportProblem& b) { return a.line < b.line; });
    if (problems.size() > maxProblems) {
        unlisted += static_cast<std::int64_t>(problems.size() - maxProblems);
        problems.resize(maxProblems);
    }
    report.problems.insert(report.problems.end(), problems.begin(), problems.end());
    if (unlisted > 0)
        report.problems.push_back(
            {path, 0, 0, QString(),
             Tr::tr("Not listed: %n more problem(s). Correct the ones above (often one column is "
                    "wrong throughout) and import again to see what is left.",
                    nullptr, static_cast<int>(unlisted))});

    report.read = static_cast<int>(info->records);
    if (blankLines > 0)
        report.notes.push_back(
            Tr::tr("%n line(s) with no values in any column were skipped.", nullptr, blankLines));
    rows.addNotes(report);
    result.csv = std::move(info).value();
    return result;
}

} // namespace tutordesk
