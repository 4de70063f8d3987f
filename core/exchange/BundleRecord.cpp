#include "exchange/BundleRecord.h"

#include "exchange/BundleManifest.h"
#include "exchange/ExportRows.h"
#include "exchange/ExportTables.h"
#include "store/Database.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace tutordesk {

namespace {

QByteArray rowCountsJson(const Bundle& bundle)
{
    QJsonObject counts;
    for (const BundleFile& file : bundle.files)
        counts.insert(file.name, file.rows);
    return QJsonDocument(counts).toJson(QJsonDocument::Compact);
}

} // namespace

void recordBundle(Database& db, const Bundle& bundle,
                  const std::vector<std::vector<ExportRowChange>>& changes)
{
    db.run("INSERT INTO outbox (bundle_name, mode, sequence, since, created_at, content, sha256, row_counts,"
           " size_bytes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
           bundle.name, bundleModeCode(bundle.mode), static_cast<std::int64_t>(bundle.sequence),
           bundle.since ? std::optional<QString>(utcText(*bundle.since)) : std::nullopt,
           utcText(bundle.createdAt), bundle.content, bundle.sha256, QString::fromUtf8(rowCountsJson(bundle)),
           static_cast<std::int64_t>(bundle.content.size()));

    const auto& tables = exportTables();
    Statement upsert =
        db.prepare("INSERT OR REPLACE INTO export_rows (file, sourced_id, row_hash) VALUES (?, ?, ?)");
    Statement remove = db.prepare("DELETE FROM export_rows WHERE file = ? AND sourced_id = ?");
    for (std::size_t i = 0; i < changes.size() && i < tables.size(); ++i) {
        const std::string_view file(tables[i].file);
        for (const ExportRowChange& change : changes[i]) {
            if (change.hash) {
                upsert.bindAll(file, std::string_view(change.sourcedId), *change.hash);
                upsert.run();
            } else {
                remove.bindAll(file, std::string_view(change.sourcedId));
                remove.run();
            }
        }
    }
}

} // namespace tutordesk
