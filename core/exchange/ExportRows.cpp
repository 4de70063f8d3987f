#include "exchange/ExportRows.h"

#include "exchange/ExportCsv.h"
#include "exchange/RowHash.h"
#include "store/Database.h"
#include "store/StoreError.h"

namespace tutordesk {

ExportRowReader::ExportRowReader(Database& db, const ExportTable& table, const ExportPrivacy& privacy)
    : m_table(table)
    , m_privacy(privacy)
    , m_stmt(db.prepare(table.sql))
{
    m_data.reserve(512);
}

ExportRowReader::~ExportRowReader() = default;

bool ExportRowReader::next()
{
    if (!m_stmt.step())
        return false;
    m_data.clear();
    int column = 2;
    for (const ExportColumn& c : m_table.columns) {
        m_data += ',';
        const Statement::Type type = m_stmt.type(column);
        const bool hidden = (c.kind == ExportColumnKind::Name && !m_privacy.includeNames) ||
                            (c.kind == ExportColumnKind::Notes && !m_privacy.includeNotes);
        if (hidden || type == Statement::Type::Null) {
            // empty cell
        } else if (type == Statement::Type::Integer) {
            ExportCsv::appendNumber(m_data, m_stmt.integer(column));
        } else if (type == Statement::Type::Real) {
            ExportCsv::appendNumber(m_data, m_stmt.real(column));
        } else {
            ExportCsv::appendCell(m_data, m_stmt.utf8(column),
                                  c.kind == ExportColumnKind::Number ? ExportCsv::CellKind::Number
                                                                     : ExportCsv::CellKind::Text);
        }
        ++column;
    }
    m_row.sourcedId = m_stmt.utf8(0);
    m_row.updatedAt = m_stmt.utf8(1);
    m_row.data = m_data;
    m_row.hash = rowHash(m_data);
    return true;
}

} // namespace tutordesk
