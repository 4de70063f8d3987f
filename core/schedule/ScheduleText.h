#pragma once

#include <QDate>
#include <QString>
#include <QTime>

#include <optional>

namespace tutordesk {

// The words and formats the schedule uses in more than one place: session days and times in
// conflict messages, the CLI and the week view, and parsing the "HH:MM" / "YYYY-MM-DD" columns.
class ScheduleText final {
public:
    // "Tue, Dec 1, 2026" (the locale's long date with abbreviated day and month names).
    static QString day(const QDate& day);
    // "10:00"
    static QString time(const QTime& time);
    // "10:00–10:30"
    static QString timeRange(const QTime& start, int minutes);
    // "Wednesdays" (weekday 1 = Monday … 7 = Sunday).
    static QString weekdayPlural(int weekday);

    // The stored forms: "HH:MM" and "YYYY-MM-DD"; invalid values for anything else.
    static QString storedTime(const QTime& time);
    static QTime parseTime(const QString& text);
    static QDate parseDay(const QString& text);
};

} // namespace tutordesk
