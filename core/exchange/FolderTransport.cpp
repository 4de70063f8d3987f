#include "exchange/FolderTransport.h"

#include "exchange/TransportErrors.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimer>

#include <cerrno>
#include <cstring>

#ifdef Q_OS_UNIX
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace tutordesk {

namespace {

// A bundle name is a file name TutorDesk made: never a path that would leave the folder.
bool isPlainFileName(const QString& name)
{
    return !name.isEmpty() && !name.contains(QLatin1Char('/')) && !name.contains(QLatin1Char('\\')) &&
           name != QLatin1String(".") && name != QLatin1String("..");
}

// The bytes are on the disk, not only in the operating system's cache: a USB stick pulled out after the
// rename must not hold a zip of the right name and the wrong content.
bool syncToDisk(QFile& file)
{
#ifdef Q_OS_UNIX
    return ::fsync(file.handle()) == 0;
#else
    Q_UNUSED(file);
    return true; // QFile::flush + close hands the bytes to Windows; FlushFileBuffers needs the Win32 handle.
#endif
}

bool replaceByRename(const QString& from, const QString& to)
{
#ifdef Q_OS_UNIX
    // rename(2) replaces an existing file in one step: the final name always names a whole zip.
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        return false;
    // The new directory entry itself reaches the disk too.
    const int dir = ::open(QFile::encodeName(QFileInfo(to).absolutePath()).constData(), O_RDONLY);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    return true;
#else
    if (QFile::exists(to) && !QFile::remove(to))
        return false;
    return QFile::rename(from, to);
#endif
}

} // namespace

FolderTransport::FolderTransport(QString folder, QObject* parent)
    : Transport(parent)
    , m_folder(std::move(folder))
{}

void FolderTransport::send(const QString& bundleName, const QByteArray& content, const QString&)
{
    const SendOutcome outcome = write(bundleName, content);
    // Asynchronous like every transport: the caller connects after send() or before, and either works.
    QTimer::singleShot(0, this, [this, outcome] { Q_EMIT finished(outcome); });
}

SendOutcome FolderTransport::write(const QString& bundleName, const QByteArray& content)
{
    if (!isPlainFileName(bundleName))
        return {false, TransportErrors::badBundleName(bundleName)};
    const QFileInfo folder(m_folder);
    if (!folder.exists() || !folder.isDir())
        return {false, TransportErrors::folderMissing(m_folder)};

    const QDir dir(m_folder);
    const QString finalPath = dir.filePath(bundleName);
    const QString partPath = finalPath + QStringLiteral(".part");
    QFile part(partPath);
    if (!part.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {false, TransportErrors::folderNotWritable(m_folder, part.errorString())};

    const auto giveUp = [&part, this](const QString& detail) {
        part.close();
        part.remove();
        return SendOutcome{false, TransportErrors::folderWriteFailed(m_folder, detail)};
    };
    if (part.write(content) != content.size() || !part.flush())
        return giveUp(part.errorString());
    if (!syncToDisk(part))
        return giveUp(QString::fromLocal8Bit(std::strerror(errno)));
    part.close();
    if (part.error() != QFileDevice::NoError)
        return giveUp(part.errorString());

    if (m_beforeRename)
        m_beforeRename(partPath);

    if (!replaceByRename(partPath, finalPath)) {
        QFile::remove(partPath);
        return {false, TransportErrors::folderWriteFailed(
                           m_folder, QCoreApplication::translate("tutordesk::Transport",
                                                                 "the finished file could not be renamed"))};
    }
    return {true, {}};
}

} // namespace tutordesk
