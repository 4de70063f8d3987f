#pragma once

#include "exchange/ExportRows.h"
#include "store/Statement.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace tutordesk {

class Database;

// A change to what the district holds (export_rows) once a delta is applied: a row's new hash, or gone.
struct ExportRowChange {
    std::string sourcedId;
    std::optional<std::int64_t> hash; // nullopt: the row was sent as tobedeleted
};

// The delta of one data file: the current rows (in sourcedId order) merge-joined with what the district
// holds (export_rows, same order). Not based on updated_at: derived columns (a session's group size, an
// attendance row's date) and the export settings change lines without it; comparing the hash of each line
// with the one sent last catches every change, so deltas applied in sequence give exactly the next bulk.
class DeltaDiff final {
public:
    // `since`/`createdAt`: the previous bundle's and this bundle's createdAt, UTC text with milliseconds.
    DeltaDiff(Database& db, const ExportTable& table, std::string since, std::string createdAt);
    ~DeltaDiff();
    DeltaDiff(const DeltaDiff&) = delete;
    DeltaDiff& operator=(const DeltaDiff&) = delete;

    // A current row: written to `out` as active when it is new or its line changed.
    void row(const ExportRow& row, std::string& out);
    // After the last row: the rows the district holds that are gone, written as tobedeleted.
    void finish(std::string& out);

    int rowsWritten() const { return m_written; }
    std::vector<ExportRowChange>& changes() { return m_changes; }

private:
    void advanceHeld();
    void writeGone(std::string& out);
    std::string_view modifiedAt(std::string_view updatedAt) const;

    const ExportTable& m_table;
    std::string m_since;
    std::string m_createdAt;
    std::unique_ptr<Statement> m_held; // export_rows of this file, in sourcedId order
    bool m_heldValid = false;
    std::string m_heldId;
    std::int64_t m_heldHash = 0;
    std::unordered_map<std::string, std::string> m_deletedAt; // tombstones after since
    std::vector<ExportRowChange> m_changes;
    int m_written = 0;
};

} // namespace tutordesk
