#pragma once

#include <QDate>
#include <QString>

namespace tutordesk {

class Store;

// The printable day list: every session of a day in time order with its group, room, tutor (or
// substitute), and the students expected, with a blank attendance column to fill in by hand. HTML for
// QTextDocument (DESIGN.md: core produces printed reports, ui only shows or prints them); dates and
// times in the user's locale; names escaped.
class DayListReport final {
public:
    static QString html(Store& store, const QDate& day);
};

} // namespace tutordesk
