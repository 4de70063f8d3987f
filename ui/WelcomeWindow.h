#pragma once

#include <QWidget>

class QComboBox;
class QCommandLinkButton;

namespace tutordesk {

// The first-run window: set up my school, open an existing database, or explore a demo school.
// It also comes back when a database cannot be opened, so the coordinator is never left stuck.
class WelcomeWindow final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomeWindow)

public:
    explicit WelcomeWindow(QWidget* parent = nullptr);
    ~WelcomeWindow() override;

    QCommandLinkButton* setUpButton() const { return m_setUp; }
    QCommandLinkButton* openButton() const { return m_open; }
    QCommandLinkButton* demoButton() const { return m_demo; }
    QComboBox* languageBox() const { return m_language; }

Q_SIGNALS:
    void setUpRequested();
    void openRequested();
    void demoRequested();
    void languageRequested(const QString& choice);

private:
    QCommandLinkButton* m_setUp = nullptr;
    QCommandLinkButton* m_open = nullptr;
    QCommandLinkButton* m_demo = nullptr;
    QComboBox* m_language = nullptr;
};

} // namespace tutordesk
