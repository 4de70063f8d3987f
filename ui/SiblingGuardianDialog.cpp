#include "SiblingGuardianDialog.h"

#include "LanguageNames.h"
#include "store/StoreError.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace tutordesk {

SiblingGuardianDialog::SiblingGuardianDialog(Store& store, std::int64_t studentId, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_studentId(studentId)
    , m_search(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_relationship(new QComboBox(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Add a Sibling's Guardian"));
    m_search->setPlaceholderText(tr("Name or phone"));
    m_search->setAccessibleName(tr("Search guardians by name or phone"));
    m_search->setClearButtonEnabled(true);
    m_list->setAccessibleName(tr("Guardians of other students"));
    for (const QString& code : Guardians::relationshipCodes())
        m_relationship->addItem(Guardians::relationshipTitle(code), code);
    m_relationship->setAccessibleName(tr("Relationship to this student"));

    auto* layout = new QVBoxLayout(this);
    auto* hint = new QLabel(tr("Guardians of other students who share this family's last name or a phone "
                               "number. Search to find someone else."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    auto* form = new QFormLayout;
    form->addRow(tr("&Search:"), m_search);
    layout->addLayout(form);
    layout->addWidget(m_list, 1);
    auto* relation = new QFormLayout;
    relation->addRow(tr("&Relationship:"), m_relationship);
    layout->addLayout(relation);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a4262c;")); // dark red, as elsewhere
    m_problem->hide();
    layout->addWidget(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_search, &QLineEdit::textChanged, this, &SiblingGuardianDialog::search);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < static_cast<int>(m_found.size())) {
            const int index = m_relationship->findData(m_found[static_cast<size_t>(row)].relationship);
            if (index >= 0)
                m_relationship->setCurrentIndex(index);
        }
    });
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    search();
    m_search->setFocus();
    setMinimumSize(460, 360);
}

SiblingGuardianDialog::~SiblingGuardianDialog() = default;

void SiblingGuardianDialog::search()
{
    m_list->clear();
    try {
        m_found = Guardians::candidates(m_store, m_studentId, m_search->text());
    } catch (const StoreError& e) {
        m_found.clear();
        m_problem->setText(tr("The guardians could not be read: %1").arg(e.message()));
        m_problem->show();
    }
    for (const GuardianRecord& g : m_found) {
        QString line = tr("%1 · %2").arg(g.displayName(), LanguageNames::displayName(g.preferredLanguage));
        if (!g.otherChildren.isEmpty())
            line = tr("%1 — guardian of %2").arg(line, g.otherChildren.join(QStringLiteral(", ")));
        m_list->addItem(line);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

bool SiblingGuardianDialog::save()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= static_cast<int>(m_found.size())) {
        m_problem->setText(tr("Choose a guardian in the list, or search for one by name or phone."));
        m_problem->show();
        return false;
    }
    Result<void> linked = Error{tr("The guardian could not be added.")};
    try {
        linked = Guardians::link(m_store, m_studentId, m_found[static_cast<size_t>(row)].id,
                                 m_relationship->currentData().toString());
    } catch (const StoreError& e) {
        linked = Error{tr("The guardian could not be added: %1").arg(e.message())};
    }
    if (!linked) {
        m_problem->setText(linked.error().message);
        m_problem->show();
        return false;
    }
    return true;
}

void SiblingGuardianDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace tutordesk
