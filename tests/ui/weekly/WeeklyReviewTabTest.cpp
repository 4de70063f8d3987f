// The Progress page's weekly review tab: it shows the week holding today, Previous / Next / This week
// move it, and the review it shows is the one that prints. With TUTORDESK_SCREENSHOT_DIR set, the tab is
// saved as a PNG to look at.
#include "WeeklyReviewTab.h"

#include "core/weekly/WeeklyFixture.h"
#include "ui/UiFixtures.h"

#include <QFile>
#include <QLabel>
#include <QTextBrowser>

namespace tutordesk::test {
namespace {

class WeeklyReviewTabTest : public WeeklyFixtureTest {
protected:
    void SetUp() override
    {
        WeeklyFixtureTest::SetUp();
        tab = std::make_unique<WeeklyReviewTab>();
        tab->resize(1100, 760);
        tab->setToday(today());
        tab->setStore(&store());
        tab->show();
    }
    void TearDown() override
    {
        tab.reset();
        WeeklyFixtureTest::TearDown();
    }
    QString shown() const { return tab->browser()->toPlainText(); }

    std::unique_ptr<WeeklyReviewTab> tab;
};

TEST_F(WeeklyReviewTabTest, ShowsTheWeekHoldingToday)
{
    EXPECT_EQ(tab->weekShown(), day(16));
    EXPECT_TRUE(tab->weekLabel()->text().contains(QStringLiteral("2026")));
    EXPECT_TRUE(shown().contains(QStringLiteral("Test Elementary")));
    EXPECT_TRUE(shown().contains(QStringLiteral("Attendance 67%")));
    EXPECT_TRUE(shown().contains(QStringLiteral("Elena V.")));
    saveScreenshot(*tab, "weekly-review-tab.png");
}

TEST_F(WeeklyReviewTabTest, PreviousAndNextChangeTheWeek)
{
    tab->showPreviousWeek();
    EXPECT_EQ(tab->weekShown(), day(9));
    EXPECT_TRUE(shown().contains(QStringLiteral("Attendance 71%"))) << "last week's rate";
    tab->showNextWeek();
    tab->showNextWeek();
    EXPECT_EQ(tab->weekShown(), day(23));
    EXPECT_TRUE(shown().contains(QStringLiteral("has not begun")));
    tab->showThisWeek();
    EXPECT_EQ(tab->weekShown(), day(16));
    // A reload (something changed elsewhere) keeps the week chosen.
    tab->showPreviousWeek();
    tab->reload();
    EXPECT_EQ(tab->weekShown(), day(9));
}

TEST_F(WeeklyReviewTabTest, SavesTheReviewAsAOnePagePdf)
{
    const QString pdf = file(QStringLiteral("review.pdf"));
    EXPECT_EQ(tab->savePdf(pdf), 1);
    EXPECT_TRUE(QFile::exists(pdf));
}

} // namespace
} // namespace tutordesk::test
