#include "letters/LetterPack.h"

#include "common/ZipEntryReader.h"
#include "letters/LetterLanguages.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::LetterTemplates)
};

QString kilobytes(qint64 bytes)
{
    return QString::number(bytes / 1024);
}

bool skipped(const QString& relative)
{
    const QStringList parts = relative.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        if (part.startsWith(QLatin1Char('.')) || part == QLatin1String("__MACOSX"))
            return true;
    }
    return parts.isEmpty();
}

bool escapesFolder(const QString& name)
{
    if (name.startsWith(QLatin1Char('/')) || name.startsWith(QLatin1Char('\\')))
        return true;
    if (name.size() >= 2 && name.at(1) == QLatin1Char(':') && name.at(0).isLetter())
        return true;
    return QString(name)
        .replace(QLatin1Char('\\'), QLatin1Char('/'))
        .split(QLatin1Char('/'))
        .contains(QStringLiteral(".."));
}

// "district-letters/es/missed-1.html" → "es/missed-1.html" when every file sits in that one folder.
void dropCommonFolder(LetterPackFiles& pack)
{
    if (pack.files.empty())
        return;
    QString common;
    for (const auto& [path, bytes] : pack.files) {
        const qsizetype slash = path.indexOf(QLatin1Char('/'));
        // A file directly inside, or a path only two deep: the languages are at the top already.
        if (slash < 0 || path.count(QLatin1Char('/')) < 2)
            return;
        const QString first = path.left(slash);
        if (!common.isEmpty() && first != common)
            return;
        common = first;
    }
    if (LetterLanguages::find(common))
        return;
    std::map<QString, QByteArray> inner;
    for (auto& [path, bytes] : pack.files)
        inner.emplace(path.mid(common.size() + 1), std::move(bytes));
    pack.files = std::move(inner);
}

Result<LetterPackFiles> readZip(const QFileInfo& info, const LetterPackLimits& limits)
{
    const QString name = info.fileName();
    const Error damaged{
        Tr::tr("%1 cannot be read: the zip is damaged. Ask the district for the pack again.").arg(name)};
    QuaZip zip(info.absoluteFilePath());
    if (!zip.open(QuaZip::mdUnzip))
        return Error{
            Tr::tr("%1 cannot be opened as a zip file: it is damaged or not a zip. Ask the district for "
                   "the template pack again.")
                .arg(name)};
    if (zip.getEntriesCount() > limits.maxEntries)
        return Error{
            Tr::tr("%1 holds %2 files; a template pack has at most %3. It is not a template pack, so "
                   "nothing was installed.")
                .arg(name, QString::number(zip.getEntriesCount()), QString::number(limits.maxEntries))};
    LetterPackFiles pack;
    pack.name = name;
    qint64 total = 0;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFileInfo64 entry;
        if (!zip.getCurrentFileInfo(&entry))
            return damaged;
        if (escapesFolder(entry.name))
            return Error{
                Tr::tr("%1 holds a file named \"%2\", which points outside the zip. It is not a template "
                       "pack, so nothing was installed.")
                    .arg(name, entry.name)};
        const QString relative = QString(entry.name).replace(QLatin1Char('\\'), QLatin1Char('/'));
        if (relative.endsWith(QLatin1Char('/')) || skipped(relative))
            continue;
        if ((entry.flags & 1) != 0)
            return Error{
                Tr::tr("%1 is protected by a password. Make the zip again without a password.").arg(name)};
        QuaZipFile in(&zip);
        if (!in.open(QIODevice::ReadOnly))
            return damaged;
        auto read = unpackZipEntry(in, limits.maxFileBytes, limits.maxTotalBytes - total);
        if (const auto* stop = std::get_if<ZipEntryStop>(&read)) {
            if (*stop == ZipEntryStop::EntryTooBig)
                return Error{
                    Tr::tr("%1: %2 unpacks to more than %3 KB; a letter template is much smaller. Nothing "
                           "was installed.")
                        .arg(name, relative, kilobytes(limits.maxFileBytes))};
            if (*stop == ZipEntryStop::TotalTooBig)
                return Error{
                    Tr::tr("%1 unpacks to more than %2 KB. It is not a template pack, so nothing was "
                           "installed.")
                        .arg(name, kilobytes(limits.maxTotalBytes))};
            return damaged;
        }
        QByteArray bytes = std::get<QByteArray>(std::move(read));
        total += bytes.size();
        pack.files[relative] = std::move(bytes);
    }
    dropCommonFolder(pack);
    return pack;
}

Result<LetterPackFiles> readFolder(const QFileInfo& info, const LetterPackLimits& limits)
{
    LetterPackFiles pack;
    pack.name = info.fileName();
    const QDir root(info.absoluteFilePath());
    QDirIterator it(root.absolutePath(), QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    qint64 total = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = root.relativeFilePath(path);
        if (skipped(relative))
            continue;
        if (static_cast<int>(pack.files.size()) >= limits.maxEntries)
            return Error{
                Tr::tr("%1 holds more than %2 files. It is not a template pack, so nothing was installed.")
                    .arg(pack.name, QString::number(limits.maxEntries))};
        QFile in(path);
        if (in.size() > limits.maxFileBytes)
            return Error{Tr::tr("%1: %2 is larger than %3 KB; a letter template is much smaller. Nothing was "
                                "installed.")
                             .arg(pack.name, relative, kilobytes(limits.maxFileBytes))};
        if (!in.open(QIODevice::ReadOnly))
            return Error{Tr::tr("%1: %2 cannot be read: %3").arg(pack.name, relative, in.errorString())};
        QByteArray bytes = in.readAll();
        total += bytes.size();
        if (total > limits.maxTotalBytes)
            return Error{
                Tr::tr("%1 is larger than %2 KB. It is not a template pack, so nothing was installed.")
                    .arg(pack.name, kilobytes(limits.maxTotalBytes))};
        pack.files[relative] = std::move(bytes);
    }
    dropCommonFolder(pack);
    return pack;
}

} // namespace

Result<LetterPackFiles> LetterPack::read(const QString& folderOrZip, const LetterPackLimits& limits)
{
    const QFileInfo info(folderOrZip);
    if (info.isDir())
        return readFolder(info, limits);
    if (info.isFile() && info.suffix().compare(QLatin1String("zip"), Qt::CaseInsensitive) == 0)
        return readZip(info, limits);
    if (!info.exists())
        return Error{
            Tr::tr("%1 does not exist. Choose the template pack's folder or .zip file.").arg(folderOrZip)};
    return Error{
        Tr::tr("%1 is neither a folder nor a .zip file. A template pack is a folder (or a zip of it) with "
               "one folder per language, such as es/missed-1.html.")
            .arg(info.fileName())};
}

} // namespace tutordesk
