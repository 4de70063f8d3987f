#include "PauseOfferDialog.h"

#include "TodayText.h"
#include "store/StoreError.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace tutordesk {

PauseOfferDialog::PauseOfferDialog(Store& store, const DueAction& action, const QDate& today, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_action(action)
    , m_today(today)
    , m_offerLabel(new QLabel(this))
    , m_offerBox(new QCheckBox(this))
    , m_reason(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Pause and Offer Seat — %1").arg(action.studentName));
    try {
        m_offer = ProtocolActions::seatOffer(store, action.id);
    } catch (const StoreError& e) {
        m_problem->setText(tr("The waitlist could not be read: %1").arg(e.message()));
    }
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Pause %1's seat in %2 (%3). The seat frees up; the enrollment stays, "
                                "paused, and can be resumed.")
                                 .arg(action.studentName, action.groupName, TodayText::reason(action)),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_offerLabel->setWordWrap(true);
    if (m_offer) {
        m_offerBox->setText(tr("&Offer the seat to %1 (%2, need %3), first on the waitlist")
                                .arg(m_offer->studentName, TodayText::grade(m_offer->grade),
                                     QLocale().toString(m_offer->score, 'f', 1)));
        m_offerBox->setChecked(true);
        m_offerLabel->hide();
    } else {
        m_offerBox->hide();
        m_offerLabel->setText(tr("Nobody on the waitlist fits this seat: the enrollment is paused only."));
    }
    layout->addWidget(m_offerBox);
    layout->addWidget(m_offerLabel);
    auto* form = new QFormLayout;
    m_reason->setText(TodayText::reason(action));
    form->addRow(tr("&Reason:"), m_reason);
    layout->addLayout(form);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a4262c;")); // dark red, as elsewhere
    m_problem->setVisible(!m_problem->text().isEmpty());
    layout->addWidget(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(m_offer ? tr("&Pause and Offer") : tr("&Pause"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

PauseOfferDialog::~PauseOfferDialog() = default;

bool PauseOfferDialog::save()
{
    const bool offering = m_offer && m_offerBox->isChecked();
    std::optional<QString> offer;
    if (offering)
        offer = m_offer->enrollmentSourcedId;
    const QString reason = m_reason->text().trimmed();
    if (reason.isEmpty()) {
        m_problem->setText(tr("Write the reason for the pause."));
        m_problem->show();
        m_reason->setFocus();
        return false;
    }
    Result<void> done = Error{tr("The seat could not be paused.")};
    try {
        done = ProtocolActions::pauseAndOffer(m_store, m_action.id, reason, offer, m_today);
    } catch (const StoreError& e) {
        done = Error{tr("The seat could not be paused: %1").arg(e.message())};
    }
    if (!done) {
        m_problem->setText(done.error().message);
        m_problem->show();
        return false;
    }
    Q_EMIT paused(offering ? tr("Paused %1 in %2; the seat went to %3.")
                                 .arg(m_action.studentName, m_action.groupName, m_offer->studentName)
                           : tr("Paused %1 in %2; nobody waits for the seat.")
                                 .arg(m_action.studentName, m_action.groupName));
    return true;
}

void PauseOfferDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace tutordesk
