#include "progress/ChartSql.h"

#include "progress/SeatFigures.h"

#include <QString>

namespace tutordesk {

std::string ChartSql::weekStart(const char* dayExpression)
{
    // 'weekday 1' moves forward to the next Monday (or stays on one), so step back six days first.
    return std::string("date(") + dayExpression + ", '-6 days', 'weekday 1')";
}

std::string ChartSql::studentName(const char* alias)
{
    const std::string a(alias);
    return "(coalesce(nullif(" + a + ".preferred_name, ''), " + a + ".first_name) || ' ' || " + a +
           ".last_name)";
}

std::string ChartSql::withSeats(Store& store, const QDate& today)
{
    return "WITH " + SeatFigures::commonTables(store, today) + ", ";
}

QDate ChartSql::day(const QString& text)
{
    return QDate::fromString(text, Qt::ISODate);
}

} // namespace tutordesk
