#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace tutordesk {

// How much a OneRoster export may unpack to. A roster of a few thousand students is a few MB;
// these limits only stop a damaged or hostile zip ("zip bomb") from filling memory.
struct OneRosterLimits {
    std::int64_t maxEntryBytes = std::int64_t{512} << 20; // one file, uncompressed
    std::int64_t maxTotalBytes = std::int64_t{1} << 30;   // every file read, together
    int maxEntries = 1000;                                // files in the zip
};

// The files of a OneRoster bulk export, from a .zip or a folder, by their OneRoster names
// ("users.csv"). A zip is never unpacked to disk: entries are read into memory, within limits.
class OneRosterSource final {
public:
    // A .zip file (by name or by content) or a folder is read as OneRoster.
    static bool isOneRoster(const QString& path);

    // Lists the files. A zip with too many entries, an entry that would unpack to more than the
    // limits, or an entry named with an absolute path or ".." is refused whole.
    static Result<OneRosterSource> open(const QString& path, const OneRosterLimits& limits = {});

    // "oneroster.zip/users.csv": how messages name a file of the export.
    QString displayName(const QString& file) const;
    bool has(const QString& file) const;
    // The whole file; an Error when it is missing, damaged or larger than the limits allow.
    Result<QByteArray> read(const QString& file);

private:
    OneRosterSource(QString path, bool zip, const OneRosterLimits& limits);
    Result<QByteArray> readZipEntry(const QString& entry, const QString& file);
    Result<QByteArray> readFolderFile(const QString& filePath, const QString& file);

    QString m_path;
    QString m_label; // the zip's or folder's name, as messages show it
    bool m_zip = false;
    OneRosterLimits m_limits;
    QHash<QString, QString> m_files; // lower-case file name → entry name in the zip, or path on disk
    std::int64_t m_bytesRead = 0;
};

} // namespace tutordesk
