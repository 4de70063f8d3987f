// The outbox: bundles wait in the store until the district acknowledges them, in sequence order, with
// back-off after a failure, and nothing is lost when TutorDesk is closed in between.
#include "exchange/Outbox.h"

#include "DeliveryFixtures.h"
#include "exchange/OutboxSender.h"
#include "support/Fixtures.h"
#include "support/TempDir.h"
#include "support/TestText.h"

#include <QDir>
#include <QFile>

namespace tutordesk::test {
namespace {

const QDateTime now(QDate(2026, 9, 15), QTime(8, 0), Qt::UTC);

class OutboxTest : public SchoolStoreTest {};

TEST_F(OutboxTest, WaitingComesInSequenceOrder)
{
    insertBundle(*store, 3, fakeZip(3));
    insertBundle(*store, 1, fakeZip(1));
    insertBundle(*store, 2, fakeZip(2));
    const QList<OutboxEntry> waiting = Outbox::waiting(*store);
    ASSERT_EQ(waiting.size(), 3);
    EXPECT_EQ(waiting[0].sequence, 1);
    EXPECT_EQ(waiting[1].sequence, 2);
    EXPECT_EQ(waiting[2].sequence, 3);
    EXPECT_EQ(waiting[0].mode, BundleMode::Bulk);
    EXPECT_EQ(waiting[0].bundleName, bundleName(1));
    EXPECT_EQ(waiting[0].createdAt, QDateTime(QDate(2026, 9, 14), QTime(20, 0), Qt::UTC));
    EXPECT_EQ(waiting[0].rowCounts.value(QStringLiteral("students.csv")), 3);
    EXPECT_EQ(waiting[0].sizeBytes, fakeZip(1).size());
    EXPECT_TRUE(waiting[0].waiting());
    EXPECT_EQ(Outbox::content(*store, waiting[1].id), fakeZip(2));
}

TEST_F(OutboxTest, DeliveredLetsTheBytesGoAndKeepsTheHistory)
{
    const qint64 id = insertBundle(*store, 1, fakeZip(1));
    ASSERT_TRUE(
        Outbox::markFailed(*store, id, QStringLiteral("/mnt/district"), QStringLiteral("offline"), now).ok());
    ASSERT_TRUE(Outbox::markDelivered(*store, id, QStringLiteral("/mnt/district"), now.addSecs(120)).ok());
    EXPECT_TRUE(Outbox::waiting(*store).isEmpty());
    EXPECT_TRUE(Outbox::content(*store, id).isEmpty());
    const auto entry = Outbox::entry(*store, id);
    ASSERT_TRUE(entry);
    EXPECT_FALSE(entry->waiting());
    EXPECT_EQ(*entry->acknowledgedAt, now.addSecs(120));
    EXPECT_EQ(entry->destination, QStringLiteral("/mnt/district"));
    EXPECT_TRUE(entry->lastError.isEmpty());
    EXPECT_EQ(entry->totalRows(), 3);
    EXPECT_EQ(store->db().queryText("SELECT acknowledged_at FROM outbox WHERE id = ?",
                                    static_cast<std::int64_t>(id)),
              QStringLiteral("2026-09-15T08:02:00.000Z"));
    EXPECT_FALSE(Outbox::markDelivered(*store, 999, QStringLiteral("/x"), now).ok());
}

TEST_F(OutboxTest, FailureCountsKeepsThePlainErrorAndBacksOff)
{
    const qint64 id = insertBundle(*store, 1, fakeZip(1));
    const QString error =
        QStringLiteral("The district's server had a problem (503); TutorDesk will try again.");
    ASSERT_TRUE(Outbox::markFailed(*store, id, QStringLiteral("https://sync.example.org"), error, now).ok());
    auto entry = Outbox::entry(*store, id);
    ASSERT_TRUE(entry);
    EXPECT_EQ(entry->attempts, 1);
    EXPECT_EQ(entry->lastError, error);
    EXPECT_EQ(*entry->lastAttemptAt, now);
    EXPECT_EQ(*entry->nextAttemptAt, now.addSecs(60));
    EXPECT_EQ(entry->destination, QStringLiteral("https://sync.example.org"));
    EXPECT_EQ(Outbox::content(*store, id), fakeZip(1)); // the bundle is kept

    ASSERT_TRUE(Outbox::markFailed(*store, id, QStringLiteral("https://sync.example.org"), error, now).ok());
    entry = Outbox::entry(*store, id);
    EXPECT_EQ(entry->attempts, 2);
    EXPECT_EQ(*entry->nextAttemptAt, now.addSecs(120));

    EXPECT_EQ(Outbox::backoffSeconds(1), 60);
    EXPECT_EQ(Outbox::backoffSeconds(2), 120);
    EXPECT_EQ(Outbox::backoffSeconds(3), 240);
    EXPECT_EQ(Outbox::backoffSeconds(6), 1920);
    EXPECT_EQ(Outbox::backoffSeconds(7), 3600);
    EXPECT_EQ(Outbox::backoffSeconds(500), 3600);

    ASSERT_TRUE(Outbox::retryNow(*store).ok());
    EXPECT_FALSE(Outbox::entry(*store, id)->nextAttemptAt.has_value());
}

TEST_F(OutboxTest, StatusTellsWhatWaitsSinceWhenAndTheLastError)
{
    SyncStatus empty = Outbox::status(*store, now);
    EXPECT_EQ(empty.waiting, 0);
    EXPECT_FALSE(empty.lastSuccessAt);

    const qint64 first = insertBundle(*store, 1, fakeZip(1), QStringLiteral("2026-09-13T20:00:00.000Z"));
    const qint64 second = insertBundle(*store, 2, fakeZip(2), QStringLiteral("2026-09-14T20:00:00.000Z"));
    insertBundle(*store, 3, fakeZip(3), QStringLiteral("2026-09-15T07:00:00.000Z"));
    ASSERT_TRUE(Outbox::markDelivered(*store, first, QStringLiteral("/d"), now.addSecs(-3600)).ok());
    ASSERT_TRUE(
        Outbox::markFailed(*store, second, QStringLiteral("/d"), QStringLiteral("no stick"), now).ok());

    const SyncStatus status = Outbox::status(*store, now);
    EXPECT_EQ(status.waiting, 2);
    EXPECT_EQ(*status.oldestWaitingSince, QDateTime(QDate(2026, 9, 14), QTime(20, 0), Qt::UTC));
    EXPECT_EQ(*status.lastSuccessAt, now.addSecs(-3600));
    EXPECT_EQ(status.lastError, QStringLiteral("no stick"));
    EXPECT_EQ(*status.lastErrorAt, now);
    EXPECT_EQ(*status.nextAttemptAt, now.addSecs(60));
    EXPECT_FALSE(Outbox::status(*store, now.addSecs(61)).nextAttemptAt); // due now
    EXPECT_EQ(Outbox::recent(*store, 2).size(), 2);
    EXPECT_EQ(Outbox::recent(*store, 10).first().sequence, 3);
}

TEST_F(OutboxTest, WaitingBundleSurvivesARestartAndIsThenDelivered)
{
    insertBundle(*store, 1, fakeZip(1));
    store.reset(); // TutorDesk closed, the computer offline for the weekend

    auto reopened = openStore(dbPath());
    ASSERT_TRUE(reopened);
    const QList<OutboxEntry> waiting = Outbox::waiting(*reopened);
    ASSERT_EQ(waiting.size(), 1);
    EXPECT_EQ(Outbox::content(*reopened, waiting[0].id), fakeZip(1));

    const QString folder = file(QStringLiteral("district"));
    ASSERT_TRUE(QDir().mkpath(folder));
    TransportSetup setup;
    setup.destination = folder;
    setup.schoolCode = QStringLiteral("1964733");
    const SendReport report = sendWaitingNow(*reopened, setup, [] { return now; });
    EXPECT_EQ(report.delivered, 1);
    EXPECT_EQ(report.stillWaiting, 0);
    EXPECT_TRUE(report.error.isEmpty()) << report.error.toStdString();
    EXPECT_TRUE(Outbox::waiting(*reopened).isEmpty());
    QFile delivered(QDir(folder).filePath(bundleName(1)));
    ASSERT_TRUE(delivered.open(QIODevice::ReadOnly));
    EXPECT_EQ(delivered.readAll(), fakeZip(1));
}

} // namespace
} // namespace tutordesk::test
