#include "GuardianEditor.h"

#include "LanguageNames.h"
#include "letters/LetterLanguages.h"
#include "store/StoreError.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tutordesk {

namespace {

void selectData(QComboBox* box, const QString& code)
{
    const int index = box->findData(code);
    if (index >= 0)
        box->setCurrentIndex(index);
}

QLineEdit* lineEdit(QWidget* parent, const QString& accessibleName, const QString& text)
{
    auto* edit = new QLineEdit(text, parent);
    edit->setAccessibleName(accessibleName);
    return edit;
}

} // namespace

GuardianEditor::GuardianEditor(Store& store, std::int64_t studentId, const GuardianRecord& guardian,
                               QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_studentId(studentId)
    , m_original(guardian)
    , m_first(lineEdit(this, tr("First name"), guardian.firstName))
    , m_last(lineEdit(this, tr("Last name"), guardian.lastName))
    , m_relationship(new QComboBox(this))
    , m_primary(new QCheckBox(tr("&Primary contact for this student"), this))
    , m_mobile(lineEdit(this, tr("Mobile phone"), guardian.phoneMobile))
    , m_home(lineEdit(this, tr("Home phone"), guardian.phoneHome))
    , m_work(lineEdit(this, tr("Work phone"), guardian.phoneWork))
    , m_email(lineEdit(this, tr("E-mail"), guardian.email))
    , m_language(new QComboBox(this))
    , m_method(new QComboBox(this))
    , m_consent(new QCheckBox(tr("Consents to &text messages"), this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(guardian.id == 0 ? tr("Add Guardian")
                                    : tr("Edit Guardian — %1").arg(guardian.displayName()));
    for (const QString& code : Guardians::relationshipCodes())
        m_relationship->addItem(Guardians::relationshipTitle(code), code);
    selectData(m_relationship, guardian.relationship);
    m_relationship->setAccessibleName(tr("Relationship to the student"));
    m_primary->setChecked(guardian.isPrimary);
    m_primary->setToolTip(tr("The guardian letters are addressed to and calls go to first"));

    // The letter languages by name; a family's other language (Hmong, Punjabi) is typed as a code.
    m_language->setEditable(true);
    m_language->setInsertPolicy(QComboBox::NoInsert);
    for (const QString& code : LetterLanguages::codes())
        m_language->addItem(LanguageNames::displayName(code), code);
    m_language->setAccessibleName(tr("Preferred language"));
    m_language->setToolTip(tr("Choose a language, or type a language code such as \"hmn\" for Hmong. Letters "
                              "are printed in the listed languages; others get English letters."));
    setLanguage(guardian.preferredLanguage);

    for (const QString& code : Guardians::methodCodes())
        m_method->addItem(Guardians::methodTitle(code), code);
    selectData(m_method, guardian.preferredMethod);
    m_method->setAccessibleName(tr("Preferred contact method"));
    m_consent->setChecked(guardian.consentToTexts);
    m_consent->setToolTip(tr("Texts are sent only to a mobile phone, and only with the family's consent"));

    m_mobile->setPlaceholderText(tr("e.g. (323) 555-0101"));
    m_email->setPlaceholderText(tr("e.g. maria@example.com"));

    auto* layout = new QVBoxLayout(this);
    if (!guardian.otherChildren.isEmpty()) {
        auto* children = new QLabel(tr("Also the guardian of: %1. Changes to the phones, e-mail and "
                                       "language apply to these children too.")
                                        .arg(guardian.otherChildren.join(QStringLiteral(", "))),
                                    this);
        children->setWordWrap(true);
        children->setTextFormat(Qt::PlainText);
        layout->addWidget(children);
    }
    auto* form = new QFormLayout;
    form->addRow(tr("&First name:"), m_first);
    form->addRow(tr("&Last name:"), m_last);
    form->addRow(tr("&Relationship:"), m_relationship);
    form->addRow(QString(), m_primary);
    form->addRow(tr("&Mobile phone:"), m_mobile);
    form->addRow(tr("&Home phone:"), m_home);
    form->addRow(tr("&Work phone:"), m_work);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("Lan&guage:"), m_language);
    form->addRow(tr("&Contact by:"), m_method);
    form->addRow(QString(), m_consent);
    layout->addLayout(form);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setStyleSheet(QStringLiteral("color: #a4262c;")); // dark red, as elsewhere
    m_problem->setAccessibleName(tr("Why the guardian was not saved"));
    m_problem->hide();
    layout->addWidget(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_first->setFocus();
    setMinimumWidth(440);
}

GuardianEditor::~GuardianEditor() = default;

void GuardianEditor::setLanguage(const QString& code)
{
    const QString wanted = code.trimmed().isEmpty() ? QStringLiteral("en") : code.trimmed();
    if (m_language->findData(wanted) < 0)
        m_language->addItem(LanguageNames::displayName(wanted), wanted);
    selectData(m_language, wanted);
}

QString GuardianEditor::languageCode() const
{
    const QString text = m_language->currentText().trimmed();
    // The shown name of an item means its code; anything else typed is taken as a code.
    const int index = m_language->findText(text, Qt::MatchFixedString);
    if (index >= 0)
        return m_language->itemData(index).toString();
    const int byCode = m_language->findData(text);
    if (byCode >= 0)
        return m_language->itemData(byCode).toString();
    return text;
}

GuardianRecord GuardianEditor::record() const
{
    GuardianRecord g = m_original;
    g.firstName = m_first->text();
    g.lastName = m_last->text();
    g.relationship = m_relationship->currentData().toString();
    g.isPrimary = m_primary->isChecked();
    g.phoneMobile = m_mobile->text();
    g.phoneHome = m_home->text();
    g.phoneWork = m_work->text();
    g.email = m_email->text();
    g.preferredLanguage = languageCode();
    g.preferredMethod = m_method->currentData().toString();
    g.consentToTexts = m_consent->isChecked();
    return g;
}

bool GuardianEditor::save()
{
    Result<std::int64_t> saved = Error{tr("The guardian could not be saved.")};
    try {
        saved = Guardians::save(m_store, m_studentId, record());
    } catch (const StoreError& e) {
        saved = Error{tr("The guardian could not be saved: %1").arg(e.message())};
    }
    if (!saved) {
        m_problem->setText(saved.error().message);
        m_problem->show();
        return false;
    }
    m_problem->hide();
    m_savedId = saved.value();
    return true;
}

void GuardianEditor::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace tutordesk
