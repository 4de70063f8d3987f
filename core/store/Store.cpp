#include "store/Store.h"

#include "store/Backup.h"
#include "store/Migrations.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::Store)
};

// SQLite files begin with this 16-byte header; anything else is not a database at all.
bool looksLikeSqlite(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(16);
    return head.size() == 0 || head == QByteArrayLiteral("SQLite format 3\0");
}

QString currentUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user;
}

} // namespace

Store::Store(QString path, std::unique_ptr<Database> db)
    : m_path(std::move(path))
    , m_db(std::move(db))
{}

Store::~Store() = default;

Result<std::unique_ptr<Store>> Store::open(const QString& path, OpenMode mode)
{
    const QFileInfo info(path);
    const bool exists = info.exists();
    if (!exists && mode == OpenMode::ExistingOnly)
        return Error{
            Tr::tr("%1: no TutorDesk database is there. Check the path, or create a new school.").arg(path)};
    if (exists && info.isDir())
        return Error{Tr::tr("%1 is a folder, not a TutorDesk database.").arg(path)};
    if (exists && !looksLikeSqlite(path))
        return Error{Tr::tr("%1 is not a TutorDesk database (it is not a database file at all). "
                            "Choose the .tutordesk file, or create a new school.")
                         .arg(path)};
    if (!exists && !info.absoluteDir().exists())
        return Error{Tr::tr("%1: the folder %2 does not exist.").arg(path, info.absolutePath())};

    std::unique_ptr<Database> db;
    try {
        db = std::make_unique<Database>(path, mode == OpenMode::CreateIfMissing
                                                  ? Database::Mode::CreateIfMissing
                                                  : Database::Mode::OpenExisting);
        if (!exists) // children's data: readable by this user only
            QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

        const auto appId = db->queryInteger("PRAGMA application_id");
        const int version = static_cast<int>(db->queryInteger("PRAGMA user_version"));
        const auto objects = db->queryInteger("SELECT count(*) FROM sqlite_schema");
        if (appId != Migrations::applicationId && objects > 0)
            return Error{Tr::tr("%1 is a database of another program, not TutorDesk's. "
                                "Open a TutorDesk database, or create a new school.")
                             .arg(path)};
        if (version > Migrations::latestVersion())
            return Error{
                Tr::tr(
                    "%1 was written by a newer TutorDesk (data version %2; this TutorDesk reads up to %3). "
                    "Install the newer TutorDesk to open it.")
                    .arg(path)
                    .arg(version)
                    .arg(Migrations::latestVersion())};

        db->execute("PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA temp_store = MEMORY");
        // A page cache of up to 64 MiB (SQLite's default is 2 MiB): reading a large school's 265,000
        // attendance rows in sourcedId order (an export bundle) otherwise evicts and re-reads pages through a
        // system call each, 3.6 s where 0.9 s do. It only grows as pages are read, so small schools keep
        // little.
        db->execute("PRAGMA cache_size = -65536");
        const QString journal = db->queryText("PRAGMA journal_mode = WAL");
        if (journal.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            return Error{Tr::tr("%1: cannot switch the database to write-ahead logging (got \"%2\"). "
                                "Copy it to a local folder and open it there.")
                             .arg(path, journal)};
        if (version >= 1 && version < Migrations::latestVersion()) {
            // A newer TutorDesk upgrading the school's data: a copy of it as it was comes first, so an
            // upgrade that goes wrong, or a school that must go back to the older TutorDesk, loses nothing.
            const QString copy = Backup::beforeUpgradePath(path, version, QDateTime::currentDateTime());
            try {
                Backup::copyTo(*db, copy);
            } catch (const StoreError& e) {
                return Error{
                    Tr::tr("%1 needs upgrading for this TutorDesk, and a copy is kept first, but the "
                           "copy could not be made (%2). Free some disk space and open it again.")
                        .arg(path, e.message())};
            }
        }
        Migrations::migrate(*db);
    } catch (const StoreError& e) {
        const int primary = e.sqliteCode() & 0xff;
        if (primary == SQLITE_NOTADB || primary == SQLITE_CORRUPT)
            return Error{Tr::tr("%1 is damaged and cannot be read (%2). Restore it from a backup.")
                             .arg(path, e.message())};
        if (primary == SQLITE_CANTOPEN || primary == SQLITE_READONLY || primary == SQLITE_PERM)
            return Error{Tr::tr("%1 cannot be opened for writing (%2). Check that the file and its folder "
                                "are yours and not read-only.")
                             .arg(path, e.message())};
        if (primary == SQLITE_BUSY)
            return Error{Tr::tr("%1 is busy: another program is writing to it. Close it there and try again.")
                             .arg(path)};
        return Error{Tr::tr("%1 could not be opened: %2").arg(path, e.message())};
    }

    auto store = std::unique_ptr<Store>(new Store(path, std::move(db)));
    store->setActor(currentUser());
    return store;
}

int Store::schemaVersion()
{
    return static_cast<int>(m_db->queryInteger("PRAGMA user_version"));
}

bool Store::hasSchool()
{
    return m_db->queryInteger("SELECT count(*) FROM school") > 0;
}

void Store::setActor(const QString& actor)
{
    m_db->run("UPDATE audit_context SET actor = ? WHERE id = 1", actor);
}

} // namespace tutordesk
