// RosterValues::date: the date spellings of SIS exports and of Excel re-saving them.
#include "roster/RosterValues.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::RosterValues)
};

int monthNumber(const QString& name)
{
    static const char* const months[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                         "jul", "aug", "sep", "oct", "nov", "dec"};
    static const char* const full[] = {"january", "february", "march",     "april",   "may",      "june",
                                       "july",    "august",   "september", "october", "november", "december"};
    const QString lower = name.toLower();
    for (int i = 0; i < 12; ++i) {
        if (lower == QLatin1String(months[i]) || lower == QLatin1String(full[i]))
            return i + 1;
    }
    return lower == QLatin1String("sept") ? 9 : 0;
}

// A two-digit year is taken in today's century first; RosterValues::date moves it back a century
// when that would put the date after today (a birth date is in the past).
int fullYear(const QString& digits, const QDate& today)
{
    const int number = digits.toInt();
    return digits.size() == 2 ? today.year() / 100 * 100 + number : number;
}

} // namespace

Result<std::optional<QDate>> RosterValues::date(const QString& text, const QDate& today)
{
    QString value = text.trimmed();
    if (value.isEmpty())
        return std::optional<QDate>();
    // Exports from databases and Excel often add a midnight time: "2016-09-08T00:00:00", "9/8/2016 0:00".
    static const QRegularExpression time(
        QStringLiteral("[T ]\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?\\s*([AaPp][Mm])?Z?$"));
    value.remove(time);
    value = value.trimmed();

    static const QRegularExpression iso(QStringLiteral("^(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})$"));
    static const QRegularExpression us(QStringLiteral("^(\\d{1,2})[/-](\\d{1,2})[/-](\\d{4}|\\d{2})$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    static const QRegularExpression monthFirst(
        QStringLiteral("^([A-Za-z]{3,9})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})$"));
    static const QRegularExpression dayFirst(
        QStringLiteral("^(\\d{1,2})[\\s-]([A-Za-z]{3,9})\\.?[\\s-](\\d{4}|\\d{2})$"));

    int year = 0, month = 0, day = 0;
    bool twoDigitYear = false;
    if (auto m = iso.match(value); m.hasMatch()) {
        year = m.captured(1).toInt();
        month = m.captured(2).toInt();
        day = m.captured(3).toInt();
    } else if (m = us.match(value); m.hasMatch()) {
        month = m.captured(1).toInt();
        day = m.captured(2).toInt();
        year = fullYear(m.captured(3), today);
        twoDigitYear = m.captured(3).size() == 2;
    } else if (m = compact.match(value); m.hasMatch()) {
        year = m.captured(1).toInt();
        month = m.captured(2).toInt();
        day = m.captured(3).toInt();
    } else if (m = monthFirst.match(value); m.hasMatch()) {
        month = monthNumber(m.captured(1));
        day = m.captured(2).toInt();
        year = m.captured(3).toInt();
    } else if (m = dayFirst.match(value); m.hasMatch()) {
        day = m.captured(1).toInt();
        month = monthNumber(m.captured(2));
        year = fullYear(m.captured(3), today);
        twoDigitYear = m.captured(3).size() == 2;
    }
    if (year == 0 || month == 0) // month 0: a month name TutorDesk does not know
        return Error{Tr::tr("\"%1\" is not a date TutorDesk can read. Write it as YYYY-MM-DD (2016-09-08) or "
                            "MM/DD/YYYY (09/08/2016); M/D/YY, YYYYMMDD and \"Sep 8, 2016\" are read too.")
                         .arg(text.trimmed())};
    QDate date(year, month, day);
    if (twoDigitYear && date.isValid() && date > today)
        date = QDate(year - 100, month, day);
    if (!date.isValid())
        return Error{
            Tr::tr("\"%1\" is not a real date. Check the day and the month (TutorDesk reads MM/DD/YYYY "
                   "month first, as US systems write it).")
                .arg(text.trimmed())};
    return std::optional<QDate>(date);
}

} // namespace tutordesk
