#pragma once

#include <QString>

#include <vector>

namespace tutordesk {

// One thing wrong with an input file: where it is and what to do about it.
struct ImportProblem {
    QString file;
    int line = 0;   // 0: the file as a whole
    int column = 0; // 1-based column in the file; 0: the whole line
    QString field;  // the column's name as the file spells it (or the field TutorDesk expected)
    QString message;

    // "roster.csv, line 12, column 4 (Grade): …"
    QString toText() const;
};

// What an import did, or with dryRun would do. When `problems` is not empty nothing was written.
struct ImportReport {
    QString file;
    bool applied = false;
    int read = 0; // records read from the file(s)
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int guardiansAdded = 0;
    int guardiansUpdated = 0;
    // Active students the roster does not list. They are withdrawn only when the import was
    // asked to (the coordinator confirmed, or --withdraw-missing); otherwise only counted.
    int missing = 0;
    int withdrawn = 0;
    int scoresAdded = 0;
    int scoresUpdated = 0;
    std::vector<ImportProblem> problems;
    std::vector<QString> notes; // things worth knowing that are not errors (e.g. columns ignored)

    bool ok() const { return problems.empty(); }
};

} // namespace tutordesk
