#pragma once

#include <QDate>
#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace tutordesk {

class Store;

// What a date is to the school. Weekdays of the school year are instructional unless the calendar
// lists them (calendar_days); weekends and days outside the year never are.
enum class DayKind { Instructional, MinimumDay, Holiday, Break, NonInstructional, Weekend, OutsideYear };

// One day the calendar lists: a holiday, a break day, a minimum day or a non-instructional day.
struct CalendarEntry {
    QDate day;
    DayKind kind = DayKind::Holiday;
    QString label; // "Veterans Day", "Winter recess", "Parent conferences"
    bool operator==(const CalendarEntry&) const = default;
};

// The school year as the schedule reads it: a snapshot of school.year_start/year_end and
// calendar_days, cheap to query day by day (session generation asks for every day of the year).
class SchoolCalendar final {
public:
    SchoolCalendar() = default;
    SchoolCalendar(const QDate& yearStart, const QDate& yearEnd, std::vector<CalendarEntry> entries);
    // The open school's calendar (an empty calendar when the database has no school yet).
    static SchoolCalendar load(Store& store);

    const QDate& yearStart() const { return m_yearStart; }
    const QDate& yearEnd() const { return m_yearEnd; }
    // The listed days, in date order.
    const std::vector<CalendarEntry>& entries() const { return m_entries; }

    DayKind kindOf(const QDate& day) const;
    QString labelOf(const QDate& day) const;
    // Instructional days and minimum days: the days sessions can meet.
    bool isSchoolDay(const QDate& day) const;
    bool isMinimumDay(const QDate& day) const;
    // The school days in [from, to], in order.
    std::vector<QDate> schoolDays(const QDate& from, const QDate& to) const;
    // The n-th school day after `day` (n >= 1); a null date when the year ends first.
    QDate schoolDayAfter(const QDate& day, int n) const;
    int schoolDayCount() const;

    // calendar_days.kind codes: "holiday", "break", "minimum_day", "non_instructional";
    // "instructional" names the absence of an entry (an import line that clears a day).
    static QString code(DayKind kind);
    static std::optional<DayKind> fromCode(const QString& code);
    // "Holiday", "Minimum day", … in the user's language.
    static QString title(DayKind kind);

private:
    QDate m_yearStart;
    QDate m_yearEnd;
    std::vector<CalendarEntry> m_entries;
    std::map<QDate, std::size_t> m_index; // day → position in m_entries
};

} // namespace tutordesk
