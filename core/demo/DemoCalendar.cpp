#include "demo/DemoCalendar.h"

#include <algorithm>

namespace tutordesk::demo {

namespace {

// The n-th given weekday (Qt::Monday...) of a month; n = -1 for the last one.
QDate nthWeekday(int year, int month, int weekday, int n)
{
    if (n < 0) {
        QDate day = QDate(year, month, 1).addMonths(1).addDays(-1);
        while (day.dayOfWeek() != weekday)
            day = day.addDays(-1);
        return day;
    }
    QDate day(year, month, 1);
    while (day.dayOfWeek() != weekday)
        day = day.addDays(1);
    return day.addDays(7 * (n - 1));
}

// A fixed-date holiday that falls on a weekend is observed on the Friday before or the Monday after.
QDate observed(const QDate& day)
{
    if (day.dayOfWeek() == Qt::Saturday)
        return day.addDays(-1);
    if (day.dayOfWeek() == Qt::Sunday)
        return day.addDays(1);
    return day;
}

QDate mondayOnOrAfter(QDate day)
{
    while (day.dayOfWeek() != Qt::Monday)
        day = day.addDays(1);
    return day;
}

} // namespace

DemoCalendar::DemoCalendar(const QDate& yearStart, const QDate& yearEnd)
    : m_start(yearStart)
    , m_end(yearEnd)
{
    const int days = static_cast<int>(m_start.daysTo(m_end)) + 1;
    m_kinds.assign(static_cast<std::size_t>(days), Instructional);
    m_labels.assign(static_cast<std::size_t>(days), QString());
    for (int i = 0; i < days; ++i) {
        if (m_start.addDays(i).dayOfWeek() >= Qt::Saturday)
            m_kinds[static_cast<std::size_t>(i)] = Weekend;
    }

    const int y = m_start.year();
    // Breaks first, so that the holidays inside them keep their own names.
    const QDate thanksgiving = nthWeekday(y, 11, Qt::Thursday, 4);
    for (int i = -3; i <= 1; ++i)
        mark(thanksgiving.addDays(i), Break, QStringLiteral("Thanksgiving break"));
    const QDate winterStart = nthWeekday(y, 12, Qt::Friday, 3).addDays(3);
    for (int i = 0; i <= 18; ++i)
        mark(winterStart.addDays(i), Break, QStringLiteral("Winter break"));
    const QDate springStart = mondayOnOrAfter(QDate(y + 1, 4, 1));
    for (int i = 0; i <= 4; ++i)
        mark(springStart.addDays(i), Break, QStringLiteral("Spring break"));

    mark(nthWeekday(y, 9, Qt::Monday, 1), Holiday, QStringLiteral("Labor Day"));
    mark(nthWeekday(y, 10, Qt::Friday, 2), NonInstructional,
         QStringLiteral("Pupil-free day (staff development)"));
    mark(observed(QDate(y, 11, 11)), Holiday, QStringLiteral("Veterans Day"));
    mark(thanksgiving, Holiday, QStringLiteral("Thanksgiving Day"));
    mark(QDate(y, 12, 25), Holiday, QStringLiteral("Christmas Day"));
    mark(QDate(y + 1, 1, 1), Holiday, QStringLiteral("New Year's Day"));
    mark(nthWeekday(y + 1, 1, Qt::Monday, 3), Holiday, QStringLiteral("Martin Luther King Jr. Day"));
    mark(nthWeekday(y + 1, 2, Qt::Monday, 3), Holiday, QStringLiteral("Presidents' Day"));
    mark(observed(QDate(y + 1, 3, 31)), Holiday, QStringLiteral("C\u00e9sar Ch\u00e1vez Day"));
    mark(nthWeekday(y + 1, 5, Qt::Monday, -1), Holiday, QStringLiteral("Memorial Day"));

    // Minimum days: fall and spring parent conferences, the last day before winter break, the last day.
    for (int i = -9; i <= -7; ++i)
        mark(thanksgiving.addDays(i), MinimumDay, QStringLiteral("Parent conferences (minimum day)"));
    const QDate spring = nthWeekday(y + 1, 3, Qt::Tuesday, 2);
    mark(spring, MinimumDay, QStringLiteral("Parent conferences (minimum day)"));
    mark(spring.addDays(1), MinimumDay, QStringLiteral("Parent conferences (minimum day)"));
    mark(winterStart.addDays(-3), MinimumDay, QStringLiteral("Last day before winter break (minimum day)"));
    mark(m_end, MinimumDay, QStringLiteral("Last day of school (minimum day)"));

    m_indexOnOrAfter.assign(static_cast<std::size_t>(days) + 1, 0);
    for (int i = days - 1; i >= 0; --i) {
        const Kind kind = m_kinds[static_cast<std::size_t>(i)];
        if (kind == Instructional || kind == MinimumDay)
            m_schoolDays.push_back(m_start.addDays(i));
    }
    std::reverse(m_schoolDays.begin(), m_schoolDays.end());
    int next = static_cast<int>(m_schoolDays.size());
    m_indexOnOrAfter[static_cast<std::size_t>(days)] = next;
    for (int i = days - 1; i >= 0; --i) {
        const Kind kind = m_kinds[static_cast<std::size_t>(i)];
        if (kind == Instructional || kind == MinimumDay)
            --next;
        m_indexOnOrAfter[static_cast<std::size_t>(i)] = next;
    }
    for (int i = 0; i < days; ++i) {
        const Kind kind = m_kinds[static_cast<std::size_t>(i)];
        if (kind == Instructional || kind == Weekend)
            continue;
        const char* name = kind == Holiday      ? "holiday"
                           : kind == Break      ? "break"
                           : kind == MinimumDay ? "minimum_day"
                                                : "non_instructional";
        m_entries.push_back({m_start.addDays(i), name, m_labels[static_cast<std::size_t>(i)]});
    }

    boyStart = schoolDayAfter(nthWeekday(y, 9, Qt::Monday, 1), 1);
    boyEnd = schoolDayAfter(boyStart, 5);
    placementDay = schoolDayAfter(boyEnd, 1);
    programStart = schoolDayOnOrAfter(mondayOnOrAfter(schoolDayAfter(boyEnd, 2)));
    moyStart = schoolDayAfter(nthWeekday(y + 1, 1, Qt::Monday, 3), 1);
    moyEnd = schoolDayAfter(moyStart, 7);
    eoyStart = schoolDayOnOrAfter(nthWeekday(y + 1, 5, Qt::Monday, 1));
    eoyEnd = schoolDayAfter(eoyStart, 7);
}

void DemoCalendar::mark(const QDate& day, Kind kind, const QString& label)
{
    if (day < m_start || day > m_end)
        return;
    const auto i = static_cast<std::size_t>(offset(day));
    // A holiday names its day even inside a break; nothing else replaces what is already marked.
    const Kind current = m_kinds[i];
    if (current != Instructional && !(kind == Holiday && current == Break))
        return;
    m_kinds[i] = kind;
    m_labels[i] = label;
}

bool DemoCalendar::isSchoolDay(const QDate& day) const
{
    if (day < m_start || day > m_end)
        return false;
    const Kind kind = m_kinds[static_cast<std::size_t>(offset(day))];
    return kind == Instructional || kind == MinimumDay;
}

bool DemoCalendar::isMinimumDay(const QDate& day) const
{
    return day >= m_start && day <= m_end && m_kinds[static_cast<std::size_t>(offset(day))] == MinimumDay;
}

int DemoCalendar::schoolDayIndex(const QDate& day) const
{
    if (day < m_start)
        return 0;
    if (day > m_end)
        return static_cast<int>(m_schoolDays.size());
    return m_indexOnOrAfter[static_cast<std::size_t>(offset(day))];
}

QDate DemoCalendar::schoolDayAfter(const QDate& day, int count) const
{
    int index = schoolDayIndex(day.addDays(1)) + count - 1;
    if (index >= static_cast<int>(m_schoolDays.size()))
        index = static_cast<int>(m_schoolDays.size()) - 1;
    return m_schoolDays[static_cast<std::size_t>(index)];
}

QDate DemoCalendar::schoolDayOnOrAfter(const QDate& day) const
{
    const int index = schoolDayIndex(day);
    return index < static_cast<int>(m_schoolDays.size()) ? m_schoolDays[static_cast<std::size_t>(index)]
                                                         : m_schoolDays.back();
}

} // namespace tutordesk::demo
