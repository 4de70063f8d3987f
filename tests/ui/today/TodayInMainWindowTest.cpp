// The Today page in the main window: the app opens on it, and "Find Cover…" opens the session on the
// Schedule page.
#include "ActionPanel.h"
#include "MainWindow.h"
#include "RecentDatabases.h"
#include "SchedulePage.h"
#include "Session.h"
#include "TodayPage.h"
#include "WeekView.h"
#include "core/CoverFixtures.h"

#include <QListWidget>
#include <QSettings>
#include <QTest>

#include <gtest/gtest.h>

namespace tutordesk::test {
namespace {

class TodayInMainWindowTest : public CoverTest {
protected:
    void SetUp() override
    {
        QSettings().clear();
        ASSERT_NO_FATAL_FAILURE(CoverTest::SetUp());
    }
};

TEST_F(TodayInMainWindowTest, OpensOnTodayWhenNoPageIsRemembered)
{
    Session session;
    ASSERT_TRUE(session.open(dbPath()).ok());
    RecentDatabases recent;
    MainWindow window(session, recent);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    EXPECT_EQ(window.sidebar()->item(0)->text(), QStringLiteral("Today"));
    EXPECT_EQ(window.currentPageId(), QStringLiteral("today"));
    EXPECT_TRUE(window.todayPage()->isVisible());
}

TEST_F(TodayInMainWindowTest, FindCoverOpensTheSessionOnTheSchedulePage)
{
    const auto kim = tutor(QStringLiteral("Ana"), QStringLiteral("Kim"));
    GroupSpec spec;
    spec.tutorId = kim;
    const auto group = addGroup(spec);
    seat(addPupil(QStringLiteral("Luis"), QStringLiteral("Ortiz")), group);
    const auto session = addSession(group, weekday(3), QStringLiteral("10:00"), kim);
    db().run("INSERT INTO tutor_absences (sourced_id, tutor_id, from_day, to_day, reason)"
             " VALUES ('TA-1', ?, ?, ?, 'sick')",
             kim, weekday(3), weekday(3));

    Session app;
    ASSERT_TRUE(app.open(dbPath()).ok());
    RecentDatabases recent;
    MainWindow window(app, recent);
    window.setToday(weekday(3));
    window.show();
    TodayPage* today = window.todayPage();
    const std::int64_t cover = db().queryInteger(
        "SELECT id FROM protocol_actions WHERE rule = 'cover_tutor_absence' AND session_id = ?", session);
    ASSERT_NE(cover, 0) << "the refresh on opening asks for cover";
    ASSERT_TRUE(today->selectAction(cover));
    EXPECT_EQ(today->openLikelyResolver(), nullptr); // no dialog: the Schedule page
    EXPECT_EQ(window.currentPageId(), QStringLiteral("schedule"));
    ASSERT_TRUE(window.schedulePage()->weekView()->selectedSession());
    EXPECT_EQ(window.schedulePage()->weekView()->selectedSession()->id, session);
}

} // namespace
} // namespace tutordesk::test
