#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

#include <map>

namespace tutordesk {

// The files of a district's template pack, read from a folder or a zip into memory, with paths
// relative to the pack ("es/missed-1.html"). One top-level folder around the languages is allowed
// (a zip of the folder "district-letters/"); hidden files and macOS's "__MACOSX" are skipped.
struct LetterPackFiles {
    QString name; // the folder's or zip's file name, recorded with the installed templates
    std::map<QString, QByteArray> files;
};

struct LetterPackLimits {
    int maxEntries = 400;
    qint64 maxFileBytes = 512 * 1024;
    qint64 maxTotalBytes = 16 * 1024 * 1024;
};

class LetterPack final {
public:
    static Result<LetterPackFiles> read(const QString& folderOrZip, const LetterPackLimits& limits = {});
};

} // namespace tutordesk
