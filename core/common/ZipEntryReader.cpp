#include "common/ZipEntryReader.h"

#include <quazip/quazipfile.h>

#include <array>

namespace tutordesk {

std::variant<QByteArray, ZipEntryStop> unpackZipEntry(QuaZipFile& in, qint64 maxEntryBytes, qint64 totalRoom)
{
    QByteArray bytes;
    std::array<char, 1 << 16> buffer{};
    for (;;) {
        const qint64 n = in.read(buffer.data(), static_cast<qint64>(buffer.size()));
        if (n < 0)
            return ZipEntryStop::Damaged;
        if (n == 0)
            break;
        if (bytes.size() + n > maxEntryBytes)
            return ZipEntryStop::EntryTooBig;
        if (bytes.size() + n > totalRoom)
            return ZipEntryStop::TotalTooBig;
        bytes.append(buffer.data(), static_cast<qsizetype>(n));
    }
    in.close();
    if (in.getZipError() != UNZ_OK)
        return ZipEntryStop::Damaged;
    return bytes;
}

} // namespace tutordesk
