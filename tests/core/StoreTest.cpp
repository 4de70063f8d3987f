#include "store/Store.h"

#include "store/Backup.h"
#include "store/Migrations.h"
#include "store/StoreError.h"
#include "store/Transaction.h"
#include "support/Fixtures.h"
#include "support/TempDir.h"

#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

namespace tutordesk::test {
namespace {

class StoreTest : public TempDirTest {
protected:
    void writeFile(const QString& path, const QByteArray& bytes)
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    QString openError(const QString& path, Store::OpenMode mode = Store::OpenMode::ExistingOnly)
    {
        auto opened = Store::open(path, mode);
        EXPECT_FALSE(opened.ok()) << "opened " << path.toStdString();
        return opened.ok() ? QString() : opened.error().message;
    }
};

TEST_F(StoreTest, NewDatabaseIsAtTheLatestVersionWithTheHousePragmas)
{
    auto store = openStore(dbPath());
    ASSERT_TRUE(store);
    EXPECT_EQ(store->schemaVersion(), Migrations::latestVersion());
    EXPECT_GE(Migrations::latestVersion(), 1);
    EXPECT_EQ(store->db().queryInteger("PRAGMA application_id"), Migrations::applicationId);
    EXPECT_EQ(store->db().queryInteger("PRAGMA foreign_keys"), 1);
    EXPECT_EQ(store->db().queryText("PRAGMA journal_mode"), QStringLiteral("wal"));
    EXPECT_EQ(store->db().queryInteger("PRAGMA synchronous"), 1); // NORMAL
    EXPECT_FALSE(store->hasSchool());
}

TEST_F(StoreTest, NewDatabaseIsReadableByItsOwnerOnly)
{
    auto store = openStore(dbPath());
    ASSERT_TRUE(store);
    const auto permissions = QFileInfo(dbPath()).permissions();
    EXPECT_TRUE(permissions & QFileDevice::ReadOwner);
    EXPECT_FALSE(permissions & (QFileDevice::ReadGroup | QFileDevice::ReadOther));
}

TEST_F(StoreTest, MigrationsAreNumberedWithoutGaps)
{
    int expected = 1;
    for (const auto& step : Migrations::steps())
        EXPECT_EQ(step.version, expected++) << step.name.toStdString();
}

// Every earlier schema version, with data in it, upgrades to the latest without loss.
TEST_F(StoreTest, EveryEarlierVersionMigratesToTheLatest)
{
    for (int from = 0; from < Migrations::latestVersion(); ++from) {
        const QString path = file(QStringLiteral("v%1.tutordesk").arg(from));
        {
            Database db(path, Database::Mode::CreateIfMissing);
            Migrations::migrate(db, from);
            ASSERT_EQ(db.queryInteger("PRAGMA user_version"), from);
            if (from >= 1)
                db.run("INSERT INTO students (sourced_id, first_name, last_name, grade) VALUES ('1001', "
                       "'Zoë', 'Ng', 'K')");
        }
        auto store = openStore(path);
        ASSERT_TRUE(store);
        EXPECT_EQ(store->schemaVersion(), Migrations::latestVersion());
        EXPECT_EQ(store->db().queryText("PRAGMA integrity_check"), QStringLiteral("ok"));
        EXPECT_EQ(store->db().queryInteger("SELECT count(*) FROM pragma_foreign_key_check"), 0);
        if (from >= 1) {
            EXPECT_EQ(store->db().queryText("SELECT first_name FROM students WHERE sourced_id = '1001'"),
                      QStringLiteral("Zoë"));
        }
    }
}

// Installing a newer TutorDesk over an older one: the first start keeps a copy of the school's data as
// the older TutorDesk left it, then upgrades it.
TEST_F(StoreTest, UpgradingKeepsACopyOfTheOlderDatabaseFirst)
{
    const int older = Migrations::latestVersion() - 1;
    {
        Database db(dbPath(), Database::Mode::CreateIfMissing);
        Migrations::migrate(db, older);
        db.run("INSERT INTO students (sourced_id, first_name, last_name, grade) VALUES ('1001', 'Zoë', 'Ng', "
               "'K')");
    }
    QDir(Backup::folder()).removeRecursively();
    auto store = openStore(dbPath());
    ASSERT_TRUE(store);
    EXPECT_EQ(store->schemaVersion(), Migrations::latestVersion());

    const QStringList copies = QDir(Backup::folder()).entryList({QStringLiteral("*.tutordesk")}, QDir::Files);
    ASSERT_EQ(copies.size(), 1) << copies.join(QLatin1Char(',')).toStdString();
    EXPECT_TRUE(copies.first().startsWith(
        QStringLiteral("school before data version %1 (").arg(Migrations::latestVersion())))
        << copies.first().toStdString();
    const QString copy = QDir(Backup::folder()).filePath(copies.first());
    EXPECT_EQ(QFile::permissions(copy) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
              QFileDevice::Permissions());
    Database old(copy, Database::Mode::OpenExisting);
    EXPECT_EQ(old.queryInteger("PRAGMA user_version"), older)
        << "the copy is the database before the upgrade";
    EXPECT_EQ(old.queryText("SELECT first_name FROM students"), QStringLiteral("Zoë"));
    EXPECT_EQ(old.queryText("PRAGMA integrity_check"), QStringLiteral("ok"));

    store.reset();
    ASSERT_TRUE(openStore(dbPath()));
    EXPECT_EQ(QDir(Backup::folder()).entryList({QStringLiteral("*.tutordesk")}, QDir::Files).size(), 1)
        << "no copy when nothing is upgraded";
}

TEST_F(StoreTest, ReopeningChangesNothing)
{
    {
        auto store = openStore(dbPath());
        ASSERT_TRUE(store);
        createSchool(*store);
    }
    auto store = openStore(dbPath());
    ASSERT_TRUE(store);
    EXPECT_TRUE(store->hasSchool());
    EXPECT_EQ(store->schemaVersion(), Migrations::latestVersion());
}

TEST_F(StoreTest, RefusesADatabaseFromANewerTutorDesk)
{
    {
        auto store = openStore(dbPath());
        ASSERT_TRUE(store);
        store->db().execute(
            QStringLiteral("PRAGMA user_version = %1").arg(Migrations::latestVersion() + 1).toStdString());
    }
    const QString message = openError(dbPath());
    EXPECT_TRUE(message.contains(QStringLiteral("newer TutorDesk"))) << message.toStdString();
    EXPECT_TRUE(message.contains(dbPath()));
}

TEST_F(StoreTest, RefusesAnotherProgramsDatabase)
{
    {
        Database db(dbPath(), Database::Mode::CreateIfMissing);
        db.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)");
    }
    const QString message = openError(dbPath());
    EXPECT_TRUE(message.contains(QStringLiteral("another program"))) << message.toStdString();
    // …and leaves it as it was.
    Database db(dbPath(), Database::Mode::OpenExisting);
    EXPECT_EQ(db.queryInteger("PRAGMA user_version"), 0);
    EXPECT_EQ(db.queryInteger("SELECT count(*) FROM sqlite_schema"), 1);
}

TEST_F(StoreTest, RefusesFilesThatAreNotDatabases)
{
    writeFile(dbPath(), "student_id,last_name\n1001,López\n");
    EXPECT_TRUE(openError(dbPath()).contains(QStringLiteral("not a TutorDesk database")));
    writeFile(dbPath(), QByteArray(4096, '\xff'));
    EXPECT_TRUE(openError(dbPath()).contains(QStringLiteral("not a TutorDesk database")));
}

TEST_F(StoreTest, RefusesADamagedDatabase)
{
    {
        auto store = openStore(dbPath());
        ASSERT_TRUE(store);
        createSchool(*store);
        store->db().execute("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    QFile file(dbPath());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray head = file.read(1000); // a truncated copy: the header survives, the pages do not
    file.close();
    const QString damaged = this->file(QStringLiteral("damaged.tutordesk"));
    writeFile(damaged, head);
    const QString message = openError(damaged);
    EXPECT_TRUE(message.contains(QStringLiteral("damaged"))) << message.toStdString();
}

TEST_F(StoreTest, ExplainsMissingFilesAndFolders)
{
    EXPECT_TRUE(openError(dbPath()).contains(QStringLiteral("no TutorDesk database")));
    EXPECT_TRUE(openError(file(QStringLiteral("nope/school.tutordesk")), Store::OpenMode::CreateIfMissing)
                    .contains(QStringLiteral("does not exist")));
    EXPECT_TRUE(openError(file(QString())).contains(QStringLiteral("folder")));
}

TEST_F(StoreTest, TransactionRollsBackUnlessCommitted)
{
    auto store = openStore(dbPath());
    ASSERT_TRUE(store);
    try {
        Transaction tx(store->db());
        addStudent(*store, QStringLiteral("1"));
        addStudent(*store, QStringLiteral("1")); // duplicate district id
        tx.commit();
        FAIL() << "a duplicate district id was accepted";
    } catch (const StoreError&) {
    }
    EXPECT_EQ(store->db().queryInteger("SELECT count(*) FROM students"), 0);
}

} // namespace
} // namespace tutordesk::test
