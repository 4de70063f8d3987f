#include "exchange/BundleRender.h"

#include "exchange/BundleZip.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QUuid>

namespace tutordesk {

namespace {

QString sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

std::vector<RenderedFile> renderBulkFiles(Store& store, const ExportPrivacy& privacy)
{
    RenderPlan plan;
    plan.mode = BundleMode::Bulk;
    plan.privacy = privacy;
    auto rendered = renderFiles(store.db(), plan);
    return rendered ? std::move(rendered.value().files) : std::vector<RenderedFile>{};
}

Result<Bundle> renderBulkBundle(Store& store, const ExportPrivacy& privacy, const QDateTime& now)
{
    RenderPlan plan;
    plan.mode = BundleMode::Bulk;
    plan.privacy = privacy;
    auto rendered = renderFiles(store.db(), plan);
    if (!rendered)
        return rendered.error();
    ManifestInfo info;
    info.schemaVersion = store.schemaVersion();
    info.schoolCode = store.db().queryText("SELECT school_code FROM school WHERE id = 1");
    info.exportId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    info.mode = BundleMode::Bulk;
    info.createdAt = utcText(now);
    info.includesNames = privacy.includeNames;
    info.includesNotes = privacy.includeNotes;
    return assembleBundle(rendered.value(), info, now);
}

QStringList exportFileNames()
{
    QStringList names;
    for (const ExportTable& table : exportTables())
        names << QString::fromLatin1(table.file);
    return names;
}

QByteArray exportFileSql(const QString& fileName)
{
    for (const ExportTable& table : exportTables()) {
        if (fileName == QLatin1String(table.file))
            return QByteArray(table.sql);
    }
    return {};
}

QString bundleName(const QString& schoolCode, const QDateTime& createdAt, qint64 sequence)
{
    QString code;
    for (const QChar c : schoolCode) {
        if ((c.isLetterOrNumber() && c.unicode() < 128) || c == QLatin1Char('-'))
            code += c;
    }
    return QStringLiteral("tutordesk_") + code + QLatin1Char('_') +
           createdAt.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")) + QLatin1Char('_') +
           QString::number(sequence) + QStringLiteral(".zip");
}

Result<Bundle> assembleBundle(const RenderedFiles& rendered, const ManifestInfo& info,
                              const QDateTime& createdAt)
{
    Bundle bundle;
    bundle.mode = info.mode;
    bundle.sequence = info.sequence;
    bundle.createdAt = createdAt.toUTC();
    if (!info.since.isEmpty())
        bundle.since = QDateTime::fromString(info.since, Qt::ISODateWithMs);
    bundle.name = bundleName(info.schoolCode, createdAt, info.sequence);
    QList<ZipEntry> entries;
    entries.append({QStringLiteral("manifest.csv"), {}});
    for (const RenderedFile& file : rendered.files) {
        BundleFile described;
        described.name = file.name;
        described.present = file.present;
        described.rows = file.rows;
        if (file.present) {
            described.sha256 = sha256Hex(file.bytes);
            entries.append({file.name, file.bytes});
        }
        bundle.files.append(described);
    }
    entries.first().bytes = manifestCsv(info, bundle.files);
    auto content = zipEntries(entries, createdAt);
    if (!content)
        return Error{QCoreApplication::translate(
            "tutordesk::BundleExport", "The bundle's zip could not be written (out of memory?). Close "
                                       "other programs and export again.")};
    bundle.content = std::move(*content);
    bundle.sha256 = sha256Hex(bundle.content);
    return bundle;
}

} // namespace tutordesk
