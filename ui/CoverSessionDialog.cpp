#include "CoverSessionDialog.h"

#include "CoverChoiceBox.h"
#include "SessionText.h"
#include "schedule/ScheduleText.h"
#include "schedule/SessionCover.h"
#include "store/StoreError.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tutordesk {

namespace {

int offerFor(CoverSessionDialog::Mode mode)
{
    switch (mode) {
    case CoverSessionDialog::Mode::Cover:
        return CoverChoiceBox::Everything;
    case CoverSessionDialog::Mode::Cancel:
        return CoverChoiceBox::Makeups | CoverChoiceBox::CancelWithoutMakeup;
    case CoverSessionDialog::Mode::Makeup:
        break;
    }
    return CoverChoiceBox::Makeups;
}

} // namespace

CoverSessionDialog::CoverSessionDialog(Store& store, const ScheduledSession& session, Mode mode,
                                       QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_mode(mode)
    , m_choice(new CoverChoiceBox(store, session, offerFor(mode), session.tutorId, this))
    , m_reason(new QComboBox(this))
    , m_note(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(mode == Mode::Cover    ? tr("Find a Substitute")
                   : mode == Mode::Cancel ? tr("Cancel Session")
                                          : tr("Schedule a Make-up"));
    auto* layout = new QVBoxLayout(this);
    auto* about =
        new QLabel(tr("<b>%1</b><br>%2 · %3")
                       .arg(session.groupName.toHtmlEscaped(), SessionText::when(session).toHtmlEscaped(),
                            SessionText::teacher(session).toHtmlEscaped()),
                   this);
    about->setWordWrap(true);
    layout->addWidget(about);

    auto* form = new QFormLayout;
    form->addRow(mode == Mode::Makeup ? tr("&Make-up:") : tr("&Decision:"), m_choice);
    for (const QString& code : SessionText::cancelReasons()) {
        const QString reason = SessionText::cancelReason(code);
        m_reason->addItem(reason.left(1).toUpper() + reason.mid(1), code);
    }
    m_reason->setCurrentIndex(m_reason->findData(session.needsCover || mode == Mode::Cover
                                                     ? QStringLiteral("tutor_absent")
                                                     : QStringLiteral("school_event")));
    if (mode != Mode::Makeup) {
        form->addRow(tr("Cancel &reason:"), m_reason);
        m_note->setPlaceholderText(tr("Optional: what families or the teacher should know"));
        form->addRow(tr("&Note:"), m_note);
    } else {
        m_reason->hide();
        m_note->hide();
    }
    layout->addLayout(form);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a4262c;")); // dark red, as elsewhere
    m_problem->hide();
    layout->addWidget(m_problem);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this);
    m_apply = buttons->button(QDialogButtonBox::Apply);
    m_apply->setDefault(true);
    layout->addWidget(buttons);
    connect(m_apply, &QPushButton::clicked, this, [this] {
        if (apply())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_choice, &QComboBox::currentIndexChanged, this, &CoverSessionDialog::updateReason);
    updateReason();
    resize(560, sizeHint().height());
}

CoverSessionDialog::~CoverSessionDialog() = default;

void CoverSessionDialog::updateReason()
{
    const auto choice = m_choice->choice();
    m_apply->setEnabled(choice.has_value());
    const bool cancels = choice && choice->action != CoverChoice::Action::Substitute;
    m_reason->setEnabled(cancels);
}

bool CoverSessionDialog::apply()
{
    auto choice = m_choice->choice();
    if (!choice)
        return false;
    choice->cancelReason = m_reason->currentData().toString();
    choice->note = m_note->text().trimmed();
    Result<void> done;
    try {
        if (m_mode == Mode::Makeup) {
            const auto made = SessionCover::scheduleMakeup(m_store, choice->sessionId, choice->makeup);
            if (!made)
                done = made.error();
        } else {
            done = SessionCover::apply(m_store, {*choice});
        }
    } catch (const StoreError& e) {
        done = Error{e.message()};
    }
    if (!done) {
        m_problem->setText(done.error().message); // core's words; nothing changed
        m_problem->show();
        return false;
    }
    m_outcome = m_mode == Mode::Makeup
                    ? tr("Make-up for %1 scheduled on %2 at %3.")
                          .arg(m_choice->session().groupName, ScheduleText::day(choice->makeup.day),
                               ScheduleText::time(choice->makeup.start))
                    : m_choice->outcome();
    Q_EMIT scheduleChanged();
    return true;
}

} // namespace tutordesk
