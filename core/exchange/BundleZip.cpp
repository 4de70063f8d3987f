#include "exchange/BundleZip.h"

#include <QBuffer>
#include <QFile>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <zlib.h>

namespace tutordesk {

std::optional<QByteArray> zipEntries(const QList<ZipEntry>& entries, const QDateTime& stamp)
{
    QByteArray content;
    {
        QBuffer buffer(&content);
        QuaZip zip(&buffer);
        zip.setUtf8Enabled(true);
        if (!zip.open(QuaZip::mdCreate))
            return std::nullopt;
        // The zip's times are local date and time fields: the UTC fields make them the same everywhere.
        const QDateTime utc = stamp.toUTC();
        const QDateTime fields(utc.date(), utc.time());
        for (const ZipEntry& entry : entries) {
            QuaZipFile file(&zip);
            QuaZipNewInfo info(entry.name);
            info.dateTime = fields;
            // Without permissions an unzipped file is unreadable (mode 0000) on Linux and macOS; readable by
            // the person who unzips it and nobody else, as children's records should be.
            info.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
            // Level 1: CSV of UUIDs gains little from harder work, and the bulk of a large school is
            // 100 MB of text: the fast level keeps the export within seconds.
            if (!file.open(QIODevice::WriteOnly, info, nullptr, 0, Z_DEFLATED, 1))
                return std::nullopt;
            if (file.write(entry.bytes) != entry.bytes.size())
                return std::nullopt;
            file.close();
            if (file.getZipError() != ZIP_OK)
                return std::nullopt;
        }
        zip.close();
        if (zip.getZipError() != ZIP_OK)
            return std::nullopt;
    }
    return content;
}

} // namespace tutordesk
