#include "ContactEditDialog.h"

#include "LanguageNames.h"
#include "OptionalDateEdit.h"
#include "families/Guardians.h"
#include "store/StoreError.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tutordesk {

namespace {

QStringList commonLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("es"),      QStringLiteral("ko"),     QStringLiteral("hy"),
            QStringLiteral("tl"), QStringLiteral("vi"),      QStringLiteral("ar"),     QStringLiteral("ru"),
            QStringLiteral("fa"), QStringLiteral("zh-Hans"), QStringLiteral("zh-Hant")};
}

void selectData(QComboBox* box, const QVariant& value)
{
    const int index = box->findData(value);
    if (index >= 0)
        box->setCurrentIndex(index);
}

QComboBox* codeBox(const QStringList& codes, QString (*title)(const QString&), QWidget* parent)
{
    auto* box = new QComboBox(parent);
    for (const QString& code : codes)
        box->addItem(title(code), code);
    return box;
}

} // namespace

ContactEditDialog::ContactEditDialog(Store& store, std::int64_t contactId, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_when(new QDateTimeEdit(this))
    , m_guardian(new QComboBox(this))
    , m_method(codeBox(ContactLog::methodCodes(), &ContactLog::methodTitle, this))
    , m_direction(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_interpreter(new QCheckBox(tr("An &interpreter helped"), this))
    , m_purpose(codeBox(ContactLog::purposeCodes(), &ContactLog::purposeTitle, this))
    , m_outcome(codeBox(ContactLog::outcomeCodes(), &ContactLog::outcomeTitle, this))
    , m_notes(new QPlainTextEdit(this))
    , m_followUp(new OptionalDateEdit(tr("Follow-up date"), this))
    , m_by(new QLineEdit(this))
    , m_reason(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    m_direction->addItem(tr("Outgoing (we contacted the family)"), QStringLiteral("outgoing"));
    m_direction->addItem(tr("Incoming (the family contacted us)"), QStringLiteral("incoming"));
    m_when->setCalendarPopup(true);
    m_when->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_notes->setTabChangesFocus(true); // Tab moves on, as in every other field
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);
    m_followUp->recordedBox()->setText(tr("Contact again on"));
    m_reason->setPlaceholderText(tr("e.g. the wrong outcome was picked"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a4262c;"));
    m_problem->hide();

    auto* form = new QFormLayout;
    const auto row = [&](const QString& label, QWidget* field, const QString& accessibleName) {
        auto* text = new QLabel(label, this);
        text->setBuddy(field);
        field->setAccessibleName(accessibleName);
        form->addRow(text, field);
    };
    row(tr("&When:"), m_when, tr("Date and time of the contact"));
    row(tr("&Guardian:"), m_guardian, tr("Guardian"));
    row(tr("&Method:"), m_method, tr("Method"));
    row(tr("&Direction:"), m_direction, tr("Direction"));
    row(tr("&Language:"), m_language, tr("Language"));
    form->addRow(QString(), m_interpreter);
    row(tr("&Purpose:"), m_purpose, tr("Purpose"));
    row(tr("&Outcome:"), m_outcome, tr("Outcome"));
    row(tr("&Notes:"), m_notes, tr("Notes"));
    row(tr("&Follow-up:"), m_followUp, tr("Follow-up date"));
    row(tr("&By:"), m_by, tr("Logged by"));
    row(tr("Why are you changing this &record?"), m_reason, tr("Reason for the change"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setDefault(true);
    m_delete = buttons->addButton(tr("&Delete…"), QDialogButtonBox::DestructiveRole);
    m_delete->setToolTip(tr("Remove a contact logged by mistake (the audit log keeps it and your reason)"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ContactEditDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ContactEditDialog::reject);
    connect(m_delete, &QPushButton::clicked, this, &ContactEditDialog::removeRequested);
    connect(m_reason, &QLineEdit::textChanged, this, &ContactEditDialog::updateSaveButton);

    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(this);
    heading->setWordWrap(true);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    if (auto entry = ContactLog::find(store, contactId)) {
        m_found = true;
        m_entry = *entry;
        fill(*entry);
        setWindowTitle(tr("Edit Contact"));
        heading->setText(tr("A contact logged on %1. Every change is kept in the audit log with its reason.")
                             .arg(QLocale().toString(entry->at, QLocale::LongFormat)));
    } else {
        setWindowTitle(tr("Edit Contact"));
        heading->setText(tr("This contact is no longer in the log (it may have been deleted). Close this "
                            "window and reload the page."));
        for (QWidget* w : std::initializer_list<QWidget*>{m_when, m_guardian, m_method, m_direction,
                                                          m_language, m_interpreter, m_purpose, m_outcome,
                                                          m_notes, m_followUp, m_by, m_reason, m_delete})
            w->setEnabled(false);
    }
    updateSaveButton();
}

ContactEditDialog::~ContactEditDialog() = default;

void ContactEditDialog::fill(const ContactEntry& e)
{
    m_when->setDateTime(e.at);
    m_guardian->addItem(tr("No guardian named"), QVariant());
    try {
        for (const GuardianRecord& g : Guardians::forStudent(m_store, e.studentId))
            m_guardian->addItem(g.displayName(), QVariant::fromValue(static_cast<qint64>(g.id)));
    } catch (const StoreError&) {
        // The list is a convenience: the contact's own guardian is added below whatever happens.
    }
    if (e.guardianId) {
        const QVariant id = QVariant::fromValue(static_cast<qint64>(*e.guardianId));
        if (m_guardian->findData(id) < 0)
            m_guardian->addItem(e.guardianName, id);
        selectData(m_guardian, id);
    }
    QStringList languages = commonLanguages();
    if (!languages.contains(e.language))
        languages.prepend(e.language);
    for (const QString& code : languages)
        m_language->addItem(LanguageNames::displayName(code), code);
    selectData(m_method, e.method);
    selectData(m_direction, e.direction);
    selectData(m_language, e.language);
    m_interpreter->setChecked(e.interpreterUsed);
    selectData(m_purpose, e.purpose);
    selectData(m_outcome, e.outcome);
    m_notes->setPlainText(e.notes);
    m_followUp->setDate(e.followUpOn.value_or(QDate()), e.at.date().addDays(7));
    m_by->setText(e.byWhom);
}

ContactEntry ContactEditDialog::edited() const
{
    ContactEntry e = m_entry;
    e.at = m_when->dateTime();
    const QVariant guardian = m_guardian->currentData();
    if (guardian.isValid())
        e.guardianId = guardian.toLongLong();
    else
        e.guardianId.reset();
    e.method = m_method->currentData().toString();
    e.direction = m_direction->currentData().toString();
    e.language = m_language->currentData().toString();
    e.interpreterUsed = m_interpreter->isChecked();
    e.purpose = m_purpose->currentData().toString();
    e.outcome = m_outcome->currentData().toString();
    e.notes = m_notes->toPlainText();
    const QDate followUp = m_followUp->date();
    if (followUp.isValid())
        e.followUpOn = followUp;
    else
        e.followUpOn.reset();
    e.byWhom = m_by->text();
    return e;
}

void ContactEditDialog::updateSaveButton()
{
    const bool ready = m_found && !m_reason->text().trimmed().isEmpty();
    m_save->setEnabled(ready);
    m_save->setToolTip(ready ? QString() : tr("Say why you are changing this record first"));
}

bool ContactEditDialog::save()
{
    if (!m_found)
        return false;
    const auto saved = ContactLog::update(m_store, edited(), m_reason->text());
    if (!saved.ok()) {
        m_problem->setText(saved.error().message);
        m_problem->show();
        return false;
    }
    Q_EMIT changed(
        tr("Changed the contact of %1.").arg(QLocale().toString(m_when->dateTime(), QLocale::ShortFormat)));
    return true;
}

void ContactEditDialog::accept()
{
    if (save())
        QDialog::accept();
}

void ContactEditDialog::removeRequested()
{
    const QString description = QLocale().toString(m_entry.at, QLocale::ShortFormat);
    askToRemove(m_store, m_entry.id, description, this, [this](const QString& refusal) {
        if (!refusal.isEmpty()) {
            m_problem->setText(refusal);
            m_problem->show();
            return;
        }
        Q_EMIT changed(
            tr("Deleted the contact of %1.").arg(QLocale().toString(m_entry.at, QLocale::ShortFormat)));
        QDialog::accept();
    });
}

QInputDialog* ContactEditDialog::askToRemove(Store& store, std::int64_t contactId, const QString& description,
                                             QWidget* parent, std::function<void(const QString&)> done)
{
    auto* ask = new QInputDialog(parent);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowTitle(tr("Delete Contact"));
    ask->setLabelText(tr("Delete the contact of %1? The audit log keeps it with your reason.\n\n"
                         "Why are you deleting this record?")
                          .arg(description));
    ask->setOkButtonText(tr("Delete"));
    ask->setInputMode(QInputDialog::TextInput);
    ask->setAccessibleName(tr("Reason for deleting the contact"));
    ask->setWindowModality(Qt::WindowModal);
    QObject::connect(ask, &QInputDialog::textValueSelected, parent,
                     [&store, contactId, done = std::move(done)](const QString& reason) {
                         const auto removed = ContactLog::remove(store, contactId, reason);
                         done(removed.ok() ? QString() : removed.error().message);
                     });
    ask->open();
    return ask;
}

} // namespace tutordesk
