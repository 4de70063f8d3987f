#include "OptionalDateEdit.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLocale>

namespace tutordesk {

QString OptionalDateEdit::fourDigitYearFormat()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

OptionalDateEdit::OptionalDateEdit(const QString& accessibleName, QWidget* parent)
    : QWidget(parent)
    , m_recorded(new QCheckBox(tr("Recorded"), this))
    , m_date(new QDateEdit(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_recorded->setAccessibleName(tr("%1 recorded").arg(accessibleName));
    m_recorded->setToolTip(tr("Untick when there is no date on file"));
    m_date->setAccessibleName(accessibleName);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(fourDigitYearFormat());
    layout->addWidget(m_recorded);
    layout->addWidget(m_date, 1);
    setFocusProxy(m_recorded);
    connect(m_recorded, &QCheckBox::toggled, m_date, &QWidget::setEnabled);
    connect(m_recorded, &QCheckBox::toggled, this, &OptionalDateEdit::dateChanged);
    connect(m_date, &QDateEdit::dateChanged, this, &OptionalDateEdit::dateChanged);
    setDate({});
}

OptionalDateEdit::~OptionalDateEdit() = default;

void OptionalDateEdit::setDate(const QDate& date, const QDate& fallback)
{
    m_date->setDate(date.isValid() ? date : fallback);
    m_recorded->setChecked(date.isValid());
    m_date->setEnabled(date.isValid());
}

QDate OptionalDateEdit::date() const
{
    return m_recorded->isChecked() ? m_date->date() : QDate();
}

} // namespace tutordesk
