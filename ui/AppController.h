#pragma once

#include "RecentDatabases.h"
#include "Session.h"

#include <QDate>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QWidget;

namespace tutordesk {

class DemoLauncher;
class MainWindow;
class UiLanguage;
class WelcomeWindow;
struct GuiOptions;

// Runs the application's windows: decides at start-up between the welcome window and the main
// window, and carries out "set up", "open" and "demo" wherever they are asked for. Every refusal
// from core reaches the coordinator through the error reporter (a message box unless replaced,
// e.g. by tests) and leads back to a window where she can choose again.
class AppController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppController)

public:
    using ErrorReporter = std::function<void(QWidget* parent, const QString& message)>;

    explicit AppController(QObject* parent = nullptr);
    ~AppController() override;

    void setErrorReporter(ErrorReporter reporter);
    // Starts from inside the event loop (so that a screenshot can end even a start-up message
    // box) and runs it; returns the application's exit code.
    int exec(const GuiOptions& options);
    // Opens what the options ask for, or shows the welcome window.
    void start(const GuiOptions& options);

    // Opens an existing database and shows it; false (after reporting why) when it cannot. A
    // TutorDesk database that holds no school yet opens the New School dialog for it.
    bool openDatabase(const QString& path);
    // Sets up a new school in the database at `path` and makes it the open one (the New School
    // dialog's work; the dialog's caller then shows the main window).
    Result<void> createSchool(const QString& path, const SchoolInfo& info);
    void openDemo();
    // Saves the choice ("" follows the computer), applies it and rebuilds the windows in it.
    void switchLanguage(const QString& choice);
    UiLanguage* language() const { return m_language; }

    Session& session() { return m_session; }
    MainWindow* mainWindow() const { return m_main.get(); }
    WelcomeWindow* welcomeWindow() const { return m_welcome.get(); }
    bool isBusy() const;

private:
    bool open(const QString& path, bool offerSetUp);
    void showMain();
    void showWelcome();
    WelcomeWindow* welcome();
    void askNewSchool(const QString& suggestedPath);
    void askOpen();
    void reportError(const QString& message);
    QWidget* currentWindow();
    void takeScreenshot(const QString& file);

    Session m_session;
    RecentDatabases m_recent;
    ErrorReporter m_reportError;
    DemoLauncher* m_demo = nullptr;
    UiLanguage* m_language = nullptr;
    // Where "Set up my school" saves when the welcome window asks: the database that was missing.
    QString m_setUpPath;
    QDate m_today; // --today, for demos and screenshots; invalid: the clock
    std::unique_ptr<WelcomeWindow> m_welcome;
    std::unique_ptr<MainWindow> m_main; // after m_session: destroyed first, while the store lives
};

} // namespace tutordesk
