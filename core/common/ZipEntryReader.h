#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <variant>

class QuaZipFile;

namespace tutordesk {

// Why a zip entry was not read whole.
enum class ZipEntryStop { Damaged, EntryTooBig, TotalTooBig };

// Reads an open zip entry, counting the bytes that actually come out (the sizes in a zip's directory
// can lie: a "zip bomb" claims little and unpacks to gigabytes). Stops at `maxEntryBytes` for the entry
// or at `totalRoom`, what is left of the whole zip's allowance; each importer words the stop its way.
std::variant<QByteArray, ZipEntryStop> unpackZipEntry(QuaZipFile& in, qint64 maxEntryBytes, qint64 totalRoom);

} // namespace tutordesk
