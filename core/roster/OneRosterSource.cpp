#include "roster/OneRosterSource.h"

#include "common/ZipEntryReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::OneRoster)
};

QString megabytes(std::int64_t bytes)
{
    return QString::number(bytes / (1024 * 1024));
}

// An entry that names a place outside the zip's own folder: harmless here (nothing is unpacked to
// disk) but never written by a real OneRoster export, so the zip is not what it claims to be.
bool escapesFolder(const QString& name)
{
    if (name.startsWith(QLatin1Char('/')) || name.startsWith(QLatin1Char('\\')))
        return true;
    if (name.size() >= 2 && name.at(1) == QLatin1Char(':') && name.at(0).isLetter())
        return true;
    const QStringList parts =
        QString(name).replace(QLatin1Char('\\'), QLatin1Char('/')).split(QLatin1Char('/'));
    return parts.contains(QStringLiteral(".."));
}

} // namespace

OneRosterSource::OneRosterSource(QString path, bool zip, const OneRosterLimits& limits)
    : m_path(std::move(path))
    , m_label(QFileInfo(m_path).fileName())
    , m_zip(zip)
    , m_limits(limits)
{}

bool OneRosterSource::isOneRoster(const QString& path)
{
    const QFileInfo info(path);
    // A workbook is a zip too, but it is a spreadsheet: the CSV reader explains that one.
    return info.isDir() ||
           (info.isFile() && info.suffix().compare(QLatin1String("zip"), Qt::CaseInsensitive) == 0);
}

Result<OneRosterSource> OneRosterSource::open(const QString& path, const OneRosterLimits& limits)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        OneRosterSource source(info.absoluteFilePath(), false, limits);
        const QFileInfoList files = QDir(path).entryInfoList(QDir::Files | QDir::Readable);
        for (const QFileInfo& file : files)
            source.m_files.insert(file.fileName().toLower(), file.absoluteFilePath());
        return source;
    }
    if (!info.isFile())
        return Error{Tr::tr("%1: there is no such file or folder.").arg(path)};

    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return Error{Tr::tr("%1 cannot be opened as a zip file: it is damaged or not a zip. Download the "
                            "OneRoster export from the student system again.")
                         .arg(info.fileName())};
    if (zip.getEntriesCount() > limits.maxEntries)
        return Error{
            Tr::tr("%1 holds %2 files; a OneRoster export has a dozen. It is not a roster export, so "
                   "nothing was read.")
                .arg(info.fileName())
                .arg(zip.getEntriesCount())};

    OneRosterSource source(info.absoluteFilePath(), true, limits);
    QHash<QString, QString> atRoot;
    QHash<QString, QString> inFolder;
    QStringList folders;
    std::uint64_t declaredTotal = 0;
    const QList<QuaZipFileInfo64> entries = zip.getFileInfoList64();
    for (const QuaZipFileInfo64& entry : entries) {
        if (escapesFolder(entry.name))
            return Error{
                Tr::tr("%1 holds a file named \"%2\", which points outside the zip. A OneRoster export "
                       "never does that, so nothing was read. Ask the district for a new export.")
                    .arg(info.fileName(), entry.name)};
        if (entry.uncompressedSize > static_cast<std::uint64_t>(limits.maxEntryBytes))
            return Error{
                Tr::tr("%1: \"%2\" would unpack to %3 MB, more than the %4 MB TutorDesk reads from one "
                       "file. It is not a school's roster, so nothing was read.")
                    .arg(info.fileName(), entry.name,
                         megabytes(static_cast<std::int64_t>(entry.uncompressedSize)),
                         megabytes(limits.maxEntryBytes))};
        declaredTotal += entry.uncompressedSize;
        if (declaredTotal > static_cast<std::uint64_t>(limits.maxTotalBytes))
            return Error{
                Tr::tr("%1 would unpack to more than %2 MB. It is not a school's roster, so nothing was "
                       "read.")
                    .arg(info.fileName(), megabytes(limits.maxTotalBytes))};
        if (entry.name.endsWith(QLatin1Char('/')))
            continue;
        const QStringList parts =
            QString(entry.name).replace(QLatin1Char('\\'), QLatin1Char('/')).split(QLatin1Char('/'));
        if (parts.size() == 1) {
            atRoot.insert(parts.constFirst().toLower(), entry.name);
        } else if (parts.size() == 2 && parts.constFirst() != QLatin1String("__MACOSX")) {
            // "Compress folder" puts the files one folder down; that is still the export.
            inFolder.insert(parts.constLast().toLower(), entry.name);
            if (!folders.contains(parts.constFirst()))
                folders << parts.constFirst();
        }
    }
    source.m_files = !atRoot.isEmpty() || folders.size() != 1 ? atRoot : inFolder;
    return source;
}

QString OneRosterSource::displayName(const QString& file) const
{
    return m_label + QLatin1Char('/') + file;
}

bool OneRosterSource::has(const QString& file) const
{
    return m_files.contains(file.toLower());
}

Result<QByteArray> OneRosterSource::read(const QString& file)
{
    const auto it = m_files.constFind(file.toLower());
    if (it == m_files.constEnd())
        return Error{Tr::tr("%1 has no %2. Export the roster again with every OneRoster file included.")
                         .arg(m_label, file)};
    return m_zip ? readZipEntry(*it, file) : readFolderFile(*it, file);
}

Result<QByteArray> OneRosterSource::readZipEntry(const QString& entry, const QString& file)
{
    const QString name = displayName(file);
    const Error damaged{
        Tr::tr("%1 cannot be read: the zip is damaged. Download the OneRoster export again.").arg(name)};
    QuaZip zip(m_path);
    if (!zip.open(QuaZip::mdUnzip) || !zip.setCurrentFile(entry, QuaZip::csSensitive))
        return damaged;
    QuaZipFileInfo64 info;
    if (zip.getCurrentFileInfo(&info) && (info.flags & 1) != 0)
        return Error{
            Tr::tr("%1 is protected by a password. Export the roster again without a password.").arg(name)};
    QuaZipFile in(&zip);
    if (!in.open(QIODevice::ReadOnly))
        return damaged;

    auto read = unpackZipEntry(in, m_limits.maxEntryBytes, m_limits.maxTotalBytes - m_bytesRead);
    if (const auto* stop = std::get_if<ZipEntryStop>(&read)) {
        if (*stop == ZipEntryStop::EntryTooBig)
            return Error{
                Tr::tr("%1 unpacks to more than %2 MB. It is not a school's roster, so nothing was read.")
                    .arg(name, megabytes(m_limits.maxEntryBytes))};
        if (*stop == ZipEntryStop::TotalTooBig)
            return Error{
                Tr::tr("%1 unpacks to more than %2 MB. It is not a school's roster, so nothing was read.")
                    .arg(m_label, megabytes(m_limits.maxTotalBytes))};
        return damaged;
    }
    QByteArray bytes = std::get<QByteArray>(std::move(read));
    m_bytesRead += bytes.size();
    return bytes;
}

Result<QByteArray> OneRosterSource::readFolderFile(const QString& filePath, const QString& file)
{
    const QString name = displayName(file);
    QFile in(filePath);
    if (in.size() > m_limits.maxEntryBytes)
        return Error{Tr::tr("%1 is larger than %2 MB. It is not a school's roster, so nothing was read.")
                         .arg(name, megabytes(m_limits.maxEntryBytes))};
    if (!in.open(QIODevice::ReadOnly))
        return Error{Tr::tr("%1 cannot be read: %2").arg(name, in.errorString())};
    QByteArray bytes = in.readAll();
    m_bytesRead += bytes.size();
    return bytes;
}

} // namespace tutordesk
