// Renders every screen a coordinator meets in this part of TutorDesk and checks that it fits and
// that nothing is cut off. With TUTORDESK_SCREENSHOT_DIR set, each screen is also saved there as a
// PNG, for people to look at (README: "look at what you changed").
#include "AboutBox.h"
#include "EnglishPlurals.h"
#include "MainWindow.h"
#include "NewSchoolDialog.h"
#include "RecentDatabases.h"
#include "Session.h"
#include "StudentFilterBar.h"
#include "StudentTableModel.h"
#include "StudentsPage.h"
#include "WelcomeWindow.h"
#include "support/TempDir.h"
#include "ui/UiFixtures.h"

#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPixmap>
#include <QSettings>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

namespace tutordesk::test {
namespace {

// The smallest screen TutorDesk is used on: a district laptop.
constexpr int laptopWidth = 1366;

class ScreenTourTest : public TempDirTest {
protected:
    void SetUp() override
    {
        QSettings().clear();
        QCoreApplication::installTranslator(&m_plurals);
    }
    void TearDown() override { QCoreApplication::removeTranslator(&m_plurals); }

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

    EnglishPlurals m_plurals;
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
    EXPECT_LE(window.minimumSizeHint().width(), 1280 - 100); // fits a small laptop screen too
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
    EXPECT_TRUE(about->text().contains(QStringLiteral("Data version:</b> 1")));
    save(*about, "about");
    about->close();
}

} // namespace
} // namespace tutordesk::test
