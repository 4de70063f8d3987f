#include "StudentContactDialog.h"

#include "LanguageNames.h"
#include "OptionalDateEdit.h"
#include "families/ContactLog.h"
#include "letters/LetterLanguages.h"
#include "store/StoreError.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

namespace tutordesk {

namespace {

void selectData(QComboBox* box, const QString& code)
{
    const int index = box->findData(code);
    if (index >= 0)
        box->setCurrentIndex(index);
}

} // namespace

StudentContactDialog::StudentContactDialog(Store& store, std::int64_t studentId, const QString& studentName,
                                           std::vector<GuardianRecord> guardians, const QDate& today,
                                           QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_studentId(studentId)
    , m_guardians(std::move(guardians))
    , m_guardian(new QComboBox(this))
    , m_when(new QDateTimeEdit(this))
    , m_method(new QComboBox(this))
    , m_direction(new QComboBox(this))
    , m_outcome(new QComboBox(this))
    , m_purpose(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_interpreter(new QCheckBox(tr("An &interpreter helped"), this))
    , m_notes(new QLineEdit(this))
    , m_followUp(new OptionalDateEdit(tr("Follow-up date"), this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Log Contact — %1").arg(studentName));
    for (const GuardianRecord& g : m_guardians)
        m_guardian->addItem(tr("%1 (%2)").arg(g.displayName(), Guardians::relationshipTitle(g.relationship)),
                            QVariant::fromValue(g.id));
    m_guardian->addItem(tr("No guardian (someone else)"), QVariant());
    m_guardian->setAccessibleName(tr("Guardian contacted"));
    // Now, on the program's day: a contact logged while testing another day lands on that day.
    m_when->setDateTime(QDateTime(today, QTime::currentTime()));
    m_when->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_when->setAccessibleName(tr("Date and time of the contact"));
    for (const QString& code : ContactLog::methodCodes())
        m_method->addItem(ContactLog::methodTitle(code), code);
    m_method->setAccessibleName(tr("Method"));
    m_direction->addItem(tr("We contacted the family"), QStringLiteral("outgoing"));
    m_direction->addItem(tr("The family contacted us"), QStringLiteral("incoming"));
    m_direction->setAccessibleName(tr("Direction"));
    for (const QString& code : ContactLog::outcomeCodes())
        m_outcome->addItem(ContactLog::outcomeTitle(code), code);
    selectData(m_outcome, QStringLiteral("reached"));
    m_outcome->setAccessibleName(tr("Outcome"));
    for (const QString& code : ContactLog::purposeCodes())
        m_purpose->addItem(ContactLog::purposeTitle(code), code);
    selectData(m_purpose, QStringLiteral("general"));
    m_purpose->setAccessibleName(tr("Purpose"));
    for (const QString& code : LetterLanguages::codes())
        m_language->addItem(LanguageNames::displayName(code), code);
    m_language->setAccessibleName(tr("Language of the contact"));
    m_notes->setPlaceholderText(tr("e.g. asked about reading at home"));
    m_notes->setAccessibleName(tr("Notes"));
    m_followUp->setDate(QDate(), today.addDays(7));
    m_followUp->recordedBox()->setText(tr("Contact again on"));

    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->addRow(tr("&Guardian:"), m_guardian);
    form->addRow(tr("&When:"), m_when);
    form->addRow(tr("&Method:"), m_method);
    form->addRow(tr("&Direction:"), m_direction);
    form->addRow(tr("&Outcome:"), m_outcome);
    form->addRow(tr("&Purpose:"), m_purpose);
    form->addRow(tr("&Notes:"), m_notes);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_interpreter);
    form->addRow(tr("&Follow-up:"), m_followUp);
    layout->addLayout(form);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a4262c;")); // dark red, as elsewhere
    m_problem->hide();
    layout->addWidget(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_guardian, &QComboBox::currentIndexChanged, this, &StudentContactDialog::guardianChosen);
    guardianChosen();
    m_outcome->setFocus();
    setMinimumWidth(460);
}

StudentContactDialog::~StudentContactDialog() = default;

// The family's own language and way of being reached, as the starting point.
void StudentContactDialog::guardianChosen()
{
    const int index = m_guardian->currentIndex();
    if (index < 0 || index >= static_cast<int>(m_guardians.size()))
        return;
    const GuardianRecord& g = m_guardians[static_cast<size_t>(index)];
    QString language = LetterLanguages::normalize(g.preferredLanguage);
    if (language.isEmpty())
        language = g.preferredLanguage;
    if (m_language->findData(language) < 0 && !language.isEmpty())
        m_language->addItem(LanguageNames::displayName(language), language);
    selectData(m_language, language);
    selectData(m_method, g.preferredMethod);
}

bool StudentContactDialog::save()
{
    ContactEntry entry;
    entry.studentId = m_studentId;
    if (const QVariant id = m_guardian->currentData(); id.isValid())
        entry.guardianId = id.toLongLong();
    entry.at = m_when->dateTime();
    entry.method = m_method->currentData().toString();
    entry.direction = m_direction->currentData().toString();
    entry.outcome = m_outcome->currentData().toString();
    entry.purpose = m_purpose->currentData().toString();
    entry.language = m_language->currentData().toString();
    entry.interpreterUsed = m_interpreter->isChecked();
    entry.notes = m_notes->text().trimmed();
    if (m_followUp->date().isValid())
        entry.followUpOn = m_followUp->date();
    Result<std::int64_t> added = Error{tr("The contact could not be saved.")};
    try {
        added = ContactLog::add(m_store, entry, std::nullopt, m_when->date());
    } catch (const StoreError& e) {
        added = Error{tr("The contact could not be saved: %1").arg(e.message())};
    }
    if (!added) {
        m_problem->setText(added.error().message);
        m_problem->show();
        return false;
    }
    return true;
}

void StudentContactDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace tutordesk
