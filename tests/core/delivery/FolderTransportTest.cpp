// The folder destination: a district share or a USB stick never holds a half-written zip under the
// bundle's name, and a stick that is not plugged in is said in plain words.
#include "exchange/FolderTransport.h"

#include "DeliveryFixtures.h"
#include "exchange/Outbox.h"
#include "exchange/OutboxSender.h"
#include "support/Fixtures.h"
#include "support/TempDir.h"
#include "support/TestText.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace tutordesk::test {
namespace {

class FolderTransportTest : public TempDirTest {
protected:
    void SetUp() override { ASSERT_TRUE(QDir().mkpath(folder())); }
    QString folder() const { return file(QStringLiteral("District")); }

    // Sends through the transport as the sender does and waits for finished().
    static SendOutcome sendAndWait(FolderTransport& transport, const QString& name, const QByteArray& bytes)
    {
        SendOutcome outcome;
        int finishedCount = 0;
        QEventLoop loop;
        QObject::connect(&transport, &Transport::finished, &loop, [&](const SendOutcome& result) {
            outcome = result;
            ++finishedCount;
            loop.quit();
        });
        transport.send(name, bytes, sha256Hex(bytes));
        EXPECT_EQ(finishedCount, 0) << "finished() must come after send() returns";
        loop.exec();
        QCoreApplication::processEvents();
        EXPECT_EQ(finishedCount, 1);
        return outcome;
    }
};

TEST_F(FolderTransportTest, NothingUnderTheFinalNameUntilTheFileIsWhole)
{
    const QByteArray bytes = fakeZip(1);
    const QString finalPath = QDir(folder()).filePath(bundleName(1));
    bool hookRan = false;
    FolderTransport transport(folder());
    transport.setBeforeRename([&](const QString& partPath) {
        hookRan = true;
        EXPECT_EQ(partPath, finalPath + QStringLiteral(".part"));
        EXPECT_FALSE(QFileInfo::exists(finalPath));
        QFile part(partPath);
        ASSERT_TRUE(part.open(QIODevice::ReadOnly));
        EXPECT_EQ(part.readAll(), bytes); // whole on the disk before it gets its name
    });
    const SendOutcome outcome = sendAndWait(transport, bundleName(1), bytes);
    EXPECT_TRUE(hookRan);
    EXPECT_TRUE(outcome.delivered) << outcome.error.toStdString();
    EXPECT_TRUE(outcome.error.isEmpty());
    QFile written(finalPath);
    ASSERT_TRUE(written.open(QIODevice::ReadOnly));
    EXPECT_EQ(written.readAll(), bytes);
    EXPECT_FALSE(QFileInfo::exists(finalPath + QStringLiteral(".part")));
    EXPECT_EQ(QDir(folder()).entryList(QDir::Files), QStringList{bundleName(1)});
}

TEST_F(FolderTransportTest, MissingFolderLeavesNoFileAndSaysSoPlainly)
{
    const QString stick = file(QStringLiteral("usb-stick/District"));
    FolderTransport transport(stick);
    const SendOutcome outcome = sendAndWait(transport, bundleName(1), fakeZip(1));
    EXPECT_FALSE(outcome.delivered);
    EXPECT_TRUE(outcome.error.contains(QDir::toNativeSeparators(stick))) << outcome.error.toStdString();
    EXPECT_TRUE(outcome.error.contains(QStringLiteral("USB stick"))) << outcome.error.toStdString();
    EXPECT_FALSE(QFileInfo::exists(stick));
}

// A rename that fails (here a folder stands under the bundle's name, which no permission lets a file replace,
// root included) leaves neither the .part file nor anything else behind, and says so.
TEST_F(FolderTransportTest, AFailedRenameLeavesNoPartFile)
{
    ASSERT_TRUE(QDir(folder()).mkdir(bundleName(1)));
    FolderTransport transport(folder());
    const SendOutcome outcome = sendAndWait(transport, bundleName(1), fakeZip(1));
    EXPECT_FALSE(outcome.delivered);
    EXPECT_FALSE(outcome.error.isEmpty());
    EXPECT_TRUE(QDir(folder()).entryList(QDir::Files).isEmpty());
    EXPECT_TRUE(QFileInfo(QDir(folder()).filePath(bundleName(1))).isDir());
}

TEST_F(FolderTransportTest, SameNameAgainReplacesTheFile)
{
    const QString finalPath = QDir(folder()).filePath(bundleName(1));
    QFile stale(finalPath);
    ASSERT_TRUE(stale.open(QIODevice::WriteOnly));
    stale.write("half");
    stale.close();
    FolderTransport transport(folder());
    EXPECT_TRUE(sendAndWait(transport, bundleName(1), fakeZip(1)).delivered);
    QFile written(finalPath);
    ASSERT_TRUE(written.open(QIODevice::ReadOnly));
    EXPECT_EQ(written.readAll(), fakeZip(1));
}

TEST_F(FolderTransportTest, BundleNameCannotLeaveTheFolder)
{
    FolderTransport transport(folder());
    EXPECT_FALSE(sendAndWait(transport, QStringLiteral("../escape.zip"), fakeZip(1)).delivered);
    EXPECT_FALSE(QFileInfo::exists(file(QStringLiteral("escape.zip"))));
}

TEST_F(FolderTransportTest, SenderDeliversEveryWaitingBundleInOrder)
{
    auto store = openStore(dbPath());
    ASSERT_TRUE(store);
    createSchool(*store);
    insertBundle(*store, 2, fakeZip(2));
    insertBundle(*store, 1, fakeZip(1));
    const QDateTime now(QDate(2026, 9, 15), QTime(8, 0), Qt::UTC);

    OutboxSender sender(*store, [now] { return now; });
    QStringList sent;
    SendReport report;
    int finishedCount = 0;
    QEventLoop loop;
    QObject::connect(&sender, &OutboxSender::bundleSent, &loop, [&](const QString& name) { sent << name; });
    QObject::connect(&sender, &OutboxSender::finished, &loop, [&](const SendReport& result) {
        report = result;
        ++finishedCount;
        loop.quit();
    });
    TransportSetup setup;
    setup.destination = folder();
    sender.start(setup, true);
    EXPECT_TRUE(sender.isRunning());
    loop.exec();
    QCoreApplication::processEvents();
    EXPECT_EQ(finishedCount, 1);
    EXPECT_FALSE(sender.isRunning());
    EXPECT_EQ(sent, (QStringList{bundleName(1), bundleName(2)}));
    EXPECT_EQ(report.delivered, 2);
    EXPECT_EQ(report.stillWaiting, 0);
    EXPECT_TRUE(Outbox::waiting(*store).isEmpty());
    EXPECT_EQ(Outbox::entry(*store, 1)->destination, folder());
}

TEST_F(FolderTransportTest, MissingFolderKeepsTheBundleWaiting)
{
    auto store = openStore(dbPath());
    ASSERT_TRUE(store);
    createSchool(*store);
    const qint64 id = insertBundle(*store, 1, fakeZip(1));
    const QDateTime now(QDate(2026, 9, 15), QTime(8, 0), Qt::UTC);
    TransportSetup setup;
    setup.destination = file(QStringLiteral("unplugged"));
    const SendReport report = sendWaitingNow(*store, setup, [now] { return now; });
    EXPECT_EQ(report.delivered, 0);
    EXPECT_EQ(report.stillWaiting, 1);
    EXPECT_TRUE(report.error.contains(QStringLiteral("USB stick"))) << report.error.toStdString();
    const auto entry = Outbox::entry(*store, id);
    EXPECT_EQ(entry->attempts, 1);
    EXPECT_EQ(entry->lastError, report.error);
    EXPECT_EQ(Outbox::content(*store, id), fakeZip(1));
}

} // namespace
} // namespace tutordesk::test
