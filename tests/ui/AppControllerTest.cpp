// Start-up and database switching: first run, refused files, setting up a school, the demo.
#include "AppController.h"

#include "GuiOptions.h"
#include "MainWindow.h"
#include "NewSchoolDialog.h"
#include "StudentTableModel.h"
#include "StudentsPage.h"
#include "WelcomeWindow.h"
#include "common/AppIdentity.h"
#include "school/SchoolSetup.h"
#include "store/Database.h"
#include "support/TempDir.h"
#include "ui/UiFixtures.h"

#include <QDateEdit>
#include <QFile>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QTest>

#include <gtest/gtest.h>

namespace tutordesk::test {
namespace {

class AppControllerTest : public TempDirTest {
protected:
    void SetUp() override
    {
        QSettings().clear();
        // Refusals are collected instead of shown: a modal message box would block the test.
        m_controller.setErrorReporter([this](QWidget*, const QString& message) { m_errors << message; });
    }

    void start(const QString& path)
    {
        GuiOptions options;
        options.database = path;
        m_controller.start(options);
    }

    bool mainShown() const { return m_controller.mainWindow() && m_controller.mainWindow()->isVisible(); }
    bool welcomeShown() const
    {
        return m_controller.welcomeWindow() && m_controller.welcomeWindow()->isVisible();
    }

    AppController m_controller;
    QStringList m_errors;
};

SchoolInfo validSchool()
{
    SchoolInfo info;
    std::tie(info.yearStart, info.yearEnd) = School::defaultYearAround(QDate(2026, 9, 1));
    info.schoolCode = QStringLiteral("1234567");
    info.name = QStringLiteral("Alvarado Street Elementary");
    return info;
}

TEST_F(AppControllerTest, FirstRunOffersTheWelcomeChoices)
{
    start(dbPath()); // nothing there yet
    EXPECT_TRUE(welcomeShown());
    EXPECT_FALSE(mainShown());
    EXPECT_TRUE(m_errors.isEmpty());
    EXPECT_FALSE(QFile::exists(dbPath())); // looking does not create a file
}

TEST_F(AppControllerTest, OpensAnExistingSchool)
{
    {
        auto store = openStore(dbPath());
        createSchool(*store);
        addStudents(*store, 30);
    }
    start(dbPath());
    ASSERT_TRUE(mainShown());
    EXPECT_FALSE(welcomeShown());
    EXPECT_EQ(m_controller.mainWindow()->windowTitle(), QStringLiteral("Test Elementary — TutorDesk"));
    EXPECT_EQ(m_controller.mainWindow()->studentsPage()->model()->totalCount(), 29);
    EXPECT_TRUE(m_errors.isEmpty());
}

TEST_F(AppControllerTest, ForeignFileIsReportedNotOpened)
{
    QFile foreign(dbPath());
    ASSERT_TRUE(foreign.open(QIODevice::WriteOnly));
    foreign.write("name,grade\nAna,3\n");
    foreign.close();

    start(dbPath());
    ASSERT_EQ(m_errors.size(), 1);
    EXPECT_TRUE(m_errors.first().contains(QStringLiteral("is not a TutorDesk database")))
        << m_errors.first().toStdString();
    EXPECT_TRUE(welcomeShown()); // back to the choices
    EXPECT_FALSE(mainShown());
    EXPECT_FALSE(m_controller.session().isOpen());
}

TEST_F(AppControllerTest, AnotherProgramsDatabaseIsReportedNotOpened)
{
    {
        Database other(dbPath(), Database::Mode::CreateIfMissing); // SQLite, but not TutorDesk's
        other.execute("CREATE TABLE recipes (name TEXT)");
    }
    EXPECT_FALSE(m_controller.openDatabase(dbPath()));
    ASSERT_EQ(m_errors.size(), 1);
    EXPECT_TRUE(m_errors.first().contains(QStringLiteral("another program")))
        << m_errors.first().toStdString();
    EXPECT_FALSE(mainShown());
}

TEST_F(AppControllerTest, EmptyDatabaseLeadsToSetUp)
{
    {
        auto store = openStore(dbPath()); // a TutorDesk database, but no school in it
        ASSERT_TRUE(store);
    }
    start(dbPath());
    EXPECT_TRUE(welcomeShown());
    EXPECT_TRUE(m_errors.isEmpty());
    ASSERT_TRUE(m_controller.createSchool(dbPath(), validSchool()).ok());
    EXPECT_EQ(m_controller.session().school().name, QStringLiteral("Alvarado Street Elementary"));
}

TEST_F(AppControllerTest, SettingUpShowsCoresRefusalAndLeavesNoFile)
{
    const QString path = file(QStringLiteral("new.tutordesk"));
    SchoolInfo info = validSchool();
    info.name.clear();
    const Result<void> refused = m_controller.createSchool(path, info);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().message, QStringLiteral("The school name is missing."));
    EXPECT_FALSE(QFile::exists(path));
    EXPECT_FALSE(m_controller.session().isOpen());

    ASSERT_TRUE(m_controller.createSchool(path, validSchool()).ok());
    EXPECT_TRUE(QFile::exists(path));
    EXPECT_EQ(m_controller.session().path(), path);

    // A second school in the same file is refused with core's words.
    const Result<void> second = m_controller.createSchool(path, validSchool());
    ASSERT_FALSE(second.ok());
    EXPECT_TRUE(second.error().message.contains(QStringLiteral("already holds a school")));
}

TEST_F(AppControllerTest, NewSchoolDialogShowsTheRefusalAndStaysOpen)
{
    QString askedPath;
    NewSchoolDialog dialog(dbPath(), [&](const QString& path, const SchoolInfo& info) -> Result<void> {
        askedPath = path;
        return School::create(*openStore(path), info);
    });
    const auto [start, end] = School::defaultYearAround(QDate::currentDate());
    EXPECT_EQ(dialog.yearStartField()->date(), start); // prefilled with this school year
    EXPECT_EQ(dialog.yearEndField()->date(), end);

    dialog.codeField()->setText(QStringLiteral("1234567"));
    dialog.accept(); // no name
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_EQ(dialog.errorText(), QStringLiteral("The school name is missing."));
    EXPECT_EQ(askedPath, dbPath());

    dialog.nameField()->setText(QStringLiteral("Alvarado Street Elementary"));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
}

TEST_F(AppControllerTest, RecentDatabasesFollowWhatWasOpened)
{
    {
        auto store = openStore(dbPath());
        createSchool(*store);
    }
    ASSERT_TRUE(m_controller.openDatabase(dbPath()));
    EXPECT_EQ(RecentDatabases().paths(), QStringList{dbPath()});
}

// Smoke test of "Explore a demo school": generated on the worker thread, opened in the window.
TEST_F(AppControllerTest, DemoSchoolOpensInTheMainWindow)
{
    removeDatabaseFiles(demoDatabasePath());
    m_controller.openDemo();
    EXPECT_TRUE(m_controller.isBusy());
    ASSERT_TRUE(QTest::qWaitFor([this] { return !m_controller.isBusy(); }, 120000));
    ASSERT_TRUE(m_errors.isEmpty()) << m_errors.first().toStdString();
    ASSERT_TRUE(mainShown());
    EXPECT_FALSE(welcomeShown());
    EXPECT_EQ(m_controller.session().path(), demoDatabasePath());

    StudentTableModel* model = m_controller.mainWindow()->studentsPage()->model();
    EXPECT_GT(model->totalCount(), 500);
    EXPECT_EQ(model->rowCount(), StudentTableModel::defaultPageSize);
    // The first screen is in last-name order (the demo must fill the folded name keys).
    for (int row = 1; row < 20; ++row) {
        const QString before = model->index(row - 1, StudentTableModel::LastNameColumn).data().toString();
        const QString after = model->index(row, StudentTableModel::LastNameColumn).data().toString();
        EXPECT_LE(QString::localeAwareCompare(before, after), 0)
            << before.toStdString() << " > " << after.toStdString();
    }

    // Exploring again opens the same demo without generating it anew.
    m_controller.session().store()->db().run(
        "INSERT INTO settings (key, value) VALUES ('test-mark', 'kept')");
    m_controller.openDemo();
    ASSERT_TRUE(QTest::qWaitFor([this] { return !m_controller.isBusy(); }, 120000));
    EXPECT_TRUE(m_errors.isEmpty());
    EXPECT_EQ(
        m_controller.session().store()->db().queryText("SELECT value FROM settings WHERE key = 'test-mark'"),
        QStringLiteral("kept"));
    removeDatabaseFiles(demoDatabasePath());
}

TEST_F(AppControllerTest, CancellingTheDemoReturnsToTheWelcome)
{
    removeDatabaseFiles(demoDatabasePath());
    m_controller.openDemo();
    auto* progress = m_controller.welcomeWindow()->findChild<QProgressDialog*>();
    ASSERT_TRUE(progress);
    auto* cancel = progress->findChild<QPushButton*>();
    ASSERT_TRUE(cancel);
    cancel->click();
    ASSERT_TRUE(QTest::qWaitFor([this] { return !m_controller.isBusy(); }, 120000));
    EXPECT_TRUE(m_errors.isEmpty());
    EXPECT_FALSE(mainShown());
    EXPECT_TRUE(welcomeShown());
    EXPECT_FALSE(m_controller.session().isOpen());
    removeDatabaseFiles(demoDatabasePath());
}

} // namespace
} // namespace tutordesk::test
