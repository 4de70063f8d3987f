#include "ResolveActionDialog.h"

#include "store/StoreError.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tutordesk {

ResolveActionDialog::ResolveActionDialog(Store& store, const DueAction& action,
                                         ActionResolution::Outcome outcome, const QDate& today,
                                         QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_action(action)
    , m_outcome(outcome)
    , m_today(today)
    , m_note(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
{
    const bool done = outcome == ActionResolution::Outcome::Done;
    const QString what = ProtocolRuleNames::title(action.rule);
    const QString who = action.studentName.isEmpty() ? action.groupName : action.studentName;
    setWindowTitle(done ? tr("Done — %1").arg(what) : tr("Not Needed — %1").arg(what));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(done ? tr("Mark “%1” for %2 as done.").arg(what, who)
                                  : tr("Mark “%1” for %2 as not needed. Say why: the note stays with the "
                                       "action.")
                                        .arg(what, who),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* label = new QLabel(done ? tr("&Note (optional):") : tr("&Note:"), this);
    label->setBuddy(m_note);
    layout->addWidget(label);
    m_note->setTabChangesFocus(true);
    m_note->setAccessibleName(tr("Note"));
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 4 + 12);
    layout->addWidget(m_note);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a4262c;")); // dark red, as elsewhere
    m_problem->hide();
    layout->addWidget(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(done ? tr("Mark &Done") : tr("Mark &Not Needed"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

ResolveActionDialog::~ResolveActionDialog() = default;

bool ResolveActionDialog::save()
{
    ActionResolution resolution;
    resolution.outcome = m_outcome;
    resolution.note = m_note->toPlainText().trimmed();
    const bool done = m_outcome == ActionResolution::Outcome::Done;
    if (!done && resolution.note.isEmpty()) {
        m_problem->setText(tr("Write a note saying why it is not needed."));
        m_problem->show();
        m_note->setFocus();
        return false;
    }
    Result<void> result = Error{tr("The action could not be resolved.")};
    try {
        result = ProtocolActions::resolve(m_store, m_action.id, resolution, m_today);
    } catch (const StoreError& e) {
        result = Error{tr("The action could not be resolved: %1").arg(e.message())};
    }
    if (!result) {
        m_problem->setText(result.error().message);
        m_problem->show();
        return false;
    }
    const QString who = m_action.studentName.isEmpty() ? m_action.groupName : m_action.studentName;
    Q_EMIT resolved(done ? tr("Done: %1 for %2.").arg(ProtocolRuleNames::title(m_action.rule), who)
                         : tr("Not needed: %1 for %2.").arg(ProtocolRuleNames::title(m_action.rule), who));
    return true;
}

void ResolveActionDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace tutordesk
