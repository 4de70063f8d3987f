#include "TutorDialog.h"

#include "AvailabilityEditor.h"
#include "LanguageNames.h"
#include "OptionalDateEdit.h"
#include "placement/Subjects.h"
#include "schedule/Supervisors.h"
#include "schedule/Tutors.h"
#include "store/StoreError.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace tutordesk {

namespace {

// The languages of the families TutorDesk serves, offered whether or not a tutor speaks them yet.
const QStringList& commonLanguages()
{
    static const QStringList codes{QStringLiteral("en"), QStringLiteral("es"),      QStringLiteral("ko"),
                                   QStringLiteral("hy"), QStringLiteral("tl"),      QStringLiteral("vi"),
                                   QStringLiteral("ar"), QStringLiteral("zh-Hans"), QStringLiteral("zh-Hant"),
                                   QStringLiteral("ru"), QStringLiteral("fa")};
    return codes;
}

constexpr int codeRole = Qt::UserRole;

// The chosen codes, those the tutor had first in their order: an edit that changes nothing else
// leaves the record as it was.
QStringList keepingOrder(const QStringList& before, const QStringList& chosen)
{
    QStringList out;
    for (const QString& code : before) {
        if (chosen.contains(code))
            out << code;
    }
    for (const QString& code : chosen) {
        if (!out.contains(code))
            out << code;
    }
    return out;
}

} // namespace

TutorDialog::TutorDialog(Store& store, const TutorRecord& tutor, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_original(tutor)
    , m_first(new QLineEdit(tutor.firstName, this))
    , m_last(new QLineEdit(tutor.lastName, this))
    , m_type(new QComboBox(this))
    , m_email(new QLineEdit(tutor.email, this))
    , m_phone(new QLineEdit(tutor.phone, this))
    , m_status(new QComboBox(this))
    , m_supervisor(new QComboBox(this))
    , m_languages(new QListWidget(this))
    , m_availability(new AvailabilityEditor(this))
    , m_backgroundOn(new OptionalDateEdit(tr("Background check date"), this))
    , m_backgroundUntil(new OptionalDateEdit(tr("Background check valid until"), this))
    , m_tbOn(new OptionalDateEdit(tr("TB test date"), this))
    , m_tbUntil(new OptionalDateEdit(tr("TB test valid until"), this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tutor.id == 0 ? tr("Add Tutor") : tr("Edit %1").arg(tutor.displayName()));
    auto* layout = new QVBoxLayout(this);
    auto* columns = new QHBoxLayout;
    layout->addLayout(columns, 1);

    // Left: who the tutor is and whether they may work; right: what they offer.
    auto* form = new QFormLayout;
    columns->addLayout(form, 1);
    for (const QString& code : TutorText::typeCodes())
        m_type->addItem(TutorText::typeTitle(code), code);
    if (m_type->findData(tutor.type) < 0)
        m_type->addItem(TutorText::typeTitle(tutor.type), tutor.type);
    m_type->setCurrentIndex(m_type->findData(tutor.type));
    for (const QString& code : TutorText::statusCodes())
        m_status->addItem(TutorText::statusTitle(code), code);
    m_status->setCurrentIndex(std::max(0, m_status->findData(tutor.status)));
    m_status->setToolTip(tr("Substitute pool: not assigned to groups, offered when a tutor is out"));
    fillSupervisors();

    m_first->setAccessibleName(tr("First name"));
    m_last->setAccessibleName(tr("Last name"));
    m_type->setAccessibleName(tr("Type of tutor"));
    m_email->setAccessibleName(tr("Email"));
    m_phone->setAccessibleName(tr("Phone"));
    m_status->setAccessibleName(tr("Status"));
    m_supervisor->setAccessibleName(tr("Supervisor"));
    form->addRow(tr("&First name:"), m_first);
    form->addRow(tr("&Last name:"), m_last);
    form->addRow(tr("T&ype:"), m_type);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("P&hone:"), m_phone);
    form->addRow(tr("St&atus:"), m_status);
    form->addRow(tr("S&upervisor:"), m_supervisor);
    form->addRow(tr("Subjects:"), makeSubjects());

    auto* clearances = new QGroupBox(tr("Clearances"), this);
    auto* clearanceForm = new QFormLayout(clearances);
    const QDate today = QDate::currentDate();
    m_backgroundOn->setDate(tutor.backgroundCheckOn, today);
    m_backgroundUntil->setDate(tutor.backgroundCheckUntil, today.addYears(2));
    m_tbOn->setDate(tutor.tbTestOn, today);
    m_tbUntil->setDate(tutor.tbTestUntil, today.addYears(4));
    clearanceForm->addRow(tr("&Background check on:"), m_backgroundOn);
    clearanceForm->addRow(tr("Background check &valid until:"), m_backgroundUntil);
    clearanceForm->addRow(tr("&TB test on:"), m_tbOn);
    clearanceForm->addRow(tr("TB test valid u&ntil:"), m_tbUntil);
    form->addRow(clearances);

    auto* right = new QVBoxLayout;
    columns->addLayout(right, 1);
    auto* languages = new QGroupBox(tr("Lan&guages the tutor speaks"), this);
    auto* languagesLayout = new QVBoxLayout(languages);
    m_languages->setAccessibleName(tr("Languages the tutor speaks"));
    m_languages->setToolTip(tr("Tick every language the tutor can speak with students and families"));
    languagesLayout->addWidget(m_languages);
    fillLanguages(tutor.languages);
    right->addWidget(languages, 1);
    auto* availability = new QGroupBox(tr("When the tutor can teach each week"), this);
    auto* availabilityLayout = new QVBoxLayout(availability);
    availabilityLayout->addWidget(m_availability);
    m_availability->setWindows(tutor.availability);
    right->addWidget(availability, 1);

    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a4262c;")); // dark red, as elsewhere
    m_problem->setAccessibleName(tr("What to change before saving"));
    m_problem->hide();
    layout->addWidget(m_problem);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &TutorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    for (QLineEdit* edit : {m_first, m_last, m_email, m_phone})
        connect(edit, &QLineEdit::textChanged, this, &TutorDialog::revalidate);
    for (QComboBox* box : {m_type, m_status, m_supervisor})
        connect(box, &QComboBox::currentIndexChanged, this, &TutorDialog::revalidate);
    for (OptionalDateEdit* date : {m_backgroundOn, m_backgroundUntil, m_tbOn, m_tbUntil})
        connect(date, &OptionalDateEdit::dateChanged, this, &TutorDialog::revalidate);
    connect(m_languages, &QListWidget::itemChanged, this, &TutorDialog::revalidate);
    resize(860, 600);
}

TutorDialog::~TutorDialog() = default;

QWidget* TutorDialog::makeSubjects()
{
    auto* box = new QWidget(this);
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    for (const QString& subject : {QStringLiteral("reading"), QStringLiteral("math"),
                                   QStringLiteral("writing"), QStringLiteral("other")}) {
        auto* check = new QCheckBox(Subjects::title(subject), box);
        check->setChecked(m_original.subjects.contains(subject));
        check->setAccessibleName(tr("Teaches %1").arg(Subjects::title(subject)));
        connect(check, &QCheckBox::toggled, this, &TutorDialog::revalidate);
        row->addWidget(check);
        m_subjects[subject] = check;
    }
    row->addStretch();
    return box;
}

QCheckBox* TutorDialog::subjectBox(const QString& subject) const
{
    const auto it = m_subjects.find(subject);
    return it == m_subjects.end() ? nullptr : it->second;
}

void TutorDialog::fillSupervisors()
{
    m_supervisor->addItem(tr("None"), QVariant());
    std::vector<SupervisorRecord> supervisors;
    try {
        supervisors = Supervisors::list(m_store);
    } catch (const StoreError& e) {
        showProblem(tr("The supervisors could not be read: %1").arg(e.message()));
    }
    for (const SupervisorRecord& s : supervisors) {
        const QString name =
            s.title.isEmpty() ? s.displayName() : tr("%1 (%2)", "name (title)").arg(s.displayName(), s.title);
        m_supervisor->addItem(name, QVariant::fromValue<qlonglong>(s.id));
    }
    if (m_original.supervisorId)
        m_supervisor->setCurrentIndex(
            std::max(0, m_supervisor->findData(QVariant::fromValue<qlonglong>(*m_original.supervisorId))));
}

void TutorDialog::fillLanguages(const QStringList& chosen)
{
    QStringList codes = commonLanguages();
    for (const QString& code : chosen) {
        if (!codes.contains(code))
            codes << code; // a language the tutor has that the list does not offer stays theirs
    }
    for (const QString& code : codes) {
        auto* item = new QListWidgetItem(LanguageNames::displayName(code), m_languages);
        item->setData(codeRole, code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(chosen.contains(code) ? Qt::Checked : Qt::Unchecked);
    }
}

TutorRecord TutorDialog::record() const
{
    TutorRecord t = m_original;
    t.firstName = m_first->text().trimmed();
    t.lastName = m_last->text().trimmed();
    t.type = m_type->currentData().toString();
    t.email = m_email->text().trimmed();
    t.phone = m_phone->text().trimmed();
    t.status = m_status->currentData().toString();
    const QVariant supervisor = m_supervisor->currentData();
    t.supervisorId =
        supervisor.isValid() ? std::optional<std::int64_t>(supervisor.toLongLong()) : std::nullopt;
    QStringList subjects;
    for (const QString& subject : {QStringLiteral("reading"), QStringLiteral("math"),
                                   QStringLiteral("writing"), QStringLiteral("other")}) {
        if (m_subjects.at(subject)->isChecked())
            subjects << subject;
    }
    t.subjects = keepingOrder(m_original.subjects, subjects);
    QStringList languages;
    for (int i = 0; i < m_languages->count(); ++i) {
        if (m_languages->item(i)->checkState() == Qt::Checked)
            languages << m_languages->item(i)->data(codeRole).toString();
    }
    t.languages = keepingOrder(m_original.languages, languages);
    t.availability = m_availability->windows();
    t.backgroundCheckOn = m_backgroundOn->date();
    t.backgroundCheckUntil = m_backgroundUntil->date();
    t.tbTestOn = m_tbOn->date();
    t.tbTestUntil = m_tbUntil->date();
    return t;
}

void TutorDialog::showProblem(const QString& message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

void TutorDialog::revalidate()
{
    if (!m_triedToSave)
        return; // no red words while the coordinator is still typing the first time
    const Result<void> valid = Tutors::validate(record());
    showProblem(valid ? QString() : valid.error().message);
}

void TutorDialog::accept()
{
    m_triedToSave = true;
    const TutorRecord tutor = record();
    const Result<void> valid = Tutors::validate(tutor);
    if (!valid) {
        showProblem(valid.error().message);
        return;
    }
    Result<std::int64_t> saved = Error{};
    try {
        saved = Tutors::save(m_store, tutor);
    } catch (const StoreError& e) {
        saved = Error{tr("The tutor could not be saved: %1").arg(e.message())};
    }
    if (!saved) {
        showProblem(saved.error().message);
        return;
    }
    m_savedId = saved.value();
    QDialog::accept();
}

} // namespace tutordesk
