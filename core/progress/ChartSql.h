#pragma once

#include <QDate>

#include <string>

namespace tutordesk {
class Store;
}

namespace tutordesk::ChartSql {

// The Monday that starts the ISO week of a SQL date expression (a Monday stays itself).
std::string weekStart(const char* dayExpression);
// A student's name as people read it (preferred name first) over a students alias.
std::string studentName(const char* alias);
// "WITH <SeatFigures' tables>, " for queries that add their own common tables after the seats (read from
// the connection's cache for `today`, see SeatFigures.h).
std::string withSeats(Store& store, const QDate& today);

QDate day(const QString& text);

} // namespace tutordesk::ChartSql
