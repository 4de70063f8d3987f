#include "store/Backup.h"

#include "store/Database.h"
#include "store/StoreError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <sqlite3.h>

namespace tutordesk {

QString Backup::folder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("backups"));
}

QString Backup::beforeUpgradePath(const QString& databasePath, int fromVersion, const QDateTime& at)
{
    const QFileInfo info(databasePath);
    // Not translated: a file name other programs and IT staff read, the same on every computer.
    const QString name = QStringLiteral("%1 before data version %2 (%3).%4")
                             .arg(info.completeBaseName())
                             .arg(fromVersion + 1)
                             .arg(at.toString(QStringLiteral("yyyy-MM-dd HHmmss")))
                             .arg(info.suffix().isEmpty() ? QStringLiteral("tutordesk") : info.suffix());
    return QDir(folder()).filePath(name);
}

void Backup::copyTo(Database& db, const QString& target)
{
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        throw StoreError(QStringLiteral("cannot create the folder %1").arg(QFileInfo(target).absolutePath()),
                         SQLITE_CANTOPEN);
    const QString partial = target + QStringLiteral(".part");
    QFile::remove(partial);
    try {
        Database copy(partial, Database::Mode::CreateIfMissing);
        QFile::setPermissions(partial, QFileDevice::ReadOwner | QFileDevice::WriteOwner); // children's data
        sqlite3_backup* backup = sqlite3_backup_init(copy.handle(), "main", db.handle(), "main");
        if (!backup)
            throw StoreError(QString::fromUtf8(sqlite3_errmsg(copy.handle())),
                             sqlite3_errcode(copy.handle()));
        const int stepped =
            sqlite3_backup_step(backup, -1); // all pages at once: the database is ours alone now
        const int finished = sqlite3_backup_finish(backup);
        if (stepped != SQLITE_DONE || finished != SQLITE_OK) {
            const int code = stepped != SQLITE_DONE ? stepped : finished;
            throw StoreError(QStringLiteral("cannot copy the database to %1: %2")
                                 .arg(partial, QString::fromUtf8(sqlite3_errstr(code))),
                             code);
        }
        // One self-contained file: a copy carried or restored later has no -wal beside it to lose.
        copy.execute("PRAGMA journal_mode = DELETE");
    } catch (const StoreError&) {
        QFile::remove(partial);
        throw;
    }
    // Only a whole copy carries the final name.
    QFile::remove(target);
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        throw StoreError(QStringLiteral("cannot name the copy %1").arg(target), SQLITE_CANTOPEN);
    }
}

} // namespace tutordesk
