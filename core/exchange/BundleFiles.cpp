#include "exchange/BundleFiles.h"

#include "exchange/ExportCsv.h"
#include "store/Database.h"

#include <QCoreApplication>

namespace tutordesk {

namespace {

// Progress by rows: every data row counts once, whichever file it is in.
class RowProgress {
public:
    RowProgress(Database& db, const std::function<bool(int)>& callback)
        : m_callback(callback)
    {
        if (!m_callback)
            return;
        for (const ExportTable& table : exportTables())
            m_total +=
                std::max<std::int64_t>(0, countRows(db, std::string("SELECT count(*) FROM ") + table.table));
    }
    // False when cancelled.
    bool step()
    {
        if (!m_callback)
            return true;
        ++m_done;
        if ((m_done & 1023) != 0)
            return true;
        return report();
    }
    bool report()
    {
        if (!m_callback)
            return true;
        const int percent =
            m_total > 0 ? static_cast<int>(std::min<std::int64_t>(100, m_done * 100 / m_total)) : 0;
        if (percent == m_last)
            return true;
        m_last = percent;
        return m_callback(percent);
    }
    bool finish()
    {
        m_done = m_total;
        return report();
    }

private:
    static std::int64_t countRows(Database& db, const std::string& sql)
    {
        Statement count = db.prepare(sql);
        return count.step() ? count.integer(0) : 0;
    }

    const std::function<bool(int)>& m_callback;
    std::int64_t m_total = 0;
    std::int64_t m_done = 0;
    int m_last = -1;
};

Error cancelled()
{
    return Error{QCoreApplication::translate("tutordesk::BundleExport",
                                             "The export was cancelled. Nothing was put in the outbox.")};
}

} // namespace

QByteArray dataFileHeader(const ExportTable& table)
{
    QByteArray header("sourcedId,status,dateLastModified");
    for (const ExportColumn& column : table.columns) {
        header += ',';
        header += column.name;
    }
    header += "\r\n";
    return header;
}

Result<RenderedFiles> renderFiles(Database& db, const RenderPlan& plan)
{
    RowProgress progress(db, plan.progress);
    if (!progress.report())
        return cancelled();
    RenderedFiles result;
    std::optional<Statement> record;
    if (plan.mode == BundleMode::Bulk && plan.recordBulk) {
        db.execute("DELETE FROM export_rows");
        record.emplace(db.prepare("INSERT INTO export_rows (file, sourced_id, row_hash) VALUES (?, ?, ?)"));
    }
    std::string out;
    for (const ExportTable& table : exportTables()) {
        out.clear();
        const QByteArray header = dataFileHeader(table);
        out.append(header.constData(), static_cast<std::size_t>(header.size()));
        ExportRowReader reader(db, table, plan.privacy);
        RenderedFile file;
        file.name = QString::fromLatin1(table.file);
        if (plan.mode == BundleMode::Bulk) {
            const std::string_view fileName(table.file);
            while (reader.next()) {
                const ExportRow& row = reader.row();
                ExportCsv::appendCell(out, row.sourcedId, ExportCsv::CellKind::Text);
                out += ",,";
                out += row.data;
                out += ExportCsv::lineEnd;
                ++file.rows;
                if (record) {
                    record->bindAll(fileName, row.sourcedId, row.hash);
                    record->run();
                }
                if (!progress.step())
                    return cancelled();
            }
        } else {
            DeltaDiff diff(db, table, plan.since, plan.createdAt);
            while (reader.next()) {
                diff.row(reader.row(), out);
                if (!progress.step())
                    return cancelled();
            }
            diff.finish(out);
            file.rows = diff.rowsWritten();
            file.present = file.rows > 0;
            result.changes.push_back(std::move(diff.changes()));
        }
        if (file.present)
            file.bytes = QByteArray(out.data(), static_cast<qsizetype>(out.size()));
        result.changedRows += file.rows;
        result.files.push_back(std::move(file));
    }
    if (!progress.finish())
        return cancelled();
    return result;
}

} // namespace tutordesk
