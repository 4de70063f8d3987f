// tutordesk-cli export and sync as district IT runs them from a scheduler.
#include "DeliveryFixtures.h"
#include "exchange/BundleExport.h"
#include "exchange/Outbox.h"
#include "support/CliRun.h"
#include "support/Fixtures.h"
#include "support/TestText.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace tutordesk::test {
namespace {

class SyncCliTest : public CliTestBase {
protected:
    void SetUp() override
    {
        auto store = openStore(dbPath());
        ASSERT_TRUE(store);
        createSchool(*store);
        const auto student = addStudent(*store, QStringLiteral("S-1001"));
        const auto group = addGroup(*store, QStringLiteral("G-1"), 4);
        enroll(*store, student, group, QStringLiteral("E-1"));
        addStudent(*store, QStringLiteral("S-1002"), QStringLiteral("4"));
    }
    QString folder() const { return file(QStringLiteral("District")); }
    std::unique_ptr<Store> reopen() const { return openStore(dbPath()); }
};

TEST_F(SyncCliTest, ExportBulkLeavesAWholeZipAndTheOutboxAcknowledged)
{
    ASSERT_TRUE(QDir().mkpath(folder()));
    const CliRun run =
        cli({QStringLiteral("export"), QStringLiteral("--bulk"), QStringLiteral("--out"), folder()}, true);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject json = cliJson(run);
    const QString name = json.value(QStringLiteral("bundle")).toString();
    const QString path = json.value(QStringLiteral("path")).toString();
    EXPECT_EQ(json.value(QStringLiteral("mode")).toString(), QStringLiteral("bulk"));
    EXPECT_EQ(json.value(QStringLiteral("sequence")).toInt(), 1);
    EXPECT_EQ(json.value(QStringLiteral("files")).toObject().value(QStringLiteral("students.csv")).toInt(),
              2);
    EXPECT_EQ(path, QDir(folder()).filePath(name));
    QFile zip(path);
    ASSERT_TRUE(zip.open(QIODevice::ReadOnly));
    const QByteArray bytes = zip.readAll();
    EXPECT_TRUE(bytes.startsWith("PK"));
    EXPECT_EQ(sha256Hex(bytes), json.value(QStringLiteral("sha256")).toString());
    EXPECT_EQ(QDir(folder()).entryList(QDir::Files), QStringList{name}); // no .part left

    auto store = reopen();
    EXPECT_TRUE(Outbox::waiting(*store).isEmpty());
    const auto entry = Outbox::entryNamed(*store, name);
    ASSERT_TRUE(entry);
    EXPECT_TRUE(entry->acknowledgedAt.has_value());
    EXPECT_EQ(entry->destination, folder());
}

// A bundle still waiting for the district (the Wi-Fi was down) goes into the folder first: a delta must not
// reach the district before the one it follows.
TEST_F(SyncCliTest, ExportWritesTheBundlesStillWaitingFirst)
{
    ASSERT_TRUE(QDir().mkpath(folder()));
    {
        auto store = reopen();
        ExportRequest request;
        request.mode = BundleMode::Bulk;
        request.now = QDateTime(QDate(2026, 11, 20), QTime(16, 0), Qt::UTC);
        ASSERT_TRUE(exportBundle(*store, request).ok());
        addStudent(*store, QStringLiteral("S-1003"));
    }
    const CliRun run =
        cli({QStringLiteral("export"), QStringLiteral("--delta"), QStringLiteral("--out"), folder()}, true);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(cliJson(run).value(QStringLiteral("earlierBundlesWritten")).toInt(), 1);
    const QStringList zips = QDir(folder()).entryList({QStringLiteral("*.zip")}, QDir::Files, QDir::Name);
    ASSERT_EQ(zips.size(), 2);
    EXPECT_TRUE(zips.at(0).endsWith(QLatin1String("_1.zip"))) << zips.at(0).toStdString();
    EXPECT_TRUE(zips.at(1).endsWith(QLatin1String("_2.zip"))) << zips.at(1).toStdString();
    auto store = reopen();
    EXPECT_TRUE(Outbox::waiting(*store).isEmpty());
}

TEST_F(SyncCliTest, ExportUsageErrors)
{
    EXPECT_EQ(cli({QStringLiteral("export"), QStringLiteral("--out"), folder()}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("export"), QStringLiteral("--bulk"), QStringLiteral("--delta"),
                   QStringLiteral("--out"), folder()})
                  .exitCode,
              2);
    EXPECT_EQ(cli({QStringLiteral("export"), QStringLiteral("--bulk")}).exitCode, 2);
}

TEST_F(SyncCliTest, ExportToAMissingFolderIsRefusedPlainly)
{
    const CliRun run = cli({QStringLiteral("export"), QStringLiteral("--delta"), QStringLiteral("--out"),
                            file(QStringLiteral("unplugged"))});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("is not there"))) << run.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(file(QStringLiteral("unplugged"))));
}

TEST_F(SyncCliTest, SyncToAFolderDeliversEverything)
{
    ASSERT_TRUE(QDir().mkpath(folder()));
    const CliRun run = cli({QStringLiteral("sync"), QStringLiteral("--to"), folder()}, true);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString() << run.out.toStdString();
    const QJsonObject json = cliJson(run);
    const QString created = json.value(QStringLiteral("created")).toString();
    EXPECT_FALSE(created.isEmpty());
    EXPECT_EQ(json.value(QStringLiteral("delivered")).toInt(), 1);
    EXPECT_EQ(json.value(QStringLiteral("waiting")).toInt(), 0);
    EXPECT_TRUE(QFileInfo::exists(QDir(folder()).filePath(created)));
    EXPECT_TRUE(Outbox::waiting(*reopen()).isEmpty());

    // Nothing changed since: no new bundle, nothing to send, still done.
    const CliRun again = cli({QStringLiteral("sync"), QStringLiteral("--to"), folder()}, true);
    EXPECT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_TRUE(cliJson(again).value(QStringLiteral("created")).isNull());
}

TEST_F(SyncCliTest, SyncToAClosedPortExitsOneWithTheBundleWaiting)
{
    const QString url = QStringLiteral("http://127.0.0.1:%1/district").arg(closedPort());
    const CliRun run = cli({QStringLiteral("sync"), QStringLiteral("--to"), url}, true);
    EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
    const QJsonObject json = cliJson(run);
    EXPECT_EQ(json.value(QStringLiteral("delivered")).toInt(), 0);
    EXPECT_EQ(json.value(QStringLiteral("waiting")).toInt(), 1);
    EXPECT_TRUE(json.value(QStringLiteral("error")).toString().contains(QStringLiteral("refused")));
    EXPECT_TRUE(run.err.contains(QStringLiteral("refused"))) << run.err.toStdString();
    auto store = reopen();
    const QList<OutboxEntry> waiting = Outbox::waiting(*store);
    ASSERT_EQ(waiting.size(), 1);
    EXPECT_EQ(waiting[0].attempts, 1);
    EXPECT_FALSE(Outbox::content(*store, waiting[0].id).isEmpty());
}

TEST_F(SyncCliTest, SyncWithoutADestinationSaysWhereToSetOne)
{
    const CliRun run = cli({QStringLiteral("sync")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("No district destination is set"))) << run.err.toStdString();
    EXPECT_TRUE(Outbox::waiting(*reopen()).isEmpty()); // nothing was bundled for nowhere
}

TEST_F(SyncCliTest, SyncRefusesPlainHttpToAnotherHost)
{
    const CliRun run =
        cli({QStringLiteral("sync"), QStringLiteral("--to"), QStringLiteral("http://sync.example.org")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("https://"))) << run.err.toStdString();
}

} // namespace
} // namespace tutordesk::test
