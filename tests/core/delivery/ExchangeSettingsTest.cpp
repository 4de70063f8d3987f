// Settings ▸ District sync as core keeps them: defaults, a round trip through the database, and the
// destinations refused before anything is saved.

#include "exchange/ExchangeSettings.h"

#include "support/Fixtures.h"
#include "support/TempDir.h"
#include "support/TestText.h"

#include <gtest/gtest.h>

namespace tutordesk::test {
namespace {

class ExchangeSettingsTest : public TempDirTest {};

TEST_F(ExchangeSettingsTest, DefaultsLeaveNamesAndNotesOutAndSendDailyAfterFour)
{
    auto store = openStore(dbPath());
    ASSERT_TRUE(store);
    const ExchangeSettings settings = ExchangeSettings::load(*store);
    EXPECT_TRUE(settings.destination.isEmpty());
    EXPECT_FALSE(settings.includeNames);
    EXPECT_FALSE(settings.includeNotes);
    EXPECT_EQ(settings.dailyAfter, QTime(16, 0));
}

TEST_F(ExchangeSettingsTest, SavedSettingsSurviveReopeningTheFile)
{
    ExchangeSettings chosen;
    chosen.destination = QStringLiteral("https://sync.district.example/tutoring");
    chosen.includeNames = true;
    chosen.dailyAfter = std::nullopt;
    {
        auto store = openStore(dbPath());
        ASSERT_TRUE(store);
        ASSERT_TRUE(ExchangeSettings::save(*store, chosen).ok());
    }
    auto reopened = openStore(dbPath());
    ASSERT_TRUE(reopened);
    EXPECT_EQ(ExchangeSettings::load(*reopened), chosen);
}

TEST_F(ExchangeSettingsTest, AnUnencryptedOrRelativeDestinationIsRefusedAndNothingIsSaved)
{
    auto store = openStore(dbPath());
    ASSERT_TRUE(store);
    ExchangeSettings settings;
    settings.destination = QStringLiteral("http://sync.district.example/tutoring");
    const Result<void> refused = ExchangeSettings::save(*store, settings);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QLatin1String("https://")))
        << refused.error().message.toStdString();
    EXPECT_EQ(store->db().queryInteger("SELECT count(*) FROM settings WHERE key LIKE 'exchange.%'"), 0);

    settings.destination = QStringLiteral("district/share");
    EXPECT_FALSE(ExchangeSettings::save(*store, settings).ok());
}

TEST_F(ExchangeSettingsTest, DestinationsAreTold)
{
    using Kind = DestinationCheck::Kind;
    EXPECT_EQ(checkDestination(QString()).kind, Kind::None);
    EXPECT_EQ(checkDestination(QStringLiteral("  ")).kind, Kind::None);
    EXPECT_EQ(checkDestination(QStringLiteral("/media/usb/District")).kind, Kind::Folder);
    EXPECT_EQ(checkDestination(QStringLiteral("https://sync.district.example")).kind, Kind::Https);
    // Plain HTTP only to this computer (the tests' own server).
    EXPECT_EQ(checkDestination(QStringLiteral("http://127.0.0.1:8080/x")).kind, Kind::Https);
    EXPECT_EQ(checkDestination(QStringLiteral("http://localhost:8080/x")).kind, Kind::Https);
    EXPECT_EQ(checkDestination(QStringLiteral("http://[::1]:8080/x")).kind, Kind::Https);
    EXPECT_EQ(checkDestination(QStringLiteral("http://10.0.0.5/x")).kind, Kind::Invalid);
    EXPECT_EQ(checkDestination(QStringLiteral("ftp://district.example/x")).kind, Kind::Invalid);
    EXPECT_EQ(checkDestination(QStringLiteral("https://")).kind, Kind::Invalid);
}

} // namespace
} // namespace tutordesk::test
