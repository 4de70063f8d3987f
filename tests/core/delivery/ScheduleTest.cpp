// "Export a delta every day after 4 pm": due once the hour has come on a local day without a bundle.
#include "DeliveryFixtures.h"
#include "exchange/ExchangeSettings.h"
#include "exchange/ExportSchedule.h"
#include "support/Fixtures.h"
#include "support/TempDir.h"

#include <QTimeZone>

namespace tutordesk::test {
namespace {

// Los Angeles in September: UTC-7, so a local evening is the next UTC day.
const QTimeZone pacific(-7 * 3600);

QDateTime local(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 9, day), QTime(hour, minute), pacific);
}

class ScheduleTest : public SchoolStoreTest {};

TEST_F(ScheduleTest, DueAfterFourWhenNoBundleToday)
{
    EXPECT_FALSE(dailyExportDue(*store, local(14, 15, 59)));
    EXPECT_TRUE(dailyExportDue(*store, local(14, 16, 0)));
    EXPECT_TRUE(dailyExportDue(*store, local(14, 21, 30)));
}

TEST_F(ScheduleTest, NotTwiceOnTheSameLocalDay)
{
    // Made at 16:05 local on the 14th: 23:05 UTC.
    insertBundle(*store, 1, fakeZip(1), QStringLiteral("2026-09-14T23:05:00.000Z"));
    EXPECT_FALSE(dailyExportDue(*store, local(14, 16, 10)));
    EXPECT_FALSE(dailyExportDue(*store, local(14, 23, 59)));
    // The next local day, after the hour, it is due again.
    EXPECT_FALSE(dailyExportDue(*store, local(15, 9, 0)));
    EXPECT_TRUE(dailyExportDue(*store, local(15, 16, 0)));
}

TEST_F(ScheduleTest, ABundleFromTheLocalEveningBeforeDoesNotCount)
{
    // 06:00 UTC on the 14th is 23:00 local on the 13th.
    insertBundle(*store, 1, fakeZip(1), QStringLiteral("2026-09-14T06:00:00.000Z"));
    EXPECT_TRUE(dailyExportDue(*store, local(14, 16, 30)));
}

TEST_F(ScheduleTest, OffOrAnotherHourAsTheSettingSays)
{
    ExchangeSettings settings = ExchangeSettings::load(*store);
    settings.dailyAfter = QTime(18, 30);
    ASSERT_TRUE(ExchangeSettings::save(*store, settings).ok());
    EXPECT_FALSE(dailyExportDue(*store, local(14, 17, 0)));
    EXPECT_TRUE(dailyExportDue(*store, local(14, 18, 30)));

    settings.dailyAfter = std::nullopt;
    ASSERT_TRUE(ExchangeSettings::save(*store, settings).ok());
    EXPECT_FALSE(dailyExportDue(*store, local(14, 20, 0)));
}

} // namespace
} // namespace tutordesk::test
