#include "schedule/SchoolCalendar.h"

#include "store/Store.h"

#include <QCoreApplication>

#include <algorithm>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::SchoolCalendar)
};

bool isWeekend(const QDate& day)
{
    return day.dayOfWeek() >= 6;
}

} // namespace

SchoolCalendar::SchoolCalendar(const QDate& yearStart, const QDate& yearEnd,
                               std::vector<CalendarEntry> entries)
    : m_yearStart(yearStart)
    , m_yearEnd(yearEnd)
    , m_entries(std::move(entries))
{
    // Entries are looked up by day; a day listed twice keeps its last entry.
    std::stable_sort(m_entries.begin(), m_entries.end(),
                     [](const CalendarEntry& a, const CalendarEntry& b) { return a.day < b.day; });
    std::vector<CalendarEntry> unique;
    unique.reserve(m_entries.size());
    for (CalendarEntry& entry : m_entries) {
        if (!entry.day.isValid())
            continue;
        if (!unique.empty() && unique.back().day == entry.day)
            unique.back() = std::move(entry);
        else
            unique.push_back(std::move(entry));
    }
    m_entries = std::move(unique);
    for (std::size_t i = 0; i < m_entries.size(); ++i)
        m_index.emplace(m_entries[i].day, i);
}

SchoolCalendar SchoolCalendar::load(Store& store)
{
    Database& db = store.db();
    Statement year = db.prepare("SELECT year_start, year_end FROM school WHERE id = 1");
    if (!year.step())
        return {};
    const QDate start = QDate::fromString(year.text(0), Qt::ISODate);
    const QDate end = QDate::fromString(year.text(1), Qt::ISODate);

    std::vector<CalendarEntry> entries;
    Statement days = db.prepare("SELECT day, kind, label FROM calendar_days ORDER BY day");
    while (days.step()) {
        const QDate day = QDate::fromString(days.text(0), Qt::ISODate);
        const std::optional<DayKind> kind = fromCode(days.text(1));
        if (!day.isValid() || !kind)
            continue;
        entries.push_back({day, *kind, days.text(2)});
    }
    return SchoolCalendar(start, end, std::move(entries));
}

DayKind SchoolCalendar::kindOf(const QDate& day) const
{
    if (!day.isValid() || !m_yearStart.isValid() || !m_yearEnd.isValid() || day < m_yearStart ||
        day > m_yearEnd)
        return DayKind::OutsideYear;
    // A weekend is never a school day, whatever the calendar lists for it.
    if (isWeekend(day))
        return DayKind::Weekend;
    const auto found = m_index.find(day);
    if (found == m_index.end())
        return DayKind::Instructional;
    return m_entries[found->second].kind;
}

QString SchoolCalendar::labelOf(const QDate& day) const
{
    const auto found = m_index.find(day);
    return found == m_index.end() ? QString() : m_entries[found->second].label;
}

bool SchoolCalendar::isSchoolDay(const QDate& day) const
{
    const DayKind kind = kindOf(day);
    return kind == DayKind::Instructional || kind == DayKind::MinimumDay;
}

bool SchoolCalendar::isMinimumDay(const QDate& day) const
{
    return kindOf(day) == DayKind::MinimumDay;
}

std::vector<QDate> SchoolCalendar::schoolDays(const QDate& from, const QDate& to) const
{
    std::vector<QDate> days;
    if (!from.isValid() || !to.isValid() || !m_yearStart.isValid() || !m_yearEnd.isValid())
        return days;
    const QDate first = std::max(from, m_yearStart);
    const QDate last = std::min(to, m_yearEnd);
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        if (isSchoolDay(day))
            days.push_back(day);
    }
    return days;
}

QDate SchoolCalendar::schoolDayAfter(const QDate& day, int n) const
{
    if (!day.isValid() || n < 1 || !m_yearEnd.isValid())
        return {};
    int counted = 0;
    // Days before the year are not school days; start counting where the year does.
    QDate next = day.addDays(1);
    if (m_yearStart.isValid() && next < m_yearStart)
        next = m_yearStart;
    for (; next <= m_yearEnd; next = next.addDays(1)) {
        if (isSchoolDay(next) && ++counted == n)
            return next;
    }
    return {};
}

int SchoolCalendar::schoolDayCount() const
{
    return static_cast<int>(schoolDays(m_yearStart, m_yearEnd).size());
}

QString SchoolCalendar::code(DayKind kind)
{
    switch (kind) {
    case DayKind::Holiday:
        return QStringLiteral("holiday");
    case DayKind::Break:
        return QStringLiteral("break");
    case DayKind::MinimumDay:
        return QStringLiteral("minimum_day");
    case DayKind::NonInstructional:
        return QStringLiteral("non_instructional");
    case DayKind::Instructional:
        return QStringLiteral("instructional");
    case DayKind::Weekend:
        return QStringLiteral("weekend");
    case DayKind::OutsideYear:
        return QStringLiteral("outside_year");
    }
    return {};
}

std::optional<DayKind> SchoolCalendar::fromCode(const QString& code)
{
    for (DayKind kind : {DayKind::Holiday, DayKind::Break, DayKind::MinimumDay, DayKind::NonInstructional,
                         DayKind::Instructional}) {
        if (SchoolCalendar::code(kind) == code)
            return kind;
    }
    return std::nullopt;
}

QString SchoolCalendar::title(DayKind kind)
{
    switch (kind) {
    case DayKind::Instructional:
        return Tr::tr("School day");
    case DayKind::MinimumDay:
        return Tr::tr("Minimum day");
    case DayKind::Holiday:
        return Tr::tr("Holiday");
    case DayKind::Break:
        return Tr::tr("Break");
    case DayKind::NonInstructional:
        return Tr::tr("Non-instructional day");
    case DayKind::Weekend:
        return Tr::tr("Weekend");
    case DayKind::OutsideYear:
        return Tr::tr("Outside the school year");
    }
    return {};
}

} // namespace tutordesk
