#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace tutordesk {

struct ZipEntry {
    QString name;
    QByteArray bytes;
};

// The bundle's zip (deflate), every entry stamped with the bundle's createdAt so that the same rows make the
// same bytes; nullopt when QuaZip fails (out of memory).
std::optional<QByteArray> zipEntries(const QList<ZipEntry>& entries, const QDateTime& stamp);

} // namespace tutordesk
