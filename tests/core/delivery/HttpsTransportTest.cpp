// The HTTPS destination against a small server the test starts on loopback (plain http:// is allowed there
// only): 2xx acknowledges; 5xx, timeouts and refusals keep the bundle and a later round delivers it.
#include "DeliveryFixtures.h"
#include "exchange/HttpTransport.h"
#include "exchange/Outbox.h"
#include "exchange/OutboxSender.h"
#include "support/Fixtures.h"
#include "support/TempDir.h"
#include "support/TestText.h"

namespace tutordesk::test {
namespace {

const QDateTime now(QDate(2026, 9, 15), QTime(8, 0), Qt::UTC);

class HttpsTest : public SchoolStoreTest {
protected:
    TransportSetup setupFor(const QString& url, int timeoutMs = 10000) const
    {
        TransportSetup setup;
        setup.destination = url;
        setup.schoolCode = QStringLiteral("1964733");
        setup.token = QStringLiteral("s3cret-token");
        setup.timeoutMs = timeoutMs;
        return setup;
    }
    SendReport sendAll(const TransportSetup& setup, const QDateTime& at = now)
    {
        return sendWaitingNow(*store, setup, [at] { return at; });
    }
    void expectKeptForLater(qint64 id, const SendReport& report)
    {
        EXPECT_EQ(report.delivered, 0);
        EXPECT_EQ(report.stillWaiting, 1);
        EXPECT_FALSE(report.error.isEmpty());
        const auto entry = Outbox::entry(*store, id);
        ASSERT_TRUE(entry);
        EXPECT_TRUE(entry->waiting());
        EXPECT_EQ(entry->attempts, 1);
        EXPECT_EQ(entry->lastError, report.error);
        ASSERT_TRUE(entry->nextAttemptAt);
        EXPECT_GT(*entry->nextAttemptAt, now);
        EXPECT_EQ(Outbox::content(*store, id), fakeZip(1));
    }
};

TEST_F(HttpsTest, TwoHundredAcknowledgesTheBundle)
{
    LoopbackServer server;
    server.answerAlways(201);
    const qint64 id = insertBundle(*store, 1, fakeZip(1));
    const SendReport report = sendAll(setupFor(server.url(QStringLiteral("/tutoring/"))));
    EXPECT_EQ(report.delivered, 1);
    EXPECT_EQ(report.stillWaiting, 0);
    EXPECT_TRUE(report.error.isEmpty()) << report.error.toStdString();
    EXPECT_TRUE(Outbox::waiting(*store).isEmpty());
    EXPECT_TRUE(Outbox::content(*store, id).isEmpty());

    ASSERT_EQ(server.requests().size(), 1);
    const ReceivedRequest& request = server.requests().first();
    EXPECT_EQ(request.method, "PUT");
    EXPECT_EQ(QString::fromLatin1(request.path), QStringLiteral("/tutoring/1964733/") + bundleName(1));
    EXPECT_EQ(request.headers.value("authorization"), "Bearer s3cret-token");
    EXPECT_EQ(request.headers.value("content-type"), "application/zip");
    EXPECT_EQ(request.body, fakeZip(1));
    EXPECT_EQ(QString::fromLatin1(request.headers.value("content-sha256")), sha256Hex(request.body));
    EXPECT_EQ(QString::fromLatin1(request.headers.value("content-sha256")),
              Outbox::entry(*store, id)->sha256);
}

TEST_F(HttpsTest, ServerErrorKeepsTheBundleAndALaterRoundDeliversIt)
{
    LoopbackServer server;
    server.answerAlways(503);
    const qint64 id = insertBundle(*store, 1, fakeZip(1));
    const SendReport failed = sendAll(setupFor(server.url()));
    expectKeptForLater(id, failed);
    EXPECT_TRUE(failed.error.contains(QStringLiteral("503"))) << failed.error.toStdString();
    EXPECT_TRUE(failed.error.contains(QStringLiteral("try again"))) << failed.error.toStdString();

    server.answerAlways(200);
    const SendReport later = sendAll(setupFor(server.url()), now.addSecs(90));
    EXPECT_EQ(later.delivered, 1);
    EXPECT_EQ(later.stillWaiting, 0);
    EXPECT_EQ(*Outbox::entry(*store, id)->acknowledgedAt, now.addSecs(90));
}

TEST_F(HttpsTest, NoAnswerTimesOutAndKeepsTheBundle)
{
    LoopbackServer server;
    server.answerWith([](int index) { return index == 0 ? 0 : 200; });
    const qint64 id = insertBundle(*store, 1, fakeZip(1));
    const SendReport failed = sendAll(setupFor(server.url(), 300));
    expectKeptForLater(id, failed);
    EXPECT_TRUE(failed.error.contains(QStringLiteral("did not answer"))) << failed.error.toStdString();

    const SendReport later = sendAll(setupFor(server.url()), now.addSecs(90));
    EXPECT_EQ(later.delivered, 1);
    EXPECT_TRUE(Outbox::waiting(*store).isEmpty());
}

TEST_F(HttpsTest, RefusedConnectionKeepsTheBundle)
{
    const qint64 id = insertBundle(*store, 1, fakeZip(1));
    const quint16 port = closedPort();
    const SendReport failed = sendAll(setupFor(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    expectKeptForLater(id, failed);
    EXPECT_TRUE(failed.error.contains(QStringLiteral("refused the connection")))
        << failed.error.toStdString();
}

TEST_F(HttpsTest, BundlesGoInSequenceOrderAndAFailureStopsTheRound)
{
    LoopbackServer server;
    server.answerWith([](int index) { return index == 0 ? 200 : 500; });
    insertBundle(*store, 3, fakeZip(3));
    insertBundle(*store, 1, fakeZip(1));
    insertBundle(*store, 2, fakeZip(2));
    const SendReport report = sendAll(setupFor(server.url()));
    EXPECT_EQ(report.delivered, 1);
    EXPECT_EQ(report.stillWaiting, 2);
    ASSERT_EQ(server.requests().size(), 2); // the third never overtook the second
    EXPECT_TRUE(server.requests()[0].path.endsWith(bundleName(1).toLatin1()));
    EXPECT_TRUE(server.requests()[1].path.endsWith(bundleName(2).toLatin1()));
    const QList<OutboxEntry> waiting = Outbox::waiting(*store);
    ASSERT_EQ(waiting.size(), 2);
    EXPECT_EQ(waiting[0].sequence, 2);
    EXPECT_EQ(waiting[0].attempts, 1);
    EXPECT_EQ(waiting[1].sequence, 3);
    EXPECT_EQ(waiting[1].attempts, 0);
}

TEST_F(HttpsTest, TimerRoundWaitsForTheBackOff)
{
    LoopbackServer server;
    server.answerAlways(502);
    insertBundle(*store, 1, fakeZip(1));
    sendAll(setupFor(server.url()));
    ASSERT_EQ(server.requests().size(), 1);
    server.answerAlways(200);

    const auto dueRound = [&](const QDateTime& at) {
        OutboxSender sender(*store, [at] { return at; });
        SendReport report;
        QEventLoop loop;
        QObject::connect(&sender, &OutboxSender::finished, &loop, [&](const SendReport& result) {
            report = result;
            loop.quit();
        });
        sender.start(setupFor(server.url()), true);
        loop.exec();
        return report;
    };
    const SendReport early = dueRound(now.addSecs(30));
    EXPECT_EQ(early.delivered, 0);
    EXPECT_EQ(early.stillWaiting, 1);
    EXPECT_EQ(server.requests().size(), 1); // not tried before its time
    const SendReport due = dueRound(now.addSecs(61));
    EXPECT_EQ(due.delivered, 1);
    EXPECT_EQ(due.stillWaiting, 0);
}

TEST_F(HttpsTest, RejectedTokenSaysWhereToFixIt)
{
    LoopbackServer server;
    server.answerAlways(401);
    const qint64 id = insertBundle(*store, 1, fakeZip(1));
    const SendReport report = sendAll(setupFor(server.url()));
    expectKeptForLater(id, report);
    EXPECT_TRUE(report.error.contains(QStringLiteral("token"))) << report.error.toStdString();
    EXPECT_TRUE(report.error.contains(QStringLiteral("Settings"))) << report.error.toStdString();
}

TEST_F(HttpsTest, PlainHttpToAnotherHostIsRefused)
{
    QString problem;
    EXPECT_FALSE(makeTransport(setupFor(QStringLiteral("http://sync.district.example/tutoring")), &problem));
    EXPECT_TRUE(problem.contains(QStringLiteral("https://"))) << problem.toStdString();
    EXPECT_TRUE(makeTransport(setupFor(QStringLiteral("https://sync.district.example/tutoring")), &problem));
    EXPECT_TRUE(makeTransport(setupFor(QStringLiteral("http://localhost:8080")), &problem));

    const qint64 id = insertBundle(*store, 1, fakeZip(1));
    const SendReport report = sendAll(setupFor(QStringLiteral("http://sync.district.example/tutoring")));
    EXPECT_EQ(report.delivered, 0);
    EXPECT_EQ(report.stillWaiting, 1);
    EXPECT_TRUE(report.error.contains(QStringLiteral("https://"))) << report.error.toStdString();
    EXPECT_EQ(Outbox::entry(*store, id)->attempts, 0); // nothing was tried
}

TEST_F(HttpsTest, AddressIsTheEndpointTheSchoolAndTheBundle)
{
    TransportSetup setup = setupFor(QStringLiteral("https://sync.district.example/api/tutoring"));
    setup.schoolCode = QStringLiteral("19 647/33");
    const HttpTransport plain(setup);
    EXPECT_EQ(plain.urlFor(QStringLiteral("b.zip")).toString(QUrl::FullyEncoded),
              QStringLiteral("https://sync.district.example/api/tutoring/19%20647%2F33/b.zip"));
    setup.destination = QStringLiteral("https://sync.district.example/");
    setup.schoolCode = QStringLiteral("1964733");
    EXPECT_EQ(HttpTransport(setup).urlFor(QStringLiteral("b.zip")).toString(QUrl::FullyEncoded),
              QStringLiteral("https://sync.district.example/1964733/b.zip"));
}

} // namespace
} // namespace tutordesk::test
