#include "roster/RosterValues.h"

#include "roster/ColumnMapping.h"
#include "roster/RosterValueTables.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <cmath>
#include <initializer_list>
#include <utility>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::RosterValues)
};

} // namespace

namespace rostervalues {

QHash<QString, QString> spellings(Spellings pairs)
{
    QHash<QString, QString> table;
    for (const auto& [spelling, code] : pairs)
        table.insert(RosterValues::squash(QString::fromUtf8(spelling)), QString::fromUtf8(code));
    return table;
}

std::optional<bool> yesNoWord(const QString& key)
{
    static const QHash<QString, QString> table = spellings({{"y", "1"},
                                                            {"yes", "1"},
                                                            {"sí", "1"},
                                                            {"true", "1"},
                                                            {"1", "1"},
                                                            {"x", "1"},
                                                            {"n", "0"},
                                                            {"no", "0"},
                                                            {"false", "0"},
                                                            {"0", "0"},
                                                            {"", "0"}});
    const auto it = table.constFind(key);
    if (it == table.constEnd())
        return std::nullopt;
    return *it == QLatin1String("1");
}

bool isDigits(const QString& text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

QString withoutAffix(QString key, std::initializer_list<const char*> prefixes,
                     std::initializer_list<const char*> suffixes)
{
    for (const char* prefix : prefixes) {
        const QLatin1String p(prefix);
        if (key.startsWith(p) && key.size() > p.size()) {
            key.remove(0, p.size());
            break;
        }
    }
    for (const char* suffix : suffixes) {
        const QLatin1String s(suffix);
        if (key.endsWith(s) && key.size() > s.size()) {
            key.chop(s.size());
            break;
        }
    }
    return key;
}

} // namespace rostervalues

QString RosterValues::squash(const QString& text)
{
    // Most cells are plain ASCII: skip the Unicode normalizations (a large roster has millions of cells).
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x80)
            return ColumnMapping::normalizeHeader(text);
        if (u >= 'A' && u <= 'Z')
            out.append(QChar(u + 32));
        else if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9'))
            out.append(c);
    }
    return out;
}

QString RosterValues::cleanText(const QString& text)
{
    return text.simplified();
}

QString RosterValues::phone(const QString& text)
{
    return text.trimmed();
}

Result<QString> RosterValues::districtId(const QString& text)
{
    QString id = text.trimmed();
    // Exports that protect leading zeros from Excel write ="000123".
    static const QRegularExpression excelText(QStringLiteral("^=\\s*\"(.*)\"$"));
    if (const auto match = excelText.match(id); match.hasMatch())
        id = match.captured(1).trimmed();
    if (id.isEmpty())
        return Error{
            Tr::tr("The district student ID is empty. Every student needs the ID the district's student "
                   "system gives them: fill it in, or remove the line.")};
    static const QRegularExpression scientific(QStringLiteral("^\\d+([.,]\\d+)?[eE]\\+?\\d+$"));
    if (scientific.match(id).hasMatch())
        return Error{
            Tr::tr("\"%1\" is an ID that Excel turned into a number. Export the roster again from the "
                   "student system, or format the column as Text in Excel before saving.")
                .arg(id)};
    for (const QChar c : id) {
        if (c.isSpace())
            return Error{Tr::tr("\"%1\" has a space inside. A district student ID has no spaces: check the "
                                "cell for two values run together.")
                             .arg(id)};
    }
    return id;
}

Result<QString> RosterValues::grade(const QString& text)
{
    static const QHash<QString, QString> named = rostervalues::spellings({{"TK", "TK"},
                                                                          {"T-K", "TK"},
                                                                          {"Transitional Kindergarten", "TK"},
                                                                          {"Transitional K", "TK"},
                                                                          {"K", "K"},
                                                                          {"KN", "K"},
                                                                          {"KG", "K"},
                                                                          {"KDG", "K"},
                                                                          {"Kinder", "K"},
                                                                          {"Kindergarten", "K"},
                                                                          {"Kindergarden", "K"}});
    QString key = squash(text);
    if (key.isEmpty())
        return Error{Tr::tr("The grade is empty. Every student needs one: TK, K or 1 to 12.")};
    // Some systems number pre-school grades below zero; squashing would drop the sign.
    if (text.trimmed().startsWith(QLatin1Char('-')))
        key.clear();
    if (const auto it = named.constFind(key); it != named.constEnd())
        return *it;
    // "Grade 3", "Gr 3", "3rd Grade", "3rd", "03".
    key = rostervalues::withoutAffix(key, {"grade", "grd", "gr"}, {"grade", "grd", "gr"});
    if (const auto it = named.constFind(key); it != named.constEnd())
        return *it;
    key = rostervalues::withoutAffix(key, {}, {"st", "nd", "rd", "th"});
    if (rostervalues::isDigits(key) && key.size() <= 2) {
        const int number = key.toInt();
        if (number == 0)
            return QStringLiteral("K");
        if (number <= 12)
            return QString::number(number);
    }
    return Error{
        Tr::tr("\"%1\" is not a grade TutorDesk knows. Use TK, K or 1 to 12 (\"KN\", \"00\", \"03\", "
               "\"3rd\" and \"Grade 3\" are read too).")
            .arg(text.trimmed())};
}

Result<bool> RosterValues::yesNo(const QString& text)
{
    if (const auto value = rostervalues::yesNoWord(squash(text)))
        return *value;
    return Error{
        Tr::tr("\"%1\" is not a yes or no. Use Y or N (Yes/No, Sí, TRUE/FALSE, 1/0, or X and blank are "
               "read too).")
            .arg(text.trimmed())};
}

Result<bool> RosterValues::disadvantaged(const QString& text)
{
    static const QHash<QString, QString> lunch = rostervalues::spellings({{"F", "1"},
                                                                          {"R", "1"},
                                                                          {"Free", "1"},
                                                                          {"Reduced", "1"},
                                                                          {"Free Lunch", "1"},
                                                                          {"Reduced Lunch", "1"},
                                                                          {"Free/Reduced", "1"},
                                                                          {"Free and Reduced", "1"},
                                                                          {"P", "0"},
                                                                          {"Paid", "0"},
                                                                          {"Full Pay", "0"},
                                                                          {"Full Price", "0"}});
    const QString key = squash(text);
    if (const auto value = rostervalues::yesNoWord(key))
        return *value;
    if (const auto it = lunch.constFind(key); it != lunch.constEnd())
        return *it == QLatin1String("1");
    return Error{
        Tr::tr("\"%1\" is not a yes or no. Use Y or N; lunch status Free or Reduced (F, R) means yes "
               "and Paid (P) means no.")
            .arg(text.trimmed())};
}

Result<bool> RosterValues::hispanicLatino(const QString& text)
{
    static const QHash<QString, QString> names = rostervalues::spellings({{"Hispanic", "1"},
                                                                          {"Latino", "1"},
                                                                          {"Latina", "1"},
                                                                          {"Latinx", "1"},
                                                                          {"Hispanic or Latino", "1"},
                                                                          {"Hispanic/Latino", "1"},
                                                                          {"Not Hispanic", "0"},
                                                                          {"Not Hispanic or Latino", "0"},
                                                                          {"Non-Hispanic", "0"},
                                                                          {"Non-Hispanic/Latino", "0"}});
    const QString key = squash(text);
    if (const auto value = rostervalues::yesNoWord(key))
        return *value;
    if (const auto it = names.constFind(key); it != names.constEnd())
        return *it == QLatin1String("1");
    return Error{
        Tr::tr("\"%1\" does not say whether the student is Hispanic or Latino. Use Y or N (\"Hispanic "
               "or Latino\" and \"Not Hispanic\" are read too).")
            .arg(text.trimmed())};
}

Result<std::optional<double>> RosterValues::attendanceRate(const QString& text)
{
    QString number = text.trimmed();
    if (number.isEmpty())
        return std::optional<double>();
    const bool percent = number.endsWith(QLatin1Char('%'));
    if (percent)
        number = number.chopped(1).trimmed();
    number.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    double value = number.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return Error{
            Tr::tr("\"%1\" is not an attendance rate. Write a percentage such as 97.5 or 97.5%, or a "
                   "fraction such as 0.975.")
                .arg(text.trimmed())};
    if (!percent && value >= 0.0 && value <= 1.0)
        value *= 100.0;
    if (value < 0.0 || value > 100.0)
        return Error{Tr::tr("%1 is not a possible attendance rate: it must be between 0 and 100%.")
                         .arg(text.trimmed())};
    // The same cell must give the same number on every import (0.975 × 100 is not exactly 97.5).
    return std::optional<double>(std::round(value * 1e6) / 1e6);
}

PersonName RosterValues::splitName(const QString& text)
{
    const QString name = cleanText(text);
    if (const auto comma = name.indexOf(QLatin1Char(',')); comma >= 0)
        return {cleanText(name.mid(comma + 1)), cleanText(name.left(comma))};
    const auto space = name.lastIndexOf(QLatin1Char(' '));
    if (space < 0)
        return {name, QString()};
    return {name.left(space), name.mid(space + 1)};
}

} // namespace tutordesk
