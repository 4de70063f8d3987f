#include "CalendarMonthView.h"

#include <QAbstractItemView>
#include <QPainter>
#include <QPixmap>
#include <QTextCharFormat>

namespace tutordesk {

CalendarMonthView::CalendarMonthView(QWidget* parent)
    : QCalendarWidget(parent)
{
    setGridVisible(true);
    setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    setFirstDayOfWeek(Qt::Sunday); // as US school calendars print it
    setAccessibleName(tr("School year, a month at a time"));
    // The keyboard lands on the month's table inside; a screen reader names what it lands on.
    if (auto* days = findChild<QAbstractItemView*>(QStringLiteral("qt_calendar_calendarview")))
        days->setAccessibleName(accessibleName());
    QTextCharFormat weekend;
    weekend.setForeground(foreground(DayKind::Weekend));
    setWeekdayTextFormat(Qt::Saturday, weekend);
    setWeekdayTextFormat(Qt::Sunday, weekend);
}

CalendarMonthView::~CalendarMonthView() = default;

void CalendarMonthView::setCalendar(const SchoolCalendar& calendar)
{
    setDateTextFormat(QDate(), QTextCharFormat()); // forgets every earlier day's colours
    if (calendar.yearStart().isValid() && calendar.yearEnd().isValid())
        setDateRange(calendar.yearStart(), calendar.yearEnd());
    for (const CalendarEntry& entry : calendar.entries()) {
        QTextCharFormat format;
        format.setBackground(background(entry.kind));
        format.setForeground(foreground(entry.kind));
        format.setFontWeight(QFont::Bold);
        format.setToolTip(entry.label);
        setDateTextFormat(entry.day, format);
    }
}

QColor CalendarMonthView::background(DayKind kind)
{
    switch (kind) {
    case DayKind::Holiday:
    case DayKind::Break:
        return {0xfd, 0xe7, 0xe9}; // pale red
    case DayKind::MinimumDay:
        return {0xff, 0xf4, 0xce}; // pale amber
    case DayKind::NonInstructional:
        return {0xee, 0xe6, 0xf6}; // pale purple
    default:
        return {};
    }
}

QColor CalendarMonthView::foreground(DayKind kind)
{
    switch (kind) {
    case DayKind::Holiday:
    case DayKind::Break:
        return {0xa4, 0x26, 0x2c}; // dark red
    case DayKind::MinimumDay:
        return {0x8a, 0x53, 0x00}; // dark amber
    case DayKind::NonInstructional:
        return {0x5c, 0x2e, 0x91}; // dark purple
    case DayKind::Weekend:
    case DayKind::OutsideYear:
        return {0x76, 0x76, 0x76}; // grey, still readable on white
    default:
        return {};
    }
}

QIcon CalendarMonthView::swatch(DayKind kind)
{
    QPixmap square(12, 12);
    const QColor fill = background(kind);
    square.fill(fill.isValid() ? fill : QColor(Qt::white));
    QPainter painter(&square);
    const QColor edge = foreground(kind);
    painter.setPen(edge.isValid() ? edge : QColor(0x76, 0x76, 0x76));
    painter.drawRect(0, 0, 11, 11);
    return QIcon(square);
}

} // namespace tutordesk
