#pragma once

#include "exchange/ExportTables.h"
#include "store/Statement.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace tutordesk {

class Database;

// What the district may see: names and contact notes only when the export settings include them.
struct ExportPrivacy {
    bool includeNames = false;
    bool includeNotes = false;
};

// One current row of a data file: its id, its updated_at, and its data cells as CSV (each preceded by a
// comma, so the line is sourcedId,status,dateLastModified + data) with that text's hash.
struct ExportRow {
    std::string_view sourcedId;
    std::string_view updatedAt;
    std::string_view data;
    std::int64_t hash = 0;
};

// Reads a data file's rows in sourcedId order and writes each one's cells straight from SQLite's UTF-8
// (Statement::utf8: no QString per cell on half a million rows).
class ExportRowReader final {
public:
    ExportRowReader(Database& db, const ExportTable& table, const ExportPrivacy& privacy);
    ~ExportRowReader();
    ExportRowReader(const ExportRowReader&) = delete;
    ExportRowReader& operator=(const ExportRowReader&) = delete;

    // Advances to the next row; false at the end. Throws StoreError when SQLite fails.
    bool next();
    const ExportRow& row() const { return m_row; }

private:
    const ExportTable& m_table;
    ExportPrivacy m_privacy;
    Statement m_stmt;
    std::string m_data;
    ExportRow m_row;
};

} // namespace tutordesk
