#include "LogContactDialog.h"

#include "LanguageNames.h"
#include "OptionalDateEdit.h"
#include "families/ContactLog.h"
#include "store/StoreError.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tutordesk {

namespace {

// The home languages of DESIGN.md; a family's other language is added to them.
const QStringList& commonLanguages()
{
    static const QStringList codes = {
        QStringLiteral("en"), QStringLiteral("es"),      QStringLiteral("ko"),     QStringLiteral("hy"),
        QStringLiteral("tl"), QStringLiteral("vi"),      QStringLiteral("ar"),     QStringLiteral("ru"),
        QStringLiteral("fa"), QStringLiteral("zh-Hans"), QStringLiteral("zh-Hant")};
    return codes;
}

void selectData(QComboBox* box, const QString& code)
{
    const int index = box->findData(code);
    if (index >= 0)
        box->setCurrentIndex(index);
}

} // namespace

LogContactDialog::LogContactDialog(Store& store, const DueAction& action, const QDate& today, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_action(action)
    , m_today(today)
    , m_method(new QComboBox(this))
    , m_outcome(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_notes(new QLineEdit(this))
    , m_interpreter(new QCheckBox(tr("An &interpreter helped"), this))
    , m_followUp(new OptionalDateEdit(tr("Follow-up date"), this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Log Contact — %1").arg(action.studentName));
    const FamilyContactCard& family = action.family;

    for (const QString& code : ContactLog::methodCodes())
        m_method->addItem(ContactLog::methodTitle(code), code);
    for (const QString& code : ContactLog::outcomeCodes())
        m_outcome->addItem(ContactLog::outcomeTitle(code), code);
    QStringList languages = commonLanguages();
    if (!family.language.isEmpty() && !languages.contains(family.language))
        languages.prepend(family.language);
    for (const QString& code : languages)
        m_language->addItem(LanguageNames::displayName(code), code);
    selectData(m_method, family.contactMethod == QLatin1String("text") || family.contactMethod.isEmpty()
                             ? QStringLiteral("phone")
                             : family.contactMethod);
    selectData(m_outcome, QStringLiteral("reached"));
    selectData(m_language, family.language.isEmpty() ? QStringLiteral("en") : family.language);
    m_notes->setPlaceholderText(tr("e.g. will attend Thursday"));
    m_followUp->setDate(QDate(), today.addDays(7));
    m_followUp->recordedBox()->setText(tr("Contact again on"));

    auto* layout = new QVBoxLayout(this);
    QString who = family.name.isEmpty() ? tr("No guardian on file") : family.name;
    if (!family.relationship.isEmpty())
        who = tr("%1 (%2)").arg(who, family.relationship);
    if (!family.phone.isEmpty())
        who = tr("%1 · %2").arg(who, family.phone);
    auto* heading = new QLabel(tr("About %1: %2").arg(action.studentName, who), this);
    heading->setWordWrap(true);
    heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(heading);
    auto* form = new QFormLayout;
    form->addRow(tr("&Method:"), m_method);
    form->addRow(tr("&Outcome:"), m_outcome);
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
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save and Resolve"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    // The outcome is the one choice most calls change; the note follows it.
    m_outcome->setFocus();
    setMinimumWidth(460);
}

LogContactDialog::~LogContactDialog() = default;

bool LogContactDialog::save()
{
    ContactEntry entry;
    entry.studentId = m_action.studentId.value_or(0);
    entry.guardianId = m_action.family.guardianId;
    entry.at = QDateTime(m_today, QTime::currentTime());
    entry.method = m_method->currentData().toString();
    entry.outcome = m_outcome->currentData().toString();
    entry.language = m_language->currentData().toString();
    entry.interpreterUsed = m_interpreter->isChecked();
    entry.purpose = QStringLiteral("missed_session");
    entry.notes = m_notes->text().trimmed();
    if (m_followUp->date().isValid())
        entry.followUpOn = m_followUp->date();
    Result<std::int64_t> added = Error{tr("The contact could not be saved.")};
    try {
        added = ContactLog::add(m_store, entry, m_action.id, m_today);
    } catch (const StoreError& e) {
        added = Error{tr("The contact could not be saved: %1").arg(e.message())};
    }
    if (!added) {
        m_problem->setText(added.error().message);
        m_problem->show();
        return false;
    }
    Q_EMIT logged(tr("Logged a contact about %1 (%2, %3). Resolved: %4.")
                      .arg(m_action.studentName, m_method->currentText(), m_outcome->currentText(),
                           ProtocolRuleNames::title(m_action.rule)));
    return true;
}

void LogContactDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace tutordesk
