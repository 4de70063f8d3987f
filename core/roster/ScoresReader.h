#pragma once

#include "common/Result.h"
#include "roster/ColumnMapping.h"
#include "roster/CsvReader.h"
#include "roster/ImportReport.h"

#include <QDate>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace tutordesk {

class Store;

// One benchmark result of a scores file, validated: its student is on file, its codes are the
// schema's (assessments: kind 'benchmark').
struct BenchmarkScore {
    int line = 0;
    std::int64_t studentId = 0;
    QString subject;    // reading, math, writing
    QString testWindow; // BOY, MOY, EOY
    QDate assessedOn;
    std::optional<double> score;
    QString placement; // as the file words it
    std::optional<int> levelsBelow;
    QString instrument; // empty when the file does not say: kept on update, "benchmark" when added
};

struct ScoresRead {
    std::vector<BenchmarkScore> scores;
    ImportReport report; // every problem found; nothing is to be written when there is one
};

// Reads a benchmark scores CSV (i-Ready, STAR, MAP style) through a ColumnMapping of kind
// "scores", checking every line against the students on file (EXCHANGE.md "In", item 3).
class ScoresReader final {
public:
    static constexpr char mappingKind[] = "scores";
    // The fields of a scores file, with the header names the vendors' exports use.
    static const std::vector<FieldSpec>& fields();

    // A file that cannot be read at all is an Error; every other problem is in the report.
    static Result<ScoresRead> read(Store& store, const QString& path, const ColumnMapping& mapping,
                                   const CsvReader::Progress& progress = {});
};

} // namespace tutordesk
