#include "SchoolDetailsEditor.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace tutordesk {

SchoolDetailsEditor::SchoolDetailsEditor(QWidget* parent)
    : QWidget(parent)
    , m_name(new QLineEdit(this))
    , m_address(new QPlainTextEdit(this))
    , m_phone(new QLineEdit(this))
    , m_coordinator(new QLineEdit(this))
{
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("Families read these on every letter: the school's name, address and phone at the "
                      "top, and whom to call at the bottom."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_address->setTabChangesFocus(true);
    m_address->setFixedHeight(m_address->fontMetrics().lineSpacing() * 3 + 12);
    m_phone->setPlaceholderText(tr("(213) 555-0142"));
    m_coordinator->setPlaceholderText(tr("Your name as families know it"));
    m_name->setAccessibleName(tr("School name"));
    m_address->setAccessibleName(tr("School address"));
    m_phone->setAccessibleName(tr("Phone number families call"));
    m_coordinator->setAccessibleName(tr("Tutoring coordinator"));
    form->addRow(tr("School &name:"), m_name);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Phone families call:"), m_phone);
    form->addRow(tr("Tutoring &coordinator:"), m_coordinator);
    layout->addLayout(form);
    layout->addStretch(1);
}

SchoolDetailsEditor::~SchoolDetailsEditor() = default;

void SchoolDetailsEditor::setDetails(const SchoolInfo& info)
{
    m_loaded = info;
    m_name->setText(info.name);
    m_address->setPlainText(info.address);
    m_phone->setText(info.phone);
    m_coordinator->setText(info.coordinator);
}

SchoolInfo SchoolDetailsEditor::details() const
{
    SchoolInfo info = m_loaded;
    info.name = m_name->text().trimmed();
    info.address = m_address->toPlainText().trimmed();
    info.phone = m_phone->text().trimmed();
    info.coordinator = m_coordinator->text().trimmed();
    return info;
}

bool SchoolDetailsEditor::isChanged() const
{
    const SchoolInfo now = details();
    return now.name != m_loaded.name || now.address != m_loaded.address || now.phone != m_loaded.phone ||
           now.coordinator != m_loaded.coordinator;
}

} // namespace tutordesk
