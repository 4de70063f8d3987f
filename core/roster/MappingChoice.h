#pragma once

#include "common/Result.h"
#include "roster/ColumnMapping.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace tutordesk {

class Store;

// Which mapping reads a file, and where it came from (said in the import's notes).
struct MappingChoice {
    enum class Source { Given, Saved, Proposed };
    ColumnMapping mapping;
    Source source = Source::Proposed;
    QStringList header;

    // "Columns: Student ID → District student ID, Grade → Grade (saved mapping)."
    QString describe(const std::vector<FieldSpec>& fields) const;
};

// The mapping given, else the school's saved mapping of `kind` when this file's header has every
// required column it names, else one proposed from the header. Reads only the file's header. A
// mapping given for another kind of file is refused.
Result<MappingChoice> chooseMapping(Store& store, const QString& path, const QString& kind,
                                    const std::vector<FieldSpec>& fields,
                                    const std::optional<ColumnMapping>& given);

} // namespace tutordesk
