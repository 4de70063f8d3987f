#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace tutordesk {

// A bulk bundle holds every current row; a delta the rows changed since the previous bundle (EXCHANGE.md).
enum class BundleMode { Bulk, Delta };

// "bulk" / "delta", as the manifest and the outbox write them.
QString bundleModeCode(BundleMode mode);
std::optional<BundleMode> bundleModeFromCode(const QString& code);

// Every time in a bundle and in the outbox, as the schema's defaults write it: UTC 'YYYY-MM-DDTHH:MM:SS.sssZ'
// (text order is time order, so SQL compares them as text).
QString utcText(const QDateTime& time);
std::optional<QDateTime> utcTimeFromText(const QString& text);

// One data file of a bundle as its manifest describes it.
struct BundleFile {
    QString name;        // "students.csv"
    bool present = true; // false: "absent" in the manifest (a delta with no change to this file)
    int rows = 0;
    QString sha256; // lower-case hex of the file's bytes; empty when absent
};

// One export bundle: a zip named tutordesk_<schoolCode>_<UTC yyyyMMddTHHmmssZ>_<sequence>.zip.
struct Bundle {
    QString name;
    BundleMode mode = BundleMode::Bulk;
    qint64 sequence = 0;
    QDateTime createdAt;            // UTC
    std::optional<QDateTime> since; // a delta: the previous bundle's createdAt
    QList<BundleFile> files;        // the data files, in manifest order (manifest.csv itself excluded)
    QByteArray content;             // the zip
    QString sha256;                 // lower-case hex of content
};

} // namespace tutordesk
