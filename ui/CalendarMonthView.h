#pragma once

#include "schedule/SchoolCalendar.h"

#include <QCalendarWidget>
#include <QColor>
#include <QIcon>

namespace tutordesk {

// The school year a month at a time: holidays and breaks in red, minimum days in amber,
// non-instructional days in purple, weekends grey. The colours are a second way of seeing what the
// list beside it and the line under it say in words.
class CalendarMonthView final : public QCalendarWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarMonthView)

public:
    explicit CalendarMonthView(QWidget* parent = nullptr);
    ~CalendarMonthView() override;

    void setCalendar(const SchoolCalendar& calendar);

    static QColor background(DayKind kind);
    static QColor foreground(DayKind kind);
    // A small square of the kind's colours, for the list and the legend.
    static QIcon swatch(DayKind kind);
};

} // namespace tutordesk
