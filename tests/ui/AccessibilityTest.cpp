// Every control of every page can be reached and named without a mouse: a screen reader says what it
// is, and the keyboard reaches every page and the standard commands.
#include "AttendanceDialog.h"
#include "LetterDialog.h"
#include "MainWindow.h"
#include "RecentDatabases.h"
#include "Session.h"
#include "SettingsDialog.h"
#include "WelcomeWindow.h"
#include "letters/LetterMerge.h"
#include "store/Database.h"
#include "support/TempDir.h"
#include "ui/UiFixtures.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

#include <gtest/gtest.h>

namespace tutordesk::test {
namespace {

// What a screen reader would announce for a keyboard-focusable control; empty when it has no name.
QString spokenName(QWidget* w, const QList<QLabel*>& labels)
{
    if (!w->accessibleName().isEmpty())
        return w->accessibleName();
    for (QLabel* label : labels)
        if (label->buddy() == w && !label->text().isEmpty())
            return label->text();
    if (auto* button = qobject_cast<QAbstractButton*>(w)) {
        if (!QString(button->text()).remove(QLatin1Char('&')).trimmed().isEmpty())
            return button->text();
        return button->toolTip();
    }
    if (auto* tabs = qobject_cast<QTabBar*>(w)) {
        for (int i = 0; i < tabs->count(); ++i)
            if (tabs->tabText(i).isEmpty())
                return {};
        return tabs->count() > 0 ? tabs->tabText(0) : QString();
    }
    return {};
}

bool isInnerPart(const QWidget* w)
{
    // The line edit inside a spin box or combo box is announced as the box itself.
    for (const QWidget* p = w->parentWidget(); p; p = p->parentWidget())
        if (qobject_cast<const QAbstractSpinBox*>(p) || qobject_cast<const QComboBox*>(p))
            return true;
    return false;
}

QStringList unnamedControls(QWidget* root)
{
    const QList<QLabel*> labels = root->window()->findChildren<QLabel*>();
    QStringList unnamed;
    for (QWidget* w : root->findChildren<QWidget*>()) {
        // A widget with a focus proxy hands the keyboard to it; the proxy is checked in its place.
        if (!w->isVisibleTo(root->window()) || !(w->focusPolicy() & Qt::TabFocus) || w->focusProxy() ||
            isInnerPart(w))
            continue;
        if (spokenName(w, labels).trimmed().isEmpty())
            unnamed << QStringLiteral("%1 (%2) in %3")
                           .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
                                QString::fromLatin1(w->parentWidget()->metaObject()->className()));
    }
    return unnamed;
}

class AccessibilityTest : public TempDirTest {
protected:
    void SetUp() override
    {
        QSettings().clear();
        auto demo = openOrCreateDemoSchool(dbPath(), DemoOptions{});
        ASSERT_TRUE(demo.ok()) << demo.error().message.toStdString();
        demo.value().reset();
        ASSERT_TRUE(m_session.open(dbPath()));
        m_window = std::make_unique<MainWindow>(m_session, m_recent);
        m_window->setToday(QDate(2026, 11, 20));
        m_window->resize(1400, 900);
        m_window->show();
    }

    Session m_session;
    RecentDatabases m_recent;
    std::unique_ptr<MainWindow> m_window;
};

TEST_F(AccessibilityTest, EveryControlOnEveryPageHasAName)
{
    QListWidget* pages = m_window->sidebar();
    for (int i = 0; i < pages->count(); ++i) {
        pages->setCurrentRow(i);
        QCoreApplication::processEvents();
        auto* stack = m_window->findChild<QStackedWidget*>();
        ASSERT_NE(stack, nullptr);
        const QStringList unnamed = unnamedControls(stack->currentWidget());
        EXPECT_TRUE(unnamed.isEmpty()) << pages->item(i)->text().toStdString() << ": "
                                       << unnamed.join(QStringLiteral("\n  ")).toStdString();
    }
}

TEST_F(AccessibilityTest, TheDialogsACoordinatorUsesDailyNameEveryControl)
{
    Store& store = *m_session.store();
    const auto firstId = [&store](const char* sql) { return store.db().queryInteger(sql); };

    SettingsDialog settings(m_session, m_window.get());
    settings.show();
    for (int i = 0; i < settings.tabs()->count(); ++i) {
        settings.tabs()->setCurrentIndex(i);
        const QStringList unnamed = unnamedControls(settings.tabs()->currentWidget());
        EXPECT_TRUE(unnamed.isEmpty()) << "Settings ▸ " << settings.tabs()->tabText(i).toStdString() << ": "
                                       << unnamed.join(QStringLiteral("\n  ")).toStdString();
    }
    settings.close();

    AttendanceDialog attendance(store,
                                firstId("SELECT id FROM sessions WHERE day <= '2026-11-20' "
                                        "AND status = 'held' ORDER BY day DESC LIMIT 1"),
                                QDate(2026, 11, 20), m_window.get());
    attendance.show();
    EXPECT_TRUE(unnamedControls(&attendance).isEmpty())
        << unnamedControls(&attendance).join(QStringLiteral("\n  ")).toStdString();
    attendance.close();

    LetterRequest request;
    request.studentId = firstId("SELECT student_id FROM student_guardians LIMIT 1");
    request.kind = QStringLiteral("missed-1");
    request.date = QDate(2026, 11, 20);
    LetterDialog letter(store, QDate(2026, 11, 20), {request}, m_window.get());
    letter.show();
    EXPECT_TRUE(unnamedControls(&letter).isEmpty())
        << unnamedControls(&letter).join(QStringLiteral("\n  ")).toStdString();
    letter.close();

    WelcomeWindow welcome;
    welcome.show();
    EXPECT_TRUE(unnamedControls(&welcome).isEmpty())
        << unnamedControls(&welcome).join(QStringLiteral("\n  ")).toStdString();
}

TEST_F(AccessibilityTest, EveryPageIsAKeystrokeAway)
{
    QApplication::setActiveWindow(m_window.get());
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    QListWidget* pages = m_window->sidebar();
    for (int i = pages->count() - 1; i >= 0; --i) {
        QTest::keyClick(m_window.get(), static_cast<Qt::Key>(Qt::Key_1 + i), Qt::ControlModifier);
        EXPECT_EQ(pages->currentRow(), i) << "Ctrl+" << i + 1;
    }
}

TEST_F(AccessibilityTest, StandardShortcutsAreInTheMenus)
{
    QList<QKeySequence> shortcuts;
    for (QAction* top : m_window->menuBar()->actions())
        for (QAction* action : top->menu()->actions())
            shortcuts << action->shortcut();
    for (const QKeySequence::StandardKey key : {QKeySequence::New, QKeySequence::Open})
        EXPECT_TRUE(shortcuts.contains(QKeySequence(key))) << QKeySequence(key).toString().toStdString();
    EXPECT_TRUE(shortcuts.contains(QKeySequence(Qt::CTRL | Qt::Key_Q)));
    EXPECT_TRUE(shortcuts.contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)));
}

} // namespace
} // namespace tutordesk::test
