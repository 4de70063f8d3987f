#pragma once

#include "roster/CsvReader.h"
#include "roster/ImportReport.h"

#include <QCoreApplication>

namespace tutordesk {

// Keeps a report readable when a whole column is wrong: the first CsvReader::maxProblems problems
// are listed and the rest counted in one last line, since fixing the column fixes them all.
inline void capProblems(ImportReport& report)
{
    const auto limit = static_cast<std::size_t>(CsvReader::maxProblems);
    if (report.problems.size() <= limit)
        return;
    const auto more = static_cast<qsizetype>(report.problems.size() - limit);
    report.problems.resize(limit);
    report.problems.push_back(
        {report.file, 0, 0, QString(),
         QCoreApplication::translate(
             "tutordesk::Import", "%1 more problems are not listed. Correct the ones above (often one column "
                                  "is wrong throughout) and run again to see what is left.")
             .arg(more)});
}

} // namespace tutordesk
