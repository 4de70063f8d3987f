#include "CalendarDayDialog.h"

#include "OptionalDateEdit.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace tutordesk {

namespace {

QDateEdit* dateEdit(const QDate& day, const SchoolCalendar& calendar, const QString& name, QWidget* parent)
{
    auto* edit = new QDateEdit(day, parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(OptionalDateEdit::fourDigitYearFormat());
    if (calendar.yearStart().isValid() && calendar.yearEnd().isValid())
        edit->setDateRange(calendar.yearStart(), calendar.yearEnd());
    edit->setAccessibleName(name);
    return edit;
}

} // namespace

CalendarDayDialog::CalendarDayDialog(const SchoolCalendar& calendar, const QDate& day, QWidget* parent)
    : QDialog(parent)
    , m_calendar(calendar)
    , m_kind(new QComboBox(this))
    , m_label(new QLineEdit(this))
    , m_from(dateEdit(day, calendar, tr("First day"), this))
    , m_to(dateEdit(day, calendar, tr("Last day"), this))
    , m_count(new QLabel(this))
{
    build(tr("Add Day Off"));
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(DayKind::Holiday)));
}

CalendarDayDialog::CalendarDayDialog(const SchoolCalendar& calendar, const std::vector<QDate>& days,
                                     QWidget* parent)
    : QDialog(parent)
    , m_calendar(calendar)
    , m_days(days)
    , m_kind(new QComboBox(this))
    , m_label(new QLineEdit(this))
    , m_count(new QLabel(this))
{
    build(tr("Edit Calendar Days"));
    if (!days.empty()) {
        m_kind->setCurrentIndex(
            std::max(0, m_kind->findData(static_cast<int>(calendar.kindOf(days.front())))));
        m_label->setText(calendar.labelOf(days.front()));
    }
}

CalendarDayDialog::~CalendarDayDialog() = default;

void CalendarDayDialog::build(const QString& title)
{
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    for (const DayKind kind :
         {DayKind::Holiday, DayKind::Break, DayKind::MinimumDay, DayKind::NonInstructional})
        m_kind->addItem(SchoolCalendar::title(kind), static_cast<int>(kind));
    m_kind->setAccessibleName(tr("Kind of day"));
    m_kind->setToolTip(tr("Holidays, breaks and non-instructional days have no sessions; minimum days have "
                          "shorter ones"));
    m_label->setAccessibleName(tr("Description"));
    m_label->setPlaceholderText(tr("e.g. Veterans Day, Winter break, Parent conferences"));
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Description:"), m_label);
    if (isEditing()) {
        const QLocale locale;
        const QString days = m_days.size() == 1
                                 ? locale.toString(m_days.front(), QLocale::LongFormat)
                                 : tr("%1 to %2 (%n day(s))", nullptr, static_cast<int>(m_days.size()))
                                       .arg(locale.toString(m_days.front(), QLocale::ShortFormat),
                                            locale.toString(m_days.back(), QLocale::ShortFormat));
        auto* which = new QLabel(days, this);
        which->setAccessibleName(tr("Days being changed"));
        form->addRow(tr("Days:"), which);
    } else {
        form->addRow(tr("&From:"), m_from);
        form->addRow(tr("&To:"), m_to);
        m_count->setWordWrap(true);
        m_count->setAccessibleName(tr("How many school days this covers"));
        form->addRow(QString(), m_count);
        // The last day follows the first so that a one-day holiday needs one date.
        connect(m_from, &QDateEdit::dateChanged, this, [this](const QDate& from) {
            if (m_to->date() < from)
                m_to->setDate(from);
            updateCount();
        });
        connect(m_to, &QDateEdit::dateChanged, this, [this](const QDate& to) {
            if (m_from->date() > to)
                m_from->setDate(to);
            updateCount();
        });
        connect(m_kind, &QComboBox::currentIndexChanged, this, &CalendarDayDialog::updateCount);
        updateCount();
    }
    layout->addLayout(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(460);
}

void CalendarDayDialog::updateCount()
{
    const int weekdays = static_cast<int>(entries().size());
    m_count->setText(weekdays == 0 ? tr("No weekdays in this range: weekends are never school days.")
                                   : tr("Covers %n weekday(s); weekends are skipped.", nullptr, weekdays));
}

DayKind CalendarDayDialog::kind() const
{
    return static_cast<DayKind>(m_kind->currentData().toInt());
}

QString CalendarDayDialog::label() const
{
    return m_label->text().trimmed();
}

std::vector<CalendarEntry> CalendarDayDialog::entries() const
{
    std::vector<CalendarEntry> out;
    const DayKind chosen = kind();
    if (isEditing()) {
        for (const QDate& day : m_days)
            out.push_back({day, chosen, label()});
        return out;
    }
    for (QDate day = m_from->date(); day.isValid() && day <= m_to->date(); day = day.addDays(1)) {
        if (day.dayOfWeek() >= Qt::Saturday)
            continue;
        // Thanksgiving Day keeps its name inside Thanksgiving break: it is a day off either way.
        if (chosen == DayKind::Break && m_calendar.kindOf(day) == DayKind::Holiday)
            continue;
        out.push_back({day, chosen, label()});
    }
    return out;
}

} // namespace tutordesk
