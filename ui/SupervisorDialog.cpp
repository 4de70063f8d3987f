#include "SupervisorDialog.h"

#include "store/StoreError.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tutordesk {

SupervisorDialog::SupervisorDialog(Store& store, const SupervisorRecord& supervisor, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_original(supervisor)
    , m_first(new QLineEdit(supervisor.firstName, this))
    , m_last(new QLineEdit(supervisor.lastName, this))
    , m_title(new QLineEdit(supervisor.title, this))
    , m_email(new QLineEdit(supervisor.email, this))
    , m_phone(new QLineEdit(supervisor.phone, this))
    , m_maxTutors(new QSpinBox(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(supervisor.id == 0 ? tr("Add Supervisor") : tr("Edit Supervisor"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_title->setPlaceholderText(tr("e.g. Instructional lead"));
    m_maxTutors->setRange(1, 100);
    m_maxTutors->setValue(supervisor.maxTutors);
    m_maxTutors->setToolTip(tr("How many tutors this person can observe and coach"));
    form->addRow(tr("&First name:"), m_first);
    form->addRow(tr("&Last name:"), m_last);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("Can coach &up to:"), m_maxTutors);
    m_maxTutors->setSuffix(tr(" tutors"));
    m_first->setAccessibleName(tr("First name"));
    m_last->setAccessibleName(tr("Last name"));
    m_title->setAccessibleName(tr("Title"));
    m_email->setAccessibleName(tr("Email"));
    m_phone->setAccessibleName(tr("Phone"));
    m_maxTutors->setAccessibleName(tr("Most tutors this supervisor can coach"));
    layout->addLayout(form);

    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a4262c;")); // dark red, as elsewhere
    m_problem->setAccessibleName(tr("Why the supervisor was not saved"));
    m_problem->hide();
    layout->addWidget(m_problem);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SupervisorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(420);
}

SupervisorDialog::~SupervisorDialog() = default;

SupervisorRecord SupervisorDialog::record() const
{
    SupervisorRecord s = m_original;
    s.firstName = m_first->text().trimmed();
    s.lastName = m_last->text().trimmed();
    s.title = m_title->text().trimmed();
    s.email = m_email->text().trimmed();
    s.phone = m_phone->text().trimmed();
    s.maxTutors = m_maxTutors->value();
    return s;
}

void SupervisorDialog::accept()
{
    Result<std::int64_t> saved = Error{};
    try {
        saved = Supervisors::save(m_store, record());
    } catch (const StoreError& e) {
        saved = Error{tr("The supervisor could not be saved: %1").arg(e.message())};
    }
    if (!saved) {
        m_problem->setText(saved.error().message);
        m_problem->show();
        return;
    }
    m_savedId = saved.value();
    QDialog::accept();
}

} // namespace tutordesk
