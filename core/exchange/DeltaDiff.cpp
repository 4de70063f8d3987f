#include "exchange/DeltaDiff.h"

#include "exchange/ExportCsv.h"
#include "store/Database.h"

namespace tutordesk {

DeltaDiff::DeltaDiff(Database& db, const ExportTable& table, std::string since, std::string createdAt)
    : m_table(table)
    , m_since(std::move(since))
    , m_createdAt(std::move(createdAt))
{
    Statement tombstones =
        db.prepare("SELECT sourced_id, max(deleted_at) FROM tombstones WHERE table_name = ?"
                   " AND deleted_at > ? GROUP BY sourced_id");
    tombstones.bindAll(std::string_view(table.table), std::string_view(m_since));
    while (tombstones.step())
        m_deletedAt.emplace(std::string(tombstones.utf8(0)), std::string(tombstones.utf8(1)));

    m_held = std::make_unique<Statement>(
        db.prepare("SELECT sourced_id, row_hash FROM export_rows WHERE file = ? ORDER BY sourced_id"));
    m_held->bindAll(std::string_view(table.file));
    advanceHeld();
}

DeltaDiff::~DeltaDiff() = default;

void DeltaDiff::advanceHeld()
{
    m_heldValid = m_held->step();
    if (m_heldValid) {
        m_heldId.assign(m_held->utf8(0));
        m_heldHash = m_held->integer(1);
    }
}

// When the row changed, as well as TutorDesk knows: its own updated_at when that falls in this bundle's
// span; otherwise (a derived column, a setting) the bundle's time.
std::string_view DeltaDiff::modifiedAt(std::string_view updatedAt) const
{
    if (updatedAt > std::string_view(m_since) && updatedAt <= std::string_view(m_createdAt))
        return updatedAt;
    return m_createdAt;
}

void DeltaDiff::writeGone(std::string& out)
{
    ExportCsv::appendCell(out, m_heldId, ExportCsv::CellKind::Text);
    out += ",tobedeleted,";
    const auto tombstone = m_deletedAt.find(m_heldId);
    out += tombstone != m_deletedAt.end() ? modifiedAt(tombstone->second) : std::string_view(m_createdAt);
    out.append(m_table.columns.size(), ',');
    out += ExportCsv::lineEnd;
    m_changes.push_back({m_heldId, std::nullopt});
    ++m_written;
}

void DeltaDiff::row(const ExportRow& row, std::string& out)
{
    while (m_heldValid && std::string_view(m_heldId) < row.sourcedId) {
        writeGone(out);
        advanceHeld();
    }
    bool same = false;
    if (m_heldValid && std::string_view(m_heldId) == row.sourcedId) {
        same = m_heldHash == row.hash;
        advanceHeld();
    }
    if (same)
        return;
    ExportCsv::appendCell(out, row.sourcedId, ExportCsv::CellKind::Text);
    out += ",active,";
    out += modifiedAt(row.updatedAt);
    out += row.data;
    out += ExportCsv::lineEnd;
    m_changes.push_back({std::string(row.sourcedId), row.hash});
    ++m_written;
}

void DeltaDiff::finish(std::string& out)
{
    while (m_heldValid) {
        writeGone(out);
        advanceHeld();
    }
}

} // namespace tutordesk
