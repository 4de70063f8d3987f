#pragma once

#include <QDate>
#include <QString>

#include <vector>

namespace tutordesk::demo {

// The demo school's year: LAUSD-style holidays, breaks and minimum days, which days are school days,
// and the dates the program runs on (benchmark windows, the start of tutoring).
class DemoCalendar final {
public:
    // A day that is not an ordinary school day, as calendar_days stores it.
    struct Entry {
        QDate day;
        const char* kind; // calendar_days.kind
        QString label;
    };

    DemoCalendar(const QDate& yearStart, const QDate& yearEnd);

    const QDate& yearStart() const { return m_start; }
    const QDate& yearEnd() const { return m_end; }
    // The rows of calendar_days, in day order.
    const std::vector<Entry>& entries() const { return m_entries; }
    // Instructional days, minimum days included, in order.
    const std::vector<QDate>& schoolDays() const { return m_schoolDays; }

    bool isSchoolDay(const QDate& day) const;
    bool isMinimumDay(const QDate& day) const;
    // Position in schoolDays() of the first school day on or after `day` (size() past the end).
    int schoolDayIndex(const QDate& day) const;
    // The `count`-th school day after `day` (count >= 1), or the last school day if the year ends first.
    QDate schoolDayAfter(const QDate& day, int count) const;
    QDate schoolDayOnOrAfter(const QDate& day) const;

    // Benchmark windows and the tutoring program's first day.
    QDate boyStart, boyEnd, placementDay, programStart;
    QDate moyStart, moyEnd, eoyStart, eoyEnd;

private:
    enum Kind : char { Instructional, Weekend, Holiday, Break, MinimumDay, NonInstructional };

    void mark(const QDate& day, Kind kind, const QString& label);
    int offset(const QDate& day) const { return static_cast<int>(m_start.daysTo(day)); }

    QDate m_start;
    QDate m_end;
    std::vector<Kind> m_kinds;
    std::vector<QString> m_labels;
    std::vector<int> m_indexOnOrAfter;
    std::vector<QDate> m_schoolDays;
    std::vector<Entry> m_entries;
};

} // namespace tutordesk::demo
