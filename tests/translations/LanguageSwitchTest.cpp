// Switching the window's language at run time: menus, pages and Qt's own dialogs follow, dates and
// numbers take the language's forms, Farsi and Arabic lay the window out right to left.
#include "AppController.h"
#include "GuiOptions.h"
#include "MainWindow.h"
#include "UiLanguage.h"
#include "WelcomeWindow.h"
#include "support/Fixtures.h"
#include "support/TempDir.h"

#include <QApplication>
#include <QComboBox>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTest>

#include <gtest/gtest.h>

namespace tutordesk::test {
namespace {

QString translated(const char* context, const char* source)
{
    return QCoreApplication::translate(context, source);
}

class LanguageSwitchTest : public TempDirTest {
protected:
    void SetUp() override
    {
        QSettings().clear();
        m_controller = std::make_unique<AppController>();
        m_controller->setErrorReporter(
            [](QWidget*, const QString& message) { FAIL() << message.toStdString(); });
    }
    void TearDown() override
    {
        m_controller.reset(); // removes its translators
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QGuiApplication::setLayoutDirection(Qt::LeftToRight);
        QSettings().clear();
    }

    MainWindow* openSchool()
    {
        {
            auto store = openStore(dbPath());
            createSchool(*store);
        }
        EXPECT_TRUE(m_controller->openDatabase(dbPath()));
        return m_controller->mainWindow();
    }

    // View ▸ Language ▸ <title>, as the coordinator clicks it.
    void choose(const QString& title)
    {
        QMenu* language = nullptr;
        for (QAction* top : m_controller->mainWindow()->menuBar()->actions())
            for (QAction* item : top->menu()->actions())
                if (item->menu() && item->menu()->actions().size() > 3)
                    language = item->menu();
        ASSERT_NE(language, nullptr);
        QAction* wanted = nullptr;
        for (QAction* action : language->actions())
            if (action->text() == title)
                wanted = action;
        ASSERT_NE(wanted, nullptr) << "no language " << title.toStdString() << " in the menu";
        wanted->trigger();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // the old window goes
    }

    static QString menuTitle(MainWindow* window, int index)
    {
        return window->menuBar()->actions().at(index)->text();
    }

    std::unique_ptr<AppController> m_controller;
};

TEST_F(LanguageSwitchTest, SpanishRebuildsTheWindowOnTheSamePageAndSchool)
{
    MainWindow* before = openSchool();
    ASSERT_NE(before, nullptr);
    EXPECT_EQ(menuTitle(before, 0), QStringLiteral("&File"));
    before->showPage(QStringLiteral("students"));

    choose(QStringLiteral("Español"));

    MainWindow* after = m_controller->mainWindow();
    ASSERT_NE(after, nullptr);
    EXPECT_TRUE(after->isVisible());
    EXPECT_EQ(m_controller->language()->current(), QStringLiteral("es"));
    EXPECT_NE(translated("tutordesk::MainWindow", "&File"), QStringLiteral("&File"));
    EXPECT_EQ(menuTitle(after, 0), translated("tutordesk::MainWindow", "&File"));
    EXPECT_EQ(after->sidebar()->item(0)->text(), translated("tutordesk::MainWindow", "Today"));
    EXPECT_EQ(after->currentPageId(), QStringLiteral("students")) << "the same page, in the new language";
    EXPECT_EQ(m_controller->session().path(), dbPath()) << "the school stays open";
    // Qt's own dialogs (file, print, message boxes) speak it too.
    EXPECT_EQ(translated("QPlatformTheme", "Cancel"), QStringLiteral("Cancelar"));
    // Dates and numbers in Spanish forms.
    EXPECT_EQ(QLocale().toString(QDate(2026, 11, 20), QStringLiteral("MMMM")), QStringLiteral("noviembre"));
    EXPECT_EQ(QLocale().toString(1234.5, 'f', 1), QStringLiteral("1234,5"));
    EXPECT_EQ(UiLanguage::savedChoice(), QStringLiteral("es")) << "kept for the next start";
}

TEST_F(LanguageSwitchTest, ArabicLaysTheWindowOutRightToLeftAndEnglishBack)
{
    openSchool();
    choose(QStringLiteral("العربية"));
    MainWindow* arabic = m_controller->mainWindow();
    EXPECT_EQ(QGuiApplication::layoutDirection(), Qt::RightToLeft);
    EXPECT_TRUE(arabic->isRightToLeft());
    EXPECT_EQ(menuTitle(arabic, 0), translated("tutordesk::MainWindow", "&File"));
    EXPECT_EQ(QLocale().textDirection(), Qt::RightToLeft);

    choose(QStringLiteral("English"));
    MainWindow* english = m_controller->mainWindow();
    EXPECT_EQ(QGuiApplication::layoutDirection(), Qt::LeftToRight);
    EXPECT_FALSE(english->isRightToLeft());
    EXPECT_EQ(menuTitle(english, 0), QStringLiteral("&File"));
}

TEST_F(LanguageSwitchTest, TheWelcomeWindowOffersTheLanguageFirst)
{
    GuiOptions options;
    options.database = file(QStringLiteral("none-yet.tutordesk"));
    m_controller->start(options);
    WelcomeWindow* welcome = m_controller->welcomeWindow();
    ASSERT_NE(welcome, nullptr);
    ASSERT_TRUE(welcome->isVisible());
    const int spanish = welcome->languageBox()->findData(QStringLiteral("es"));
    ASSERT_GE(spanish, 0);
    welcome->languageBox()->setCurrentIndex(spanish);
    Q_EMIT welcome->languageBox()->activated(spanish);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    WelcomeWindow* rebuilt = m_controller->welcomeWindow();
    ASSERT_NE(rebuilt, nullptr);
    EXPECT_TRUE(rebuilt->isVisible());
    EXPECT_EQ(rebuilt->windowTitle(), translated("tutordesk::WelcomeWindow", "Welcome to TutorDesk"));
    EXPECT_NE(rebuilt->windowTitle(), QStringLiteral("Welcome to TutorDesk"));
    EXPECT_EQ(rebuilt->languageBox()->currentData().toString(), QStringLiteral("es"));
}

TEST_F(LanguageSwitchTest, TheSavedLanguageIsUsedAtTheNextStart)
{
    UiLanguage::saveChoice(QStringLiteral("ko"));
    m_controller = std::make_unique<AppController>(); // a new start
    EXPECT_EQ(m_controller->language()->current(), QStringLiteral("ko"));
    EXPECT_EQ(QLocale().language(), QLocale::Korean);
}

} // namespace
} // namespace tutordesk::test
