#pragma once

#include "ActionPanel.h"
#include "attendance/TodayOverview.h"
#include "letters/LetterMerge.h"

#include <QDate>
#include <QDateTime>
#include <QPointer>
#include <QWidget>

#include <cstdint>
#include <vector>

class QDialog;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace tutordesk {

class DueActionsModel;
class DueActionsView;
class MessageBar;
class Store;
class TodaySessionsList;

// The landing page: today's sessions with their attendance (not taken / taken, who attended, what skill),
// the protocol's due actions (overdue first) with what resolves each right there (log the call, schedule
// the make-up, pause and offer the seat, done or not needed), and the follow-ups due.
class TodayPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TodayPage)

public:
    explicit TodayPage(QWidget* parent = nullptr);
    ~TodayPage() override;

    void setStore(Store* store);
    // Brings the protocol up to date (ProtocolEngine::refresh) and reads everything again.
    void reload();
    // What "today" is (the clock unless set; tests and the demo school set it).
    void setToday(const QDate& today);
    const QDate& today() const { return m_today; }
    // The time that decides which sessions have started (the clock unless set; tests set it).
    void setNow(const QDateTime& now);

    const TodayOverview& overview() const { return m_overview; }
    // Opens the selected session's attendance (window-modal); null when none can be taken.
    QDialog* takeAttendance();
    // Selects an action by id; false when it is not listed.
    bool selectAction(std::int64_t actionId);
    // Opens what resolves the selected action (a dialog, or the Schedule page for cover); the dialog or
    // null when there is none (nothing selected, or refused with a message, e.g. an escalation's Done
    // before any family contact).
    QDialog* openResolver(ActionPanel::Resolver resolver);
    // Enter on an action: the resolver its rule is about.
    QDialog* openLikelyResolver();
    // "Print Due Letters (N)…": the letter dialog with every missed-session letter due today (a batch),
    // or null when none is due.
    QDialog* printDueLetters();
    // Logs the follow-up call for the follow-up in `row` of the list (Enter or double-click on it).
    QDialog* logFollowUp(int row);
    QTreeWidget* followUpsList() const { return m_followUps; }
    // The missed-session letters due, as read by the last reload.
    const std::vector<LetterRequest>& dueLetters() const { return m_dueLetters; }
    QDialog* currentDialog() const { return m_dialog; }

    TodaySessionsList* sessionsList() const { return m_sessions; }
    DueActionsView* actionsView() const { return m_actionsView; }
    DueActionsModel* actionsModel() const { return m_actions; }
    ActionPanel* actionPanel() const { return m_panel; }
    QTreeWidget* followUpsView() const { return m_followUps; }
    MessageBar* messageBar() const { return m_messages; }
    QLabel* dateLabel() const { return m_date; }
    QLabel* dayOffLabel() const { return m_dayOff; }
    QLabel* countsLabel() const { return m_counts; }
    QPushButton* takeAttendanceButton() const { return m_take; }
    QPushButton* dueLettersButton() const { return m_letters; }

Q_SIGNALS:
    // This page changed the school's data (the Session tells every page).
    void contentChanged();
    // "Show in Schedule" on a session.
    void showSessionRequested(std::int64_t sessionId);

private:
    QWidget* createSessionsSide();
    QWidget* createActionsSide();
    void showOverview();
    void showFollowUps();
    void actionSelected();
    // A dialog changed something: say what, read everything again and tell the other pages.
    void changed(const QString& message);
    QDialog* openDialog(QDialog* dialog);
    QDialog* openLetters(std::vector<LetterRequest> requests);
    void showDueLetters();
    QDateTime now() const;

    Store* m_store = nullptr;
    QDate m_today;
    QDateTime m_now;
    TodayOverview m_overview;
    QLabel* m_date = nullptr;
    QLabel* m_dayOff = nullptr;
    QLabel* m_counts = nullptr;
    MessageBar* m_messages = nullptr;
    TodaySessionsList* m_sessions = nullptr;
    QPushButton* m_take = nullptr;
    QPushButton* m_letters = nullptr;
    std::vector<LetterRequest> m_dueLetters;
    DueActionsModel* m_actions = nullptr;
    DueActionsView* m_actionsView = nullptr;
    ActionPanel* m_panel = nullptr;
    QTreeWidget* m_followUps = nullptr;
    QLabel* m_followUpsTitle = nullptr;
    QPointer<QDialog> m_dialog;
    bool m_announcing = false; // telling the other pages about a change this page made and has read
};

} // namespace tutordesk
