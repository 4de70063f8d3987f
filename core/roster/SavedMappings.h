#pragma once

#include "roster/ColumnMapping.h"

#include <optional>

namespace tutordesk {

class Store;

// The coordinator's confirmed mappings, kept in the school's database (settings table, key
// "mapping.<kind>") so that next term's file is read the same way without asking again.
class SavedMappings final {
public:
    static std::optional<ColumnMapping> load(Store& store, const QString& kind);
    static void save(Store& store, const ColumnMapping& mapping);
};

} // namespace tutordesk
