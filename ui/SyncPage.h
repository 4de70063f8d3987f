#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QToolButton;

namespace tutordesk {

class MessageBar;
class OutboxModel;
class Session;
class SyncService;

// The Sync page: whether the district has everything, what waits and since when, the last success and the
// last problem in plain words, "Send Now" and "Export Now" (what changed, or every row), a progress bar while
// a bundle is being made, and the latest bundles with their state.
class SyncPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncPage)

public:
    SyncPage(Session& session, SyncService& service, QWidget* parent = nullptr);
    ~SyncPage() override;

    void reload();

    QLabel* headline() const { return m_headline; }
    QLabel* details() const { return m_details; }
    QLabel* includes() const { return m_includes; }
    QPushButton* sendButton() const { return m_send; }
    QPushButton* copyButton() const { return m_copy; }
    QToolButton* exportButton() const { return m_export; }
    QProgressBar* progressBar() const { return m_progress; }
    MessageBar* messageBar() const { return m_message; }
    QTableView* table() const { return m_table; }
    OutboxModel* model() const { return m_model; }

    // Where "Copy to a Folder…" asks for the folder; tests answer without a dialog.
    void setFolderChooser(std::function<QString()> chooser) { m_chooseFolder = std::move(chooser); }

Q_SIGNALS:
    void settingsRequested();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showActivity();

    Session& m_session;
    SyncService& m_service;
    QLabel* m_headline = nullptr;
    QLabel* m_details = nullptr;
    QLabel* m_includes = nullptr;
    QPushButton* m_send = nullptr;
    QPushButton* m_copy = nullptr;
    QToolButton* m_export = nullptr;
    QPushButton* m_settings = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_stop = nullptr;
    QLabel* m_activity = nullptr;
    MessageBar* m_message = nullptr;
    QTableView* m_table = nullptr;
    OutboxModel* m_model = nullptr;
    std::function<QString()> m_chooseFolder;
};

} // namespace tutordesk
