// The main window on a real database: title, status bar, the Students page, search and filters,
// swapping databases, and what it remembers.
#include "MainWindow.h"

#include "GroupDialog.h"
#include "PlacementPage.h"
#include "RecentDatabases.h"
#include "SchedulePage.h"
#include "Session.h"
#include "StudentFilterBar.h"
#include "StudentTableModel.h"
#include "StudentsPage.h"
#include "TodayPage.h"
#include "support/TempDir.h"
#include "ui/UiFixtures.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

namespace tutordesk::test {
namespace {

class MainWindowTest : public TempDirTest {
protected:
    void SetUp() override
    {
        QSettings().clear();
        auto store = openStore(dbPath());
        ASSERT_TRUE(store);
        createSchool(*store);
        addStudents(*store, 250); // 240 active
    }

    Session m_session;
    RecentDatabases m_recent;
};

TEST_F(MainWindowTest, ShowsTheSchoolAndItsStudents)
{
    ASSERT_TRUE(m_session.open(dbPath()).ok());
    MainWindow window(m_session, m_recent);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));

    EXPECT_EQ(window.windowTitle(), QStringLiteral("Test Elementary — TutorDesk"));
    ASSERT_EQ(window.sidebar()->count(), 9); // only the pages that work
    EXPECT_EQ(window.sidebar()->item(0)->text(), QStringLiteral("Today"));
    EXPECT_EQ(window.sidebar()->item(1)->text(), QStringLiteral("Students"));
    EXPECT_EQ(window.sidebar()->item(2)->text(), QStringLiteral("Contacts"));
    EXPECT_EQ(window.sidebar()->item(3)->text(), QStringLiteral("Progress"));
    EXPECT_EQ(window.sidebar()->item(4)->text(), QStringLiteral("Placement"));
    EXPECT_EQ(window.sidebar()->item(5)->text(), QStringLiteral("Schedule"));
    EXPECT_EQ(window.sidebar()->item(6)->text(), QStringLiteral("Tutors"));
    EXPECT_EQ(window.sidebar()->item(7)->text(), QStringLiteral("Calendar"));
    EXPECT_EQ(window.currentPageId(), QStringLiteral("today")) << "the day starts on Today";
    EXPECT_TRUE(window.todayPage()->isVisible());
    window.showPage(QStringLiteral("students"));
    EXPECT_TRUE(window.studentsPage()->isVisible());

    StudentsPage* page = window.studentsPage();
    EXPECT_EQ(page->model()->totalCount(), 240);
    EXPECT_EQ(page->countLabel()->text(), QStringLiteral("240 students"));
    EXPECT_LE(page->model()->rowCount(), 2 * StudentTableModel::defaultPageSize); // lazily loaded
    EXPECT_EQ(page->table()->horizontalHeader()->sortIndicatorSection(), StudentTableModel::LastNameColumn);

    const QString status = window.statusBar()->findChildren<QLabel*>().first()->text();
    EXPECT_EQ(status, QStringLiteral("Test Elementary"));
}

TEST_F(MainWindowTest, SearchAndFiltersNarrowTheCount)
{
    ASSERT_TRUE(m_session.open(dbPath()).ok());
    MainWindow window(m_session, m_recent);
    window.show();
    StudentsPage* page = window.studentsPage();
    StudentFilterBar* filters = page->filterBar();

    // "emile" finds "Émile"; the query waits for typing to pause.
    QTest::keyClicks(filters->searchField(), QStringLiteral("emile"));
    EXPECT_EQ(page->model()->totalCount(), 240);
    EXPECT_TRUE(QTest::qWaitFor([&] { return page->model()->totalCount() < 240; }, 2000));
    const int emiles = page->model()->totalCount();
    EXPECT_GT(emiles, 0);
    EXPECT_EQ(page->model()->index(0, StudentTableModel::FirstNameColumn).data().toString(),
              QStringLiteral("Émile"));
    EXPECT_EQ(page->countLabel()->text(), QStringLiteral("%1 students").arg(emiles));

    filters->searchField()->clear();
    QTest::keyClick(filters->searchField(), Qt::Key_Return); // Enter searches at once
    EXPECT_EQ(page->model()->totalCount(), 240);

    filters->gradeBox()->setCurrentIndex(filters->gradeBox()->findData(QStringLiteral("TK")));
    const int tk = page->model()->totalCount();
    EXPECT_GT(tk, 0);
    EXPECT_LT(tk, 240);

    filters->languageBox()->setCurrentIndex(filters->languageBox()->findData(QStringLiteral("ko")));
    EXPECT_LT(page->model()->totalCount(), tk);
    EXPECT_EQ(filters->languageBox()->currentText(), QStringLiteral("Korean (한국어)"));

    filters->gradeBox()->setCurrentIndex(0);
    filters->languageBox()->setCurrentIndex(0);
    filters->withdrawnBox()->setChecked(true);
    EXPECT_EQ(page->model()->totalCount(), 250);
}

TEST_F(MainWindowTest, MenusOfferImportsAndSettingsWithTheirShortcuts)
{
    ASSERT_TRUE(m_session.open(dbPath()).ok());
    MainWindow window(m_session, m_recent);
    QStringList found;
    for (QAction* menu : window.menuBar()->actions()) {
        for (QAction* action : menu->menu()->actions()) {
            if (!action->text().isEmpty())
                found << menu->text() + QLatin1Char('>') + action->text() + QLatin1Char(' ') +
                             action->shortcut().toString();
        }
    }
    EXPECT_TRUE(found.contains(QStringLiteral("&File>Import &Roster… Ctrl+I")))
        << found.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(found.contains(QStringLiteral("&File>Import &Scores… Ctrl+Shift+I")));
    EXPECT_TRUE(found.contains(QStringLiteral("&Edit>&Settings… Ctrl+,")));
    EXPECT_TRUE(found.contains(QStringLiteral("&File>Import &Tutors… ")));
    EXPECT_TRUE(found.contains(QStringLiteral("&File>Import School &Calendar… ")));
}

TEST_F(MainWindowTest, SchedulingAGroupFromPlacementOpensTheGroupEditor)
{
    std::int64_t group = 0;
    {
        auto store = openStore(dbPath());
        ASSERT_TRUE(store);
        group = addGroup(*store, QStringLiteral("G-1"), 4);
    }
    ASSERT_TRUE(m_session.open(dbPath()).ok());
    MainWindow window(m_session, m_recent);
    window.show();
    Q_EMIT window.placementPage()->scheduleGroupRequested(group);
    EXPECT_EQ(window.currentPageId(), QStringLiteral("schedule"));
    ASSERT_NE(window.schedulePage()->groupDialog(), nullptr);
    EXPECT_TRUE(window.schedulePage()->groupDialog()->isVisible());
    window.schedulePage()->groupDialog()->reject();
}

TEST_F(MainWindowTest, ControlFFocusesTheSearch)
{
    ASSERT_TRUE(m_session.open(dbPath()).ok());
    MainWindow window(m_session, m_recent);
    window.show();
    QApplication::setActiveWindow(&window);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    window.showPage(QStringLiteral("students")); // the window opens on Today
    window.studentsPage()->table()->setFocus();
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    EXPECT_TRUE(window.studentsPage()->filterBar()->searchField()->hasFocus());
}

TEST_F(MainWindowTest, FollowsTheSessionToAnotherDatabase)
{
    const QString other = file(QStringLiteral("other.tutordesk"));
    {
        auto store = openStore(other);
        ASSERT_TRUE(store);
        SchoolInfo info;
        info.schoolCode = QStringLiteral("7654321");
        info.name = QStringLiteral("Hoover Street Elementary");
        info.yearStart = QDate(2026, 8, 12);
        info.yearEnd = QDate(2027, 6, 10);
        ASSERT_TRUE(School::create(*store, info).ok());
        addStudents(*store, 5);
    }
    ASSERT_TRUE(m_session.open(dbPath()).ok());
    MainWindow window(m_session, m_recent);
    window.show();
    window.studentsPage()->filterBar()->gradeBox()->setCurrentIndex(3);

    ASSERT_TRUE(m_session.open(other).ok());
    EXPECT_EQ(window.windowTitle(), QStringLiteral("Hoover Street Elementary — TutorDesk"));
    EXPECT_EQ(window.studentsPage()->model()->totalCount(), 5);
    EXPECT_EQ(window.studentsPage()->filterBar()->gradeBox()->currentIndex(), 0); // filters start afresh
}

TEST_F(MainWindowTest, RemembersGeometryAndPage)
{
    ASSERT_TRUE(m_session.open(dbPath()).ok());
    {
        MainWindow window(m_session, m_recent);
        window.show();
        window.resize(1200, 760);
        window.close();
    }
    QSettings settings;
    EXPECT_FALSE(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray().isEmpty());
    EXPECT_EQ(settings.value(QStringLiteral("mainWindow/page")).toString(), QStringLiteral("today"));
    MainWindow again(m_session, m_recent);
    EXPECT_EQ(again.size(), QSize(1200, 760));
}

TEST_F(MainWindowTest, RemembersHowEachPageIsDivided)
{
    ASSERT_TRUE(m_session.open(dbPath()).ok());
    QList<int> sizes;
    {
        MainWindow window(m_session, m_recent);
        window.resize(1300, 800);
        window.show();
        window.showPage(QStringLiteral("students"));
        auto* split = window.findChild<QSplitter*>(QStringLiteral("studentsSplit"));
        ASSERT_NE(split, nullptr);
        split->setSizes({200, 500});
        sizes = split->sizes();
        window.close();
    }
    MainWindow again(m_session, m_recent);
    again.resize(1300, 800);
    again.show();
    auto* split = again.findChild<QSplitter*>(QStringLiteral("studentsSplit"));
    ASSERT_NE(split, nullptr);
    EXPECT_EQ(split->sizes(), sizes);
    EXPECT_EQ(again.currentPageId(), QStringLiteral("students"));
}

TEST_F(MainWindowTest, RecentDatabasesDropMissingFiles)
{
    RecentDatabases recent;
    recent.clear();
    const QString gone = file(QStringLiteral("gone.tutordesk"));
    recent.add(gone);
    recent.add(dbPath());
    EXPECT_EQ(recent.paths(), QStringList{dbPath()});
    for (int i = 0; i < 12; ++i) {
        const QString path = file(QStringLiteral("s%1.tutordesk").arg(i));
        QFile touch(path);
        ASSERT_TRUE(touch.open(QIODevice::WriteOnly));
        recent.add(path);
    }
    EXPECT_EQ(recent.paths().size(), RecentDatabases::maximum);
    EXPECT_EQ(recent.paths().first(), file(QStringLiteral("s11.tutordesk")));
}

} // namespace
} // namespace tutordesk::test
