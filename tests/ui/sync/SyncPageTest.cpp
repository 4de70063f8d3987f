// The Sync page and the status bar over a real database: Export Now makes a bundle on a worker thread and
// sends it to the district's folder; without a destination, or with one that cannot be reached, the bundle
// waits and the page says so in plain words; the settings tab refuses what core refuses.

#include "SyncPage.h"

#include "MainWindow.h"
#include "MessageBar.h"
#include "OutboxModel.h"
#include "RecentDatabases.h"
#include "Session.h"
#include "SettingsDialog.h"
#include "SyncService.h"
#include "SyncSettingsEditor.h"
#include "exchange/ExchangeSettings.h"
#include "exchange/Outbox.h"
#include "ui/UiFixtures.h"

#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

#include <functional>

namespace tutordesk::test {
namespace {

std::string text(const QString& value)
{
    return value.toStdString();
}

// Waits, serving events, until `done` holds (false after `ms`): exports run on a worker thread.
bool waitUntil(const std::function<bool()>& done, int ms = 20000)
{
    for (int waited = 0; waited < ms; waited += 20) {
        if (done())
            return true;
        QTest::qWait(20);
    }
    return done();
}

class SyncPageTest : public TempDirTest {
protected:
    void SetUp() override
    {
        QSettings().clear();
        auto store = openStore(dbPath());
        ASSERT_TRUE(store);
        createSchool(*store);
        addStudents(*store, 30);
        ASSERT_TRUE(m_session.adopt(std::move(store)).ok());
        m_service = std::make_unique<SyncService>(m_session);
        m_service->setTimerEnabled(false);
        m_page = std::make_unique<SyncPage>(m_session, *m_service);
        m_page->resize(1100, 600);
        m_page->show();
    }
    void TearDown() override
    {
        m_page.reset();
        m_service.reset();
    }

    void setDestination(const QString& destination)
    {
        ExchangeSettings settings = ExchangeSettings::load(*m_session.store());
        settings.destination = destination;
        ASSERT_TRUE(ExchangeSettings::save(*m_session.store(), settings).ok());
    }

    bool idle() const { return !m_service->isExporting() && !m_service->isSending(); }

    void exportAndWait()
    {
        m_page->exportButton()->click();
        ASSERT_TRUE(waitUntil([this] { return idle(); }));
        m_page->reload();
    }

    Session m_session;
    std::unique_ptr<SyncService> m_service;
    std::unique_ptr<SyncPage> m_page;
};

TEST_F(SyncPageTest, ExportNowSendsTheBundleToTheDistrictsFolder)
{
    const QString district = file(QStringLiteral("district"));
    ASSERT_TRUE(QDir().mkpath(district));
    setDestination(district);
    m_page->reload();
    EXPECT_EQ(text(m_page->headline()->text()), "Nothing has been sent to the district yet.");

    exportAndWait();

    const QStringList zips = QDir(district).entryList({QStringLiteral("*.zip")}, QDir::Files);
    ASSERT_EQ(zips.size(), 1);
    EXPECT_TRUE(zips.first().startsWith(QLatin1String("tutordesk_"))) << text(zips.first());
    EXPECT_TRUE(QDir(district).entryList({QStringLiteral("*.part")}, QDir::Files).isEmpty());
    EXPECT_EQ(text(m_page->headline()->text()), "Everything has reached the district.");
    EXPECT_TRUE(m_page->details()->text().contains(QLatin1String("Last delivered today at")))
        << text(m_page->details()->text());
    ASSERT_EQ(m_page->model()->rowCount(), 1);
    EXPECT_EQ(text(m_page->model()->index(0, OutboxModel::Contents).data().toString()), "Every row");
    EXPECT_TRUE(m_page->model()
                    ->index(0, OutboxModel::State)
                    .data()
                    .toString()
                    .startsWith(QLatin1String("Delivered")));
    EXPECT_EQ(m_page->model()->index(0, OutboxModel::Name).data().toString(), zips.first());
    EXPECT_TRUE(m_page->includes()->text().contains(QLatin1String("names are left out")));

    // Nothing changed since: a second Export Now says so and makes nothing.
    exportAndWait();
    EXPECT_EQ(m_page->model()->rowCount(), 1);
    EXPECT_TRUE(m_page->messageBar()->text().contains(QLatin1String("Nothing has changed")))
        << text(m_page->messageBar()->text());
    saveScreenshot(*m_page, "sync_page_delivered.png");
}

TEST_F(SyncPageTest, WithoutADestinationTheBundleWaitsAndThePageSaysWhy)
{
    exportAndWait();
    EXPECT_EQ(text(m_page->headline()->text()), "1 bundle waiting: no district destination is set.");
    m_page->sendButton()->click();
    EXPECT_EQ(m_service->status().waiting, 1);
    EXPECT_TRUE(m_page->messageBar()->text().contains(QLatin1String("No district destination is set")))
        << text(m_page->messageBar()->text());
    EXPECT_EQ(m_page->messageBar()->kind(), MessageBar::Kind::Problem);
}

TEST_F(SyncPageTest, AnUnreachableDistrictKeepsTheBundleAndSaysWhenItWillTryAgain)
{
    // A port nobody listens on: the connection is refused, as when the district's server is down.
    QTcpServer probe;
    ASSERT_TRUE(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    setDestination(QStringLiteral("http://127.0.0.1:%1/tutoring").arg(port));

    exportAndWait();

    EXPECT_EQ(text(m_page->headline()->text()), "1 bundle waiting to be sent.");
    ASSERT_EQ(m_page->model()->rowCount(), 1);
    EXPECT_EQ(text(m_page->model()->index(0, OutboxModel::State).data().toString()), "Waiting (1 attempt)");
    EXPECT_FALSE(m_page->model()->index(0, OutboxModel::Problem).data().toString().isEmpty());
    EXPECT_TRUE(m_page->details()->text().contains(QLatin1String("will try again")))
        << text(m_page->details()->text());
    saveScreenshot(*m_page, "sync_page_waiting.png");
}

// An offline campus: the bundles wait, then go onto a USB stick in order and count as delivered.
TEST_F(SyncPageTest, CopyToAFolderCarriesTheWaitingBundlesOnAStick)
{
    exportAndWait();
    insertStudent(
        *m_session.store(),
        {.id = QStringLiteral("900001"), .first = QStringLiteral("Nor"), .last = QStringLiteral("Hakobyan")});
    exportAndWait();
    ASSERT_EQ(m_service->status().waiting, 2);

    const QString stick = file(QStringLiteral("USB"));
    ASSERT_TRUE(QDir().mkpath(stick));
    m_page->setFolderChooser([stick] { return stick; });
    m_page->copyButton()->click();
    ASSERT_TRUE(waitUntil([this] { return idle(); }));
    m_page->reload();

    const QStringList zips = QDir(stick).entryList({QStringLiteral("*.zip")}, QDir::Files, QDir::Name);
    ASSERT_EQ(zips.size(), 2);
    EXPECT_TRUE(zips.at(0).endsWith(QLatin1String("_1.zip")));
    EXPECT_TRUE(zips.at(1).endsWith(QLatin1String("_2.zip")));
    EXPECT_EQ(m_service->status().waiting, 0);
    EXPECT_EQ(text(m_page->headline()->text()), "Everything has reached the district.");
    EXPECT_TRUE(m_page->details()->text().contains(QDir::toNativeSeparators(stick)))
        << text(m_page->details()->text());
}

// "Send what changed every day after 4 pm": nothing before the hour, one bundle after it, none again that
// day, and none at all while no destination is set (they would only pile up).
TEST_F(SyncPageTest, TheDailyExportRunsOnceAfterItsHour)
{
    QDateTime localNow(QDate(2026, 11, 20), QTime(15, 30));
    m_service->setClock([&localNow] { return localNow.toUTC(); });

    localNow.setTime(QTime(17, 0));
    m_service->tick();
    EXPECT_FALSE(m_service->isExporting()) << "no destination: nothing to carry the bundle";

    const QString district = file(QStringLiteral("district"));
    ASSERT_TRUE(QDir().mkpath(district));
    setDestination(district);
    localNow.setTime(QTime(15, 30));
    m_service->tick();
    EXPECT_FALSE(m_service->isExporting()) << "before the hour";

    localNow.setTime(QTime(16, 5));
    m_service->tick();
    ASSERT_TRUE(waitUntil([this] { return idle(); }));
    EXPECT_EQ(QDir(district).entryList({QStringLiteral("*.zip")}, QDir::Files).size(), 1);

    insertStudent(
        *m_session.store(),
        {.id = QStringLiteral("900002"), .first = QStringLiteral("Lia"), .last = QStringLiteral("Santos")});
    localNow.setTime(QTime(17, 0));
    m_service->tick();
    ASSERT_TRUE(waitUntil([this] { return idle(); }));
    EXPECT_EQ(QDir(district).entryList({QStringLiteral("*.zip")}, QDir::Files).size(), 1) << "once a day";

    localNow = QDateTime(QDate(2026, 11, 21), QTime(16, 1));
    m_service->tick();
    ASSERT_TRUE(waitUntil([this] { return idle(); }));
    EXPECT_EQ(QDir(district).entryList({QStringLiteral("*.zip")}, QDir::Files).size(), 2) << "the next day";
}

TEST_F(SyncPageTest, TheWindowListsTheSyncPageAndAQuietStatusLine)
{
    RecentDatabases recent;
    MainWindow window(m_session, recent);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.sync()->setTimerEnabled(false);
    window.showPage(QStringLiteral("sync"));
    EXPECT_EQ(window.currentPageId(), QStringLiteral("sync"));
    EXPECT_TRUE(window.syncStatusLabel()->text().contains(QLatin1String("Not synced yet")))
        << text(window.syncStatusLabel()->text());

    window.sync()->exportNow(BundleMode::Bulk);
    ASSERT_TRUE(waitUntil([&] { return !window.sync()->isExporting() && !window.sync()->isSending(); }));
    EXPECT_TRUE(window.syncStatusLabel()->text().contains(QLatin1String("1 bundle waiting")))
        << text(window.syncStatusLabel()->text());
}

TEST_F(SyncPageTest, SettingsRefuseAnUnencryptedAddressAndKeepTheTokenOutOfTheDatabase)
{
    SettingsDialog dialog(m_session);
    SyncSettingsEditor* editor = dialog.syncEditor();
    editor->destinationEdit()->setText(QStringLiteral("http://sync.example.org/tutoring"));
    EXPECT_TRUE(editor->destinationNote()->text().contains(QLatin1String("https://")))
        << text(editor->destinationNote()->text());
    EXPECT_FALSE(dialog.save());
    EXPECT_EQ(dialog.tabs()->currentWidget(), editor);
    EXPECT_TRUE(ExchangeSettings::load(*m_session.store()).destination.isEmpty());

    editor->destinationEdit()->setText(QStringLiteral("https://sync.example.org/tutoring"));
    EXPECT_TRUE(editor->tokenEdit()->isEnabled());
    editor->namesBox()->setChecked(true);
    editor->dailyBox()->setChecked(false);
    ASSERT_TRUE(dialog.save()) << text(dialog.problemLabel()->text());
    const ExchangeSettings saved = ExchangeSettings::load(*m_session.store());
    EXPECT_EQ(saved.destination, QStringLiteral("https://sync.example.org/tutoring"));
    EXPECT_TRUE(saved.includeNames);
    EXPECT_FALSE(saved.dailyAfter.has_value());
    EXPECT_EQ(
        m_session.store()->db().queryInteger("SELECT count(*) FROM settings WHERE value LIKE '%token%'"), 0);
    dialog.showSyncTab();
    saveScreenshot(dialog, "settings_district_sync.png");
}

} // namespace
} // namespace tutordesk::test
