#include "MainWindow.h"

#include "AboutBox.h"
#include "CalendarPage.h"
#include "ContactEditDialog.h"
#include "ContactsPage.h"
#include "Icons.h"
#include "ImportActions.h"
#include "PlacementPage.h"
#include "ProgressPage.h"
#include "RecentDatabases.h"
#include "SchedulePage.h"
#include "Session.h"
#include "SettingsDialog.h"
#include "StudentsPage.h"
#include "SyncPage.h"
#include "SyncService.h"
#include "SyncText.h"
#include "TodayPage.h"
#include "TutorsPage.h"
#include "UiLanguage.h"
#include "exchange/ExchangeSettings.h"
#include "store/StoreError.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

namespace tutordesk {

namespace {

constexpr QLatin1String geometryKey("mainWindow/geometry");
constexpr QLatin1String pageKey("mainWindow/page");
const QString layoutKey = QStringLiteral("mainWindow/layout/");
constexpr int pageIdRole = Qt::UserRole;

} // namespace

MainWindow::MainWindow(Session& session, RecentDatabases& recent, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_recent(recent)
    , m_sidebar(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_todayPage(new TodayPage(this))
    , m_students(new StudentsPage(this))
    , m_contacts(new ContactsPage(this))
    , m_progress(new ProgressPage(this))
    , m_placement(new PlacementPage(this))
    , m_tutors(new TutorsPage(this))
    , m_schedule(new SchedulePage(this))
    , m_calendar(new CalendarPage(this))
    , m_imports(new ImportActions(session, this))
    , m_schoolLabel(new QLabel(this))
    , m_yearLabel(new QLabel(this))
    , m_sync(new SyncService(session, this))
    , m_syncPage(new SyncPage(session, *m_sync, this))
    , m_syncLabel(new QLabel(this))
{
    setWindowIcon(Icons::application());

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_sidebar->setAccessibleName(tr("Pages"));
    m_sidebar->setIconSize(QSize(28, 28));
    m_sidebar->setSpacing(2);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setFixedWidth(150);
    QPalette quiet = m_sidebar->palette(); // a quiet column beside the white table
    quiet.setColor(QPalette::Base, quiet.color(QPalette::Window));
    m_sidebar->setPalette(quiet);
    layout->addWidget(m_sidebar);
    auto* rule = new QFrame(central);
    rule->setFrameShape(QFrame::VLine);
    rule->setFrameShadow(QFrame::Sunken);
    layout->addWidget(rule);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    // Only pages that work are listed; the others arrive with their issues.
    addPage(QStringLiteral("today"), Icons::today(), tr("Today"), m_todayPage);
    addPage(QStringLiteral("students"), Icons::students(), tr("Students"), m_students);
    addPage(QStringLiteral("contacts"), Icons::contacts(), tr("Contacts"), m_contacts);
    addPage(QStringLiteral("progress"), Icons::progress(), tr("Progress"), m_progress);
    addPage(QStringLiteral("placement"), Icons::placement(), tr("Placement"), m_placement);
    addPage(QStringLiteral("schedule"), Icons::schedule(), tr("Schedule"), m_schedule);
    addPage(QStringLiteral("tutors"), Icons::tutors(), tr("Tutors"), m_tutors);
    addPage(QStringLiteral("calendar"), Icons::calendar(), tr("Calendar"), m_calendar);
    addPage(QStringLiteral("sync"), Icons::sync(), tr("Sync"), m_syncPage);
    connect(m_syncPage, &SyncPage::settingsRequested, this, [this] {
        if (SettingsDialog* dialog = openSettings())
            dialog->showSyncTab();
    });
    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_students, &StudentsPage::importRequested, m_imports, &ImportActions::openRosterImport);
    // Pages that change the school's data say so through the Session, and every page reads it again.
    connect(m_students, &StudentsPage::needScoresRecalculated, &m_session, &Session::notifyContentChanged);
    connect(m_placement, &PlacementPage::placementChanged, m_students, &StudentsPage::reload);
    connect(m_placement, &PlacementPage::scheduleGroupRequested, this, [this](qint64 group) {
        showPage(QStringLiteral("schedule"));
        m_schedule->openGroup(group);
    });
    connect(m_todayPage, &TodayPage::contentChanged, &m_session, &Session::notifyContentChanged);
    connect(m_contacts, &ContactsPage::contactsChanged, &m_session, &Session::notifyContentChanged);
    connect(m_progress, &ProgressPage::contentChanged, &m_session, &Session::notifyContentChanged);
    connect(m_students, &StudentsPage::familyChanged, &m_session, &Session::notifyContentChanged);
    connect(m_students, &StudentsPage::editContactRequested, this, [this](std::int64_t contactId) {
        if (!m_session.store())
            return;
        auto* dialog = new ContactEditDialog(*m_session.store(), contactId, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ContactEditDialog::changed, &m_session, &Session::notifyContentChanged);
        dialog->open();
    });
    connect(m_todayPage, &TodayPage::showSessionRequested, this, [this](std::int64_t sessionId) {
        showPage(QStringLiteral("schedule"));
        m_schedule->showSession(sessionId);
    });
    connect(m_tutors, &TutorsPage::scheduleChanged, &m_session, &Session::notifyContentChanged);
    connect(m_schedule, &SchedulePage::scheduleChanged, &m_session, &Session::notifyContentChanged);
    connect(m_calendar, &CalendarPage::scheduleChanged, &m_session, &Session::notifyContentChanged);
    connect(&m_session, &Session::contentChanged, this, &MainWindow::contentChanged);

    m_schoolLabel->setAccessibleName(tr("School"));
    m_yearLabel->setAccessibleName(tr("School year"));
    statusBar()->addWidget(m_schoolLabel);
    statusBar()->addPermanentWidget(m_yearLabel);
    // Quiet: one line of words at the right, a link to the Sync page; never a pop-up.
    m_syncLabel->setAccessibleName(tr("District sync"));
    m_syncLabel->setTextFormat(Qt::RichText);
    m_syncLabel->setContentsMargins(16, 0, 4, 0); // apart from the school year beside it
    connect(m_syncLabel, &QLabel::linkActivated, this, [this] { showPage(QStringLiteral("sync")); });
    statusBar()->addPermanentWidget(m_syncLabel);
    connect(m_sync, &SyncService::changed, this, &MainWindow::showSyncStatus);

    createMenus();
    connect(&m_session, &Session::storeChanged, this, &MainWindow::showStore);
    showStore(m_session.store());
    restoreSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(const QString& id, const QIcon& icon, const QString& title, QWidget* page)
{
    auto* item = new QListWidgetItem(icon, title, m_sidebar);
    item->setData(pageIdRole, id);
    item->setSizeHint(QSize(0, 44));
    m_pages->addWidget(page);
}

QString MainWindow::currentPageId() const
{
    const QListWidgetItem* item = m_sidebar->currentItem();
    return item ? item->data(pageIdRole).toString() : QString();
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newSchool = file->addAction(Icons::school(), tr("&New School…"));
    newSchool->setShortcut(QKeySequence::New);
    connect(newSchool, &QAction::triggered, this, &MainWindow::newSchoolRequested);
    QAction* open = file->addAction(Icons::open(), tr("&Open…"));
    open->setShortcut(QKeySequence::Open);
    connect(open, &QAction::triggered, this, &MainWindow::openRequested);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    file->addSeparator();
    file->addAction(m_imports->importRosterAction());
    file->addAction(m_imports->importScoresAction());
    QAction* importTutors = file->addAction(tr("Import &Tutors…"));
    connect(importTutors, &QAction::triggered, this, [this] {
        showPage(QStringLiteral("tutors"));
        m_tutors->importTutors();
    });
    QAction* importCalendar = file->addAction(tr("Import School &Calendar…"));
    connect(importCalendar, &QAction::triggered, this, [this] {
        showPage(QStringLiteral("calendar"));
        m_calendar->importCalendar();
    });
    for (QAction* action : {importTutors, importCalendar}) {
        action->setEnabled(m_session.isOpen());
        connect(&m_session, &Session::storeChanged, action,
                [action](Store* store) { action->setEnabled(store != nullptr); });
    }
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"));
    // QKeySequence::Quit is empty on Windows; coordinators expect Ctrl+Q everywhere.
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* settings = edit->addAction(tr("&Settings…"));
    settings->setShortcut(
        QKeySequence(Qt::CTRL | Qt::Key_Comma)); // QKeySequence::Preferences is empty on Windows
    settings->setMenuRole(QAction::PreferencesRole);
    connect(settings, &QAction::triggered, this, &MainWindow::openSettings);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    // Every page a keystroke away, in the sidebar's order: Ctrl+1 is Today.
    for (int i = 0; i < m_sidebar->count(); ++i) {
        QListWidgetItem* item = m_sidebar->item(i);
        QAction* page = view->addAction(item->icon(), item->text());
        if (i < 9)
            page->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        connect(page, &QAction::triggered, this, [this, i] { m_sidebar->setCurrentRow(i); });
    }
    view->addSeparator();
    view->addMenu(createLanguageMenu(view));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About TutorDesk"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, [this] { AboutBox::open(this, m_session); });
}

QMenu* MainWindow::createLanguageMenu(QWidget* parent)
{
    auto* menu = new QMenu(tr("&Language"), parent);
    auto* group = new QActionGroup(menu);
    const QString saved = UiLanguage::savedChoice();
    for (const UiLanguage::Choice& c : UiLanguage::choices()) {
        QAction* action = menu->addAction(c.title);
        action->setCheckable(true);
        action->setChecked(c.choice == saved);
        group->addAction(action);
        connect(action, &QAction::triggered, this,
                [this, choice = c.choice] { Q_EMIT languageRequested(choice); });
        if (c.choice.isEmpty())
            menu->addSeparator();
    }
    return menu;
}

SettingsDialog* MainWindow::openSettings()
{
    if (!m_session.isOpen())
        return nullptr;
    auto* dialog = new SettingsDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::saved, &m_session, &Session::notifyContentChanged);
    dialog->open();
    return dialog;
}

void MainWindow::showPage(const QString& id)
{
    for (int i = 0; i < m_sidebar->count(); ++i) {
        if (m_sidebar->item(i)->data(pageIdRole).toString() == id)
            m_sidebar->setCurrentRow(i);
    }
}

void MainWindow::setToday(const QDate& today)
{
    m_todayPage->setToday(today);
    m_contacts->setToday(today);
    m_progress->setToday(today);
    m_schedule->setToday(today);
    m_calendar->setToday(today);
}

void MainWindow::contentChanged()
{
    m_todayPage->reload();
    m_students->reload();
    m_contacts->reload();
    m_progress->reload();
    m_placement->reload();
    m_tutors->reload();
    m_schedule->reload();
    m_calendar->reload();
    showSyncStatus();
}

void MainWindow::showSyncStatus()
{
    Store* store = m_session.store();
    if (!store) {
        m_syncLabel->clear();
        return;
    }
    QString line;
    try {
        const bool destinationSet = !ExchangeSettings::load(*store).destination.isEmpty();
        line = m_sync->isExporting() ? tr("Making a bundle for the district…")
               : m_sync->isSending() ? tr("Sending to the district…")
                                     : SyncText::statusLine(m_sync->status(), destinationSet, m_sync->now());
    } catch (const StoreError&) {
        line = tr("Sync state unknown");
    }
    m_syncLabel->setText(
        QStringLiteral(
            "<a href=\"sync\" style=\"color: palette(window-text); text-decoration: none;\">%1</a>")
            .arg(line.toHtmlEscaped()));
    m_syncLabel->setToolTip(tr("Open the Sync page"));
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList paths = m_recent.paths();
    for (const QString& path : paths) {
        QAction* action = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        action->setEnabled(path != m_session.path());
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT openRecentRequested(path); });
    }
    if (paths.isEmpty())
        m_recentMenu->addAction(tr("No recent databases"))->setEnabled(false);
}

void MainWindow::showStore(Store* store)
{
    const SchoolInfo& school = m_session.school();
    setWindowTitle(store ? tr("%1 — TutorDesk").arg(school.name) : tr("TutorDesk"));
    m_schoolLabel->setText(store ? school.name : QString());
    const QLocale locale;
    m_yearLabel->setText(store ? tr("School year %1 – %2")
                                     .arg(locale.toString(school.yearStart, QLocale::ShortFormat),
                                          locale.toString(school.yearEnd, QLocale::ShortFormat))
                               : QString());
    m_yearLabel->setToolTip(QDir::toNativeSeparators(m_session.path()));
    m_todayPage->setStore(store);
    showSyncStatus();
    m_students->setStore(store);
    m_contacts->setStore(store);
    m_progress->setStore(store);
    m_placement->setStore(store);
    m_tutors->setStore(store);
    m_schedule->setStore(store);
    m_calendar->setStore(store);
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey).toByteArray())) {
        // First run: a laptop's screen is needed whole for the Students table; a desktop's is not.
        const QRect available = screen()->availableGeometry();
        resize(std::min(1400, available.width()), std::min(880, available.height()));
        if (available.width() < 1500)
            setWindowState(windowState() | Qt::WindowMaximized);
    }
    m_sidebar->setCurrentRow(0); // Today, unless a page is remembered
    showPage(settings.value(pageKey).toString());
    // How the coordinator divided each page (the table against its details, the week against a
    // session), by the name each divider carries.
    for (QSplitter* split : m_pages->findChildren<QSplitter*>())
        if (!split->objectName().isEmpty())
            split->restoreState(settings.value(layoutKey + split->objectName()).toByteArray());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(pageKey, currentPageId());
    for (const QSplitter* split : m_pages->findChildren<QSplitter*>())
        if (!split->objectName().isEmpty())
            settings.setValue(layoutKey + split->objectName(), split->saveState());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveSettings();
    event->accept();
}

} // namespace tutordesk
