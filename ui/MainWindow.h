#pragma once

#include <QDate>
#include <QMainWindow>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace tutordesk {

class CalendarPage;
class ContactsPage;
class ProgressPage;
class ImportActions;
class PlacementPage;
class RecentDatabases;
class SchedulePage;
class Session;
class SettingsDialog;
class Store;
class StudentsPage;
class SyncPage;
class SyncService;
class TodayPage;
class TutorsPage;

// The main window: a sidebar of the pages that work, the current page, the File, Edit and Help
// menus and a status bar naming the school and its year. It shows what the Session holds; opening
// and creating databases is the AppController's job, asked for through the signals below, and
// imports are ImportActions'.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(Session& session, RecentDatabases& recent, QWidget* parent = nullptr);
    ~MainWindow() override;

    TodayPage* todayPage() const { return m_todayPage; }
    StudentsPage* studentsPage() const { return m_students; }
    ContactsPage* contactsPage() const { return m_contacts; }
    ProgressPage* progressPage() const { return m_progress; }
    PlacementPage* placementPage() const { return m_placement; }
    TutorsPage* tutorsPage() const { return m_tutors; }
    SchedulePage* schedulePage() const { return m_schedule; }
    CalendarPage* calendarPage() const { return m_calendar; }
    SyncPage* syncPage() const { return m_syncPage; }
    SyncService* sync() const { return m_sync; }
    QLabel* syncStatusLabel() const { return m_syncLabel; }
    ImportActions* imports() const { return m_imports; }
    // Edit ▸ Settings…: opens the settings of the open school (window-modal, not blocking).
    SettingsDialog* openSettings();
    void showPage(const QString& id);
    QListWidget* sidebar() const { return m_sidebar; }
    QString currentPageId() const;
    // What "today" is on every page that asks (the clock unless set: --today for demos and screenshots).
    void setToday(const QDate& today);
    // The window's size, place, page and layout, for the next start (closing saves them too).
    void saveSettings() const;

Q_SIGNALS:
    void newSchoolRequested();
    void openRequested();
    void openRecentRequested(const QString& path);
    // View ▸ Language: "" follows the computer, "en" or a code of the LanguageCatalog.
    void languageRequested(const QString& choice);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    QMenu* createLanguageMenu(QWidget* parent);
    void fillRecentMenu();
    void addPage(const QString& id, const QIcon& icon, const QString& title, QWidget* page);
    void showStore(Store* store);
    void contentChanged();
    void showSyncStatus();
    void restoreSettings();

    Session& m_session;
    RecentDatabases& m_recent;
    QListWidget* m_sidebar = nullptr;
    QStackedWidget* m_pages = nullptr;
    TodayPage* m_todayPage = nullptr;
    StudentsPage* m_students = nullptr;
    ContactsPage* m_contacts = nullptr;
    ProgressPage* m_progress = nullptr;
    PlacementPage* m_placement = nullptr;
    TutorsPage* m_tutors = nullptr;
    SchedulePage* m_schedule = nullptr;
    CalendarPage* m_calendar = nullptr;
    ImportActions* m_imports = nullptr;
    QMenu* m_recentMenu = nullptr;
    QLabel* m_schoolLabel = nullptr;
    QLabel* m_yearLabel = nullptr;
    SyncService* m_sync = nullptr;
    SyncPage* m_syncPage = nullptr;
    QLabel* m_syncLabel = nullptr;
};

} // namespace tutordesk
