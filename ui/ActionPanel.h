#pragma once

#include "protocol/ProtocolActions.h"

#include <QDate>
#include <QFrame>

#include <optional>

class QLabel;
class QPushButton;

namespace tutordesk {

class Store;

// The selected due action and what resolves it: who the student is and why, the family to call (guardian,
// phone, language in its own name, how they like to be reached), for an escalation how much of the plan
// was delivered, and the buttons that resolve it. The page opens the dialogs the buttons ask for.
class ActionPanel final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionPanel)

public:
    // WriteLetter: a missed-session letter to the family (notify_family, schedule_makeup, escalate).
    enum class Resolver { LogContact, ScheduleMakeup, PauseOffer, FindCover, Done, NotNeeded, WriteLetter };

    explicit ActionPanel(QWidget* parent = nullptr);
    ~ActionPanel() override;

    // Nothing selected shows a hint; the store gives the delivery figures and the escalation's blocker.
    void showAction(Store* store, const DueAction* action, const QDate& today);
    const std::optional<DueAction>& action() const { return m_action; }
    // The resolver Enter on the list opens: the one the rule is about.
    static Resolver likelyResolver(ProtocolRule rule);
    // The missed-session letter a rule calls for: notify_family → missed-1, schedule_makeup → missed-2,
    // escalate → missed-3; empty for the others.
    static QString letterKind(ProtocolRule rule);

    QLabel* familyLabel() const { return m_family; }
    QLabel* deliveryLabel() const { return m_delivery; }
    QLabel* blockerLabel() const { return m_blocker; }
    QPushButton* button(Resolver resolver) const;

Q_SIGNALS:
    void resolverRequested(tutordesk::ActionPanel::Resolver resolver);

private:
    QPushButton* addButton(Resolver resolver, const QString& text, const QString& tip);

    std::optional<DueAction> m_action;
    QLabel* m_title = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_family = nullptr;
    QLabel* m_delivery = nullptr;
    QLabel* m_blocker = nullptr;
    QWidget* m_buttonRow = nullptr;
    QPushButton* m_buttons[7] = {};
};

} // namespace tutordesk
