#pragma once

#include "protocol/ProtocolActions.h"

#include <QDate>
#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace tutordesk {

class Store;

// Marks a due action done or not needed, with a note (required for "not needed": someone will ask why).
// Core decides; its refusal (an escalation before any family contact) is shown here.
class ResolveActionDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResolveActionDialog)

public:
    ResolveActionDialog(Store& store, const DueAction& action, ActionResolution::Outcome outcome,
                        const QDate& today, QWidget* parent = nullptr);
    ~ResolveActionDialog() override;

    QPlainTextEdit* noteEdit() const { return m_note; }
    QLabel* problemLabel() const { return m_problem; }
    bool save();
    void accept() override;

Q_SIGNALS:
    void resolved(const QString& message);

private:
    Store& m_store;
    DueAction m_action;
    ActionResolution::Outcome m_outcome;
    QDate m_today;
    QPlainTextEdit* m_note = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace tutordesk
