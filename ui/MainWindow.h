#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace tutordesk {

class RecentDatabases;
class Session;
class Store;
class StudentsPage;

// The main window: a sidebar of the pages that work, the current page, the File and Help menus
// and a status bar naming the school and its year. It shows what the Session holds; opening and
// creating databases is the AppController's job, asked for through the signals below.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(Session& session, RecentDatabases& recent, QWidget* parent = nullptr);
    ~MainWindow() override;

    StudentsPage* studentsPage() const { return m_students; }
    QListWidget* sidebar() const { return m_sidebar; }
    QString currentPageId() const;

Q_SIGNALS:
    void newSchoolRequested();
    void openRequested();
    void openRecentRequested(const QString& path);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void fillRecentMenu();
    void addPage(const QString& id, const QIcon& icon, const QString& title, QWidget* page);
    void showStore(Store* store);
    void restoreSettings();
    void saveSettings() const;

    Session& m_session;
    RecentDatabases& m_recent;
    QListWidget* m_sidebar = nullptr;
    QStackedWidget* m_pages = nullptr;
    StudentsPage* m_students = nullptr;
    QMenu* m_recentMenu = nullptr;
    QLabel* m_schoolLabel = nullptr;
    QLabel* m_yearLabel = nullptr;
};

} // namespace tutordesk
