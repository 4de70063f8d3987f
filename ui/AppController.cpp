#include "AppController.h"

#include "DemoLauncher.h"
#include "GuiOptions.h"
#include "Icons.h"
#include "MainWindow.h"
#include "NewSchoolDialog.h"
#include "UiLanguage.h"
#include "WelcomeWindow.h"
#include "common/AppIdentity.h"
#include "common/EnglishPlurals.h"
#include "school/SchoolSetup.h"
#include "store/Store.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QTimer>

namespace tutordesk {

AppController::AppController(QObject* parent)
    : QObject(parent)
    , m_demo(new DemoLauncher(this))
    , m_language(new UiLanguage(this))
{
    QCoreApplication::installTranslator(new EnglishPlurals(this));
    // Before any window: the coordinator's language, or the computer's.
    m_language->apply(UiLanguage::savedChoice());
    m_reportError = [](QWidget* parent, const QString& message) {
        QMessageBox::warning(parent, tr("TutorDesk"), message);
    };
    connect(m_demo, &DemoLauncher::ready, this, &AppController::openDatabase);
    connect(m_demo, &DemoLauncher::failed, this, [this](const QString& message) {
        showWelcome();
        reportError(tr("The demo school could not be created. %1").arg(message));
    });
    connect(m_demo, &DemoLauncher::cancelled, this, &AppController::showWelcome);
}

AppController::~AppController() = default;

void AppController::setErrorReporter(ErrorReporter reporter)
{
    m_reportError = std::move(reporter);
}

int AppController::exec(const GuiOptions& options)
{
    QTimer::singleShot(0, this, [this, options] { start(options); });
    return QApplication::exec();
}

void AppController::start(const GuiOptions& options)
{
    QApplication::setWindowIcon(Icons::application());
    m_today = options.today;
    if (!options.screenshot.isEmpty())
        takeScreenshot(options.screenshot);
    if (options.demo) {
        openDemo();
        return;
    }
    const QString path = resolveDatabasePath(options.database);
    m_setUpPath = path;
    if (!QFileInfo::exists(path)) {
        showWelcome(); // first run: nothing to open yet
        return;
    }
    open(path, false); // an empty database at start-up is a first run: the welcome says what to do
}

bool AppController::isBusy() const
{
    return m_demo->isRunning();
}

bool AppController::openDatabase(const QString& path)
{
    return open(path, true);
}

bool AppController::open(const QString& path, bool offerSetUp)
{
    const auto opened = m_session.open(path);
    const bool hasMain = m_main && m_main->isVisible();
    if (!opened) {
        if (m_setUpPath == path) // a set-up must not try to write into the file just refused
            m_setUpPath = suggestNewDatabasePath();
        if (!hasMain)
            showWelcome();
        reportError(opened.error().message);
        return false;
    }
    if (opened.value() == Session::Opened::NoSchool) {
        // A TutorDesk file without a school yet: what "Set up my school" fills in.
        m_setUpPath = path;
        if (!offerSetUp) {
            showWelcome();
            return false;
        }
        askNewSchool(path);
        return m_session.isOpen() && m_session.path() == path;
    }
    m_recent.add(path);
    showMain();
    return true;
}

Result<void> AppController::createSchool(const QString& path, const SchoolInfo& info)
{
    auto created = createSchoolDatabase(path, info);
    if (!created)
        return created.error();
    if (auto adopted = m_session.adopt(std::move(created).value()); !adopted)
        return adopted.error();
    m_recent.add(path);
    return {};
}

void AppController::openDemo()
{
    m_demo->start(demoDatabasePath(), currentWindow());
}

void AppController::askNewSchool(const QString& suggestedPath)
{
    NewSchoolDialog dialog(
        suggestedPath,
        [this](const QString& path, const SchoolInfo& info) { return createSchool(path, info); },
        currentWindow());
    if (dialog.exec() == QDialog::Accepted)
        showMain();
}

void AppController::askOpen()
{
    const QString folder = QFileInfo(m_session.isOpen() ? m_session.path() : defaultDatabasePath()).path();
    const QString path = QFileDialog::getOpenFileName(
        currentWindow(), tr("Open a TutorDesk Database"), folder,
        tr("TutorDesk databases (*.%1);;All files (*)").arg(QLatin1String(databaseSuffix)));
    if (!path.isEmpty())
        openDatabase(path);
}

void AppController::showMain()
{
    if (!m_main) {
        m_main = std::make_unique<MainWindow>(m_session, m_recent);
        connect(m_main.get(), &MainWindow::newSchoolRequested, this,
                [this] { askNewSchool(suggestNewDatabasePath()); });
        connect(m_main.get(), &MainWindow::openRequested, this, &AppController::askOpen);
        connect(m_main.get(), &MainWindow::openRecentRequested, this, &AppController::openDatabase);
        connect(m_main.get(), &MainWindow::languageRequested, this, &AppController::switchLanguage);
        if (m_today.isValid())
            m_main->setToday(m_today);
    }
    m_main->show();
    m_main->raise();
    m_main->activateWindow();
    if (m_welcome)
        m_welcome->hide();
}

void AppController::switchLanguage(const QString& choice)
{
    UiLanguage::saveChoice(choice);
    m_language->apply(choice);
    // Every window is built anew in the language, where it was and on the page it showed: simpler
    // and surer than teaching two hundred widgets to retranslate themselves. The old window goes
    // after this event (the request came from its menu); the school stays open in the Session.
    if (m_main) {
        const bool shown = m_main->isVisible();
        m_main->saveSettings();
        m_main->hide();
        m_main.release()->deleteLater();
        if (shown)
            showMain();
    }
    if (m_welcome) {
        const bool shown = m_welcome->isVisible();
        m_welcome->hide();
        m_welcome.release()->deleteLater();
        if (shown)
            showWelcome();
    }
}

WelcomeWindow* AppController::welcome()
{
    if (!m_welcome) {
        m_welcome = std::make_unique<WelcomeWindow>();
        connect(m_welcome.get(), &WelcomeWindow::setUpRequested, this, [this] { askNewSchool(m_setUpPath); });
        connect(m_welcome.get(), &WelcomeWindow::openRequested, this, &AppController::askOpen);
        connect(m_welcome.get(), &WelcomeWindow::demoRequested, this, &AppController::openDemo);
        connect(m_welcome.get(), &WelcomeWindow::languageRequested, this, &AppController::switchLanguage);
    }
    return m_welcome.get();
}

void AppController::showWelcome()
{
    if (m_main && m_main->isVisible())
        return; // the main window already offers every choice
    if (m_setUpPath.isEmpty())
        m_setUpPath = suggestNewDatabasePath();
    welcome()->show();
    m_welcome->raise();
    m_welcome->activateWindow();
}

QWidget* AppController::currentWindow()
{
    if (m_main && m_main->isVisible())
        return m_main.get();
    return welcome(); // also the parent of dialogs shown before any window (tutordesk --demo)
}

void AppController::reportError(const QString& message)
{
    if (m_reportError)
        m_reportError(currentWindow(), message);
}

// For developers and CI: once the window has loaded (and any demo is generated), save it — and
// a message box or dialog on top of it — as PNG files, then end with 0 when they were written.
void AppController::takeScreenshot(const QString& file)
{
    QTimer::singleShot(500, this, [this, file] {
        if (isBusy()) {
            takeScreenshot(file);
            return;
        }
        bool saved = currentWindow()->grab().save(file, "PNG");
        if (QWidget* modal = QApplication::activeModalWidget()) {
            const QFileInfo info(file);
            saved =
                modal->grab().save(
                    info.dir().filePath(info.completeBaseName() + QStringLiteral("-dialog.png")), "PNG") &&
                saved;
        }
        QCoreApplication::exit(saved ? 0 : 1);
    });
}

} // namespace tutordesk
