// Renders every screen a coordinator meets in this part of TutorDesk and checks that it fits and
// that nothing is cut off. With TUTORDESK_SCREENSHOT_DIR set, each screen is also saved there as a
// PNG, for people to look at (README: "look at what you changed").
#include "AboutBox.h"
#include "ImportActions.h"
#include "ImportDialog.h"
#include "ImportRunner.h"
#include "MainWindow.h"
#include "MessageBar.h"
#include "MoveToGroupDialog.h"
#include "NeedWeightsEditor.h"
#include "NewSchoolDialog.h"
#include "PlacementGroupsModel.h"
#include "PlacementPage.h"
#include "PlacementProposal.h"
#include "RecentDatabases.h"
#include "Session.h"
#include "SettingsDialog.h"
#include "StudentFilterBar.h"
#include "StudentTableModel.h"
#include "StudentsPage.h"
#include "TierEditor.h"
#include "WelcomeWindow.h"
#include "placement/Placement.h"
#include "roster/RosterImport.h"
#include "school/SchoolSetup.h"
#include "store/Migrations.h"
#include "support/TempDir.h"
#include "ui/UiFixtures.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>

#include <gtest/gtest.h>

namespace tutordesk::test {
namespace {

// The smallest screen TutorDesk is used on: a district laptop.
constexpr int laptopWidth = 1366;

class ScreenTourTest : public TempDirTest {
protected:
    void SetUp() override { QSettings().clear(); }

    static void save(QWidget& widget, const char* name)
    {
        const QPixmap picture = widget.grab();
        ASSERT_FALSE(picture.isNull()) << name;
        const QString folder = qEnvironmentVariable("TUTORDESK_SCREENSHOT_DIR");
        if (!folder.isEmpty()) {
            QDir().mkpath(folder);
            EXPECT_TRUE(picture.save(QDir(folder).filePath(QLatin1String(name) + QStringLiteral(".png"))));
        }
    }
};

TEST_F(ScreenTourTest, Welcome)
{
    WelcomeWindow welcome;
    welcome.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&welcome));
    EXPECT_LE(welcome.width(), 800);
    save(welcome, "welcome");
}

TEST_F(ScreenTourTest, NewSchoolDialog)
{
    NewSchoolDialog dialog(dbPath(), [](const QString&, const SchoolInfo&) -> Result<void> {
        return Error{QStringLiteral("The school name is missing.")};
    });
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    save(dialog, "new-school");
    dialog.codeField()->setText(QStringLiteral("1234567"));
    dialog.accept();
    QTest::qWait(50);
    save(dialog, "new-school-refused");
}

TEST_F(ScreenTourTest, StudentsSearchFilterAndAbout)
{
    {
        auto store = openStore(dbPath());
        createSchool(*store);
        insertStudent(*store, {.id = QStringLiteral("100231"),
                               .first = QStringLiteral("José"),
                               .last = QStringLiteral("Muñoz"),
                               .preferred = QStringLiteral("Pepe"),
                               .grade = QStringLiteral("3"),
                               .language = QStringLiteral("es"),
                               .el = QStringLiteral("EL"),
                               .iep = true,
                               .section504 = true,
                               .foster = true,
                               .homeless = true,
                               .disadvantaged = true,
                               .attendance = 78.5,
                               .need = 88.0});
        insertStudent(*store, {.id = QStringLiteral("100232"),
                               .first = QStringLiteral("Josefina"),
                               .last = QStringLiteral("Gutiérrez-Zúñiga"),
                               .grade = QStringLiteral("TK"),
                               .language = QStringLiteral("zh-Hant"),
                               .el = QStringLiteral("RFEP"),
                               .attendance = 100.0});
        addStudents(*store, 600);
    }
    Session session;
    ASSERT_TRUE(session.open(dbPath()).ok());
    RecentDatabases recent;
    MainWindow window(session, recent);
    window.resize(laptopWidth - 40, 720);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    EXPECT_LE(window.minimumSizeHint().width(), 1280 - 100) << [&] { // fits a small laptop screen too
        std::string widths;                                          // which page is too wide
        for (const QWidget* page : window.findChildren<QStackedWidget*>().value(0)->findChildren<QWidget*>(
                 QString(), Qt::FindDirectChildrenOnly))
            widths += page->metaObject()->className() + std::string(" ") +
                      std::to_string(page->minimumSizeHint().width()) + "; ";
        return widths;
    }();
    EXPECT_LE(window.width(), laptopWidth - 40);

    // No header is cut off.
    const QHeaderView* header = window.studentsPage()->table()->horizontalHeader();
    for (int column = 0; column + 1 < StudentTableModel::ColumnCount; ++column)
        EXPECT_GE(header->sectionSize(column), header->sectionSizeHint(column)) << column;
    save(window, "students");

    StudentFilterBar* filters = window.studentsPage()->filterBar();
    filters->searchField()->setText(QStringLiteral("jose"));
    QTest::keyClick(filters->searchField(), Qt::Key_Return);
    EXPECT_EQ(window.studentsPage()->model()->totalCount(), 2);
    save(window, "students-search");

    filters->searchField()->clear();
    filters->gradeBox()->setCurrentIndex(filters->gradeBox()->findData(QStringLiteral("3")));
    filters->languageBox()->setCurrentIndex(filters->languageBox()->findData(QStringLiteral("es")));
    filters->groupBox()->setCurrentIndex(filters->groupBox()->findText(QStringLiteral("English learner")));
    QTest::keyClick(filters->searchField(), Qt::Key_Return);
    EXPECT_GT(window.studentsPage()->model()->totalCount(), 0);
    save(window, "students-filtered");

    QMessageBox* about = AboutBox::open(&window, session);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(about));
    EXPECT_TRUE(about->text().contains(QStringLiteral(TUTORDESK_VERSION)));
    EXPECT_TRUE(about->text().contains(QDir::toNativeSeparators(dbPath())));
    EXPECT_TRUE(
        about->text().contains(QStringLiteral("Data version:</b> %1").arg(Migrations::latestVersion())));
    save(*about, "about");
    about->close();
}

TEST_F(ScreenTourTest, ImportDialogFromMappingToWithdrawQuestion)
{
    {
        auto store = openStore(dbPath());
        createSchool(*store);
    }
    const QByteArray header =
        "Perm ID,Last Name,First Name,Grade,Birthdate,Home Language,Lang Fluency,IEP,SED,"
        "Attendance %,Parent/Guardian,Telephone\n";
    QByteArray rows;
    const char* const names[] = {"Muñoz,José",     "Ávila,Ana",   "Nguyễn,Thảo",      "Díaz,Mateo",
                                 "Hakobyan,Narek", "Kim,Min-jun", "Zúñiga,Inés",      "Reyes,Sofía",
                                 "O'Brien,Zoë",    "Park,Ji-woo", "Gutiérrez,Camila", "Santos,Luz"};
    int i = 0;
    for (const char* name : names) {
        rows += QStringLiteral("%1,%2,%3,2016-0%4-1%5,Spanish,%6,N,Y,9%7.5,\"%8\",(323) 555-01%9\n")
                    .arg(100230 + i)
                    .arg(QString::fromUtf8(name))
                    .arg(i == 3 || i == 7 ? QString() : QString::number(3 + i % 3))
                    .arg(1 + i % 9)
                    .arg(i % 9)
                    .arg(i % 2 ? QStringLiteral("L") : QStringLiteral("E"))
                    .arg(i % 10)
                    .arg(QString::fromUtf8(name).section(QLatin1Char(','), 0, 0) + QStringLiteral(", Rosa"))
                    .arg(10 + i)
                    .toUtf8();
        ++i;
    }
    const auto write = [this](const char* name, const QByteArray& bytes) {
        QFile out(file(QLatin1String(name)));
        EXPECT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        return out.fileName();
    };
    const QString withProblems = write("district roster.csv", header + rows);
    Session session;
    ASSERT_TRUE(session.open(dbPath()).ok());
    RecentDatabases recent;
    MainWindow window(session, recent);
    window.resize(laptopWidth - 40, 720);
    window.show();
    ImportDialog* dialog = window.imports()->openRosterImport();
    ASSERT_TRUE(dialog);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog));
    EXPECT_LE(dialog->width(), laptopWidth);
    EXPECT_LE(dialog->height(), 740);
    save(*dialog, "import-empty");
    dialog->setFile(withProblems);
    save(*dialog, "import-mapping");
    dialog->check();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !dialog->runner()->isRunning(); }, 20000));
    EXPECT_FALSE(dialog->importButton()->isEnabled());
    save(*dialog, "import-problems");

    // Fixed in the file: the grades filled in, checked again, imported over a school that had more.
    ASSERT_TRUE(importRoster(*session.store(),
                             write("everyone.csv", header + rows.replace(",,2016", ",4,2016") +
                                                       "100299,Santos,Marco,5,2015-01-02,English,"
                                                       "E,N,N,97,\"Santos, Ana\",(323) 555-0199\n"),
                             {})
                    .ok());
    dialog->setFile(write("district roster fixed.csv", header + rows));
    dialog->check();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !dialog->runner()->isRunning(); }, 20000));
    EXPECT_TRUE(dialog->importButton()->isEnabled());
    save(*dialog, "import-ready");
    dialog->startImport();
    ASSERT_TRUE(dialog->withdrawQuestion());
    ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog->withdrawQuestion()));
    save(*dialog->withdrawQuestion(), "import-withdraw-question");
    dialog->withdrawQuestion()->button(QMessageBox::No)->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !dialog->runner()->isRunning(); }, 20000));
    save(*dialog, "import-done");
    dialog->close();
    QTest::qWait(50); // let the page lay out the new count
    save(window, "students-after-import");
}

TEST_F(ScreenTourTest, NeedPlacementAndSettings)
{
    ASSERT_TRUE(openOrCreateDemoSchool(dbPath(), DemoOptions{}).ok());
    Session session;
    ASSERT_TRUE(session.open(dbPath()).ok());
    RecentDatabases recent;
    MainWindow window(session, recent);
    window.resize(laptopWidth - 40, 720);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));

    QTableView* table = window.studentsPage()->table();
    table->sortByColumn(StudentTableModel::NeedScoreColumn, Qt::DescendingOrder);
    table->setCurrentIndex(window.studentsPage()->model()->index(0, StudentTableModel::LastNameColumn));
    const QHeaderView* header = table->horizontalHeader();
    for (int column = 0; column + 1 < StudentTableModel::ColumnCount; ++column)
        EXPECT_GE(header->sectionSize(column), header->sectionSizeHint(column)) << column;
    save(window, "students-why");

    window.showPage(QStringLiteral("placement"));
    PlacementPage* page = window.placementPage();
    ASSERT_TRUE(page->isVisible());
    save(window, "placement");

    const PlacementResult now = Placement::current(*session.store());
    const PlacedGroup* full = nullptr;
    const PlacedStudent* outsider = nullptr;
    for (const PlacedGroup& group : now.groups) {
        for (const PlacedGroup& other : now.groups) {
            if (!full && group.openSeats() == 0 && other.id != group.id && other.subject == group.subject &&
                !other.students.empty()) {
                full = &group;
                outsider = &other.students.front();
            }
        }
    }
    ASSERT_TRUE(full);
    page->groupsView()->setCurrentIndex(page->groupsModel()->indexOfEnrollment(outsider->enrollmentId));
    page->moveSelectedToGroup();
    ASSERT_TRUE(page->moveDialog());
    ASSERT_TRUE(QTest::qWaitForWindowExposed(page->moveDialog()));
    save(*page->moveDialog(), "placement-move-to-group");
    ASSERT_TRUE(page->moveDialog()->choose(full->id));
    page->moveDialog()->accept();
    EXPECT_EQ(page->messageBar()->kind(), MessageBar::Kind::Problem);
    save(window, "placement-refused");

    page->proposePlacement();
    ASSERT_TRUE(page->proposal()->question());
    ASSERT_TRUE(QTest::qWaitForWindowExposed(page->proposal()->question()));
    save(*page->proposal()->question(), "placement-proposal");
    page->proposal()->question()->close();

    SettingsDialog* settings = window.openSettings();
    ASSERT_TRUE(settings);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(settings));
    EXPECT_LE(settings->height(), 740);
    save(*settings, "settings-school");
    settings->tabs()->setCurrentWidget(settings->weightsEditor());
    save(*settings, "settings-need-score");
    settings->tabs()->setCurrentWidget(settings->tierEditor());
    save(*settings, "settings-tiers");
    settings->close();
}

} // namespace
} // namespace tutordesk::test
