#include "OneRosterBox.h"

#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace tutordesk {

OneRosterBox::OneRosterBox(QWidget* parent)
    : QGroupBox(tr("OneRoster export"), parent)
    , m_org(new QLineEdit(this))
    , m_flags(new QLineEdit(this))
{
    auto* form = new QFormLayout(this);
    m_org->setPlaceholderText(tr("Only needed when the export holds several schools"));
    m_org->setAccessibleName(tr("School ID in the export"));
    form->addRow(tr("School ID (&sourcedId):"), m_org);

    auto* flagsRow = new QHBoxLayout;
    m_flags->setPlaceholderText(tr("Optional: a CSV with EL status, IEP and other student groups"));
    m_flags->setAccessibleName(tr("Student groups file"));
    m_flags->setClearButtonEnabled(true);
    auto* choose = new QPushButton(tr("Choose…"), this);
    choose->setAccessibleName(tr("Choose the student groups file"));
    flagsRow->addWidget(m_flags, 1);
    flagsRow->addWidget(choose);
    form->addRow(tr("Student &groups file:"), flagsRow);

    connect(choose, &QPushButton::clicked, this, &OneRosterBox::chooseFlagsFile);
    connect(m_org, &QLineEdit::textChanged, this, &OneRosterBox::changed);
    connect(m_flags, &QLineEdit::textChanged, this, &OneRosterBox::changed);
}

OneRosterBox::~OneRosterBox() = default;

QString OneRosterBox::org() const
{
    return m_org->text().trimmed();
}

QString OneRosterBox::flagsFile() const
{
    return m_flags->text().trimmed();
}

void OneRosterBox::chooseFlagsFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the Student Groups File"), m_folder,
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        m_flags->setText(path);
}

} // namespace tutordesk
