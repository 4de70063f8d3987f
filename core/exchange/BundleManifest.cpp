#include "exchange/BundleManifest.h"

#include "exchange/ExportCsv.h"

#include <string>

namespace tutordesk {

namespace {

void property(std::string& out, const QString& name, const QString& value)
{
    ExportCsv::appendCell(out, name.toStdString(), ExportCsv::CellKind::Text);
    out += ',';
    ExportCsv::appendCell(out, value.toStdString(), ExportCsv::CellKind::Text);
    out += ExportCsv::lineEnd;
}

QString flag(bool on)
{
    return on ? QStringLiteral("true") : QStringLiteral("false");
}

} // namespace

QByteArray manifestCsv(const ManifestInfo& info, const QList<BundleFile>& files)
{
    std::string out = "propertyName,value\r\n";
    property(out, QStringLiteral("manifest.version"), QStringLiteral("1.0"));
    property(out, QStringLiteral("tutordesk.schema"), QString::number(info.schemaVersion));
    property(out, QStringLiteral("source.systemName"), QStringLiteral("TutorDesk"));
    property(out, QStringLiteral("source.systemCode"), info.schoolCode);
    property(out, QStringLiteral("export.id"), info.exportId);
    property(out, QStringLiteral("export.sequence"), QString::number(info.sequence));
    property(out, QStringLiteral("export.mode"), bundleModeCode(info.mode));
    property(out, QStringLiteral("export.since"), info.since);
    property(out, QStringLiteral("export.createdAt"), info.createdAt);
    property(out, QStringLiteral("export.includesNames"), flag(info.includesNames));
    property(out, QStringLiteral("export.includesNotes"), flag(info.includesNotes));
    for (const BundleFile& file : files) {
        QString name = file.name;
        name.chop(4); // ".csv"
        const QString key = QStringLiteral("file.") + name;
        property(out, key, file.present ? bundleModeCode(info.mode) : QStringLiteral("absent"));
        property(out, key + QStringLiteral(".rows"), QString::number(file.rows));
        property(out, key + QStringLiteral(".sha256"), file.sha256);
    }
    return QByteArray(out.data(), static_cast<qsizetype>(out.size()));
}

} // namespace tutordesk
