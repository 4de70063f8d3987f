#include "CalendarSidePanel.h"

#include "CalendarMonthView.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tutordesk {

CalendarSidePanel::CalendarSidePanel(QWidget* parent)
    : QWidget(parent)
    , m_month(new CalendarMonthView(this))
    , m_day(new QLabel(this))
    , m_minutes(new QSpinBox(this))
    , m_apply(new QPushButton(tr("Appl&y"), this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_month);

    // The legend says in words what each colour means.
    auto* legend = new QGridLayout;
    int position = 0;
    for (const auto& [kind, text] : {std::pair{DayKind::Holiday, tr("Holiday or break")},
                                     std::pair{DayKind::MinimumDay, tr("Minimum day")},
                                     std::pair{DayKind::NonInstructional, tr("Non-instructional day")},
                                     std::pair{DayKind::Weekend, tr("Weekend")}}) {
        auto* swatch = new QLabel(this);
        swatch->setPixmap(CalendarMonthView::swatch(kind).pixmap(12, 12));
        legend->addWidget(swatch, position / 2, (position % 2) * 2);
        legend->addWidget(new QLabel(text, this), position / 2, (position % 2) * 2 + 1);
        ++position;
    }
    legend->setColumnStretch(1, 1);
    legend->setColumnStretch(3, 1);
    layout->addLayout(legend);

    m_day->setWordWrap(true);
    m_day->setAccessibleName(tr("The chosen day"));
    m_day->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_day);

    auto* minutesRow = new QHBoxLayout;
    auto* caption = new QLabel(tr("Minimum-day sessions &last at most:"), this);
    caption->setBuddy(m_minutes);
    m_minutes->setRange(5, 240);
    m_minutes->setSingleStep(5);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setAccessibleName(tr("Longest session on a minimum day, in minutes"));
    m_minutes->setToolTip(tr("Longer sessions are shortened to this on minimum days"));
    m_apply->setToolTip(tr("Shorten or lengthen the minimum-day sessions from today on"));
    minutesRow->addWidget(caption);
    minutesRow->addWidget(m_minutes);
    minutesRow->addWidget(m_apply);
    minutesRow->addStretch();
    layout->addLayout(minutesRow);
    auto* note = new QLabel(tr("Holidays, breaks and non-instructional days have no sessions. Every change "
                               "moves the sessions from today on; sessions already held, and their "
                               "attendance, stay as they were."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(note);
    layout->addStretch();
    setMinimumWidth(m_month->sizeHint().width());

    connect(m_month, &QCalendarWidget::selectionChanged, this, [this] {
        describe(m_month->selectedDate());
        Q_EMIT dateSelected(m_month->selectedDate());
    });
    connect(m_month, &QCalendarWidget::activated, this, &CalendarSidePanel::dateActivated);
    connect(m_minutes, &QSpinBox::valueChanged, this, &CalendarSidePanel::updateApply);
    connect(m_apply, &QPushButton::clicked, this,
            [this] { Q_EMIT minimumDayMinutesApplied(m_minutes->value()); });
    updateApply();
}

CalendarSidePanel::~CalendarSidePanel() = default;

void CalendarSidePanel::setCalendar(const SchoolCalendar* calendar, int minimumDayMinutes, bool editable)
{
    m_calendar = calendar;
    m_storedMinutes = minimumDayMinutes;
    m_editable = editable;
    m_month->setCalendar(calendar ? *calendar : SchoolCalendar());
    const QSignalBlocker blocker(m_minutes);
    m_minutes->setValue(minimumDayMinutes);
    m_minutes->setEnabled(editable);
    updateApply();
}

void CalendarSidePanel::showDay(const QDate& day)
{
    const QSignalBlocker blocker(m_month);
    m_month->setSelectedDate(day);
    describe(day);
}

QDate CalendarSidePanel::selectedDate() const
{
    return m_month->selectedDate();
}

void CalendarSidePanel::describe(const QDate& day)
{
    if (!day.isValid() || !m_calendar || !m_calendar->yearStart().isValid()) {
        m_day->clear();
        return;
    }
    const QString date = QLocale().toString(day, QLocale::LongFormat);
    const DayKind kind = m_calendar->kindOf(day);
    const QString label = m_calendar->labelOf(day);
    if (label.isEmpty())
        m_day->setText(tr("%1: %2", "date: kind of day").arg(date, SchoolCalendar::title(kind)));
    else
        m_day->setText(
            tr("%1: %2 (%3)", "date: label (kind of day)").arg(date, label, SchoolCalendar::title(kind)));
}

void CalendarSidePanel::updateApply()
{
    m_apply->setEnabled(m_editable && m_minutes->value() != m_storedMinutes);
}

} // namespace tutordesk
