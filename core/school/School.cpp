#include "school/School.h"

#include "store/Store.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QUuid>

namespace tutordesk {

namespace {
// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::School)
};
} // namespace

std::pair<QDate, QDate> School::defaultYearAround(const QDate& day)
{
    const int startYear = day.month() >= 7 ? day.year() : day.year() - 1;
    QDate start(startYear, 8, 10);
    while (start.dayOfWeek() != Qt::Monday)
        start = start.addDays(1);
    QDate end(startYear + 1, 6, 10);
    while (end.dayOfWeek() != Qt::Friday)
        end = end.addDays(-1);
    return {start, end};
}

Result<void> School::create(Store& store, const SchoolInfo& info)
{
    if (info.schoolCode.trimmed().isEmpty())
        return Error{Tr::tr("The school code is missing: give the district's code for this school.")};
    if (info.name.trimmed().isEmpty())
        return Error{Tr::tr("The school name is missing.")};
    if (!info.yearStart.isValid() || !info.yearEnd.isValid() || info.yearStart >= info.yearEnd)
        return Error{Tr::tr("The school year must start before it ends (dates as YYYY-MM-DD).")};
    try {
        Database& db = store.db();
        if (store.hasSchool())
            return Error{Tr::tr("%1 already holds a school (%2). A TutorDesk database belongs to one school: "
                                "create a new database for another.")
                             .arg(store.path(), db.queryText("SELECT name FROM school"))};
        Transaction tx(db);
        db.run("INSERT INTO school (id, sourced_id, district_code, school_code, name, address, phone, "
               "coordinator,"
               " year_start, year_end) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
               QUuid::createUuid().toString(QUuid::WithoutBraces), info.districtCode.trimmed(),
               info.schoolCode.trimmed(), info.name.trimmed(), info.address, info.phone, info.coordinator,
               info.yearStart, info.yearEnd);
        tx.commit();
    } catch (const StoreError& e) {
        return Error{Tr::tr("The school could not be saved: %1").arg(e.message())};
    }
    return {};
}

Result<void> School::updateDetails(Store& store, const SchoolInfo& info)
{
    if (info.name.trimmed().isEmpty())
        return Error{Tr::tr("The school name is missing.")};
    const QString phone = info.phone.trimmed();
    int digits = 0;
    for (const QChar c : phone)
        digits += c.isDigit() ? 1 : 0;
    if (!phone.isEmpty() && digits < 7)
        return Error{Tr::tr("\u201c%1\u201d is not a phone number families can call: give at least 7 digits, "
                            "for example (213) 555-0142.")
                         .arg(phone)};
    try {
        Database& db = store.db();
        if (!store.hasSchool())
            return Error{Tr::tr("This database holds no school yet: set the school up first.")};
        Transaction tx(db);
        db.run("UPDATE school SET name = ?, address = ?, phone = ?, coordinator = ? WHERE id = 1",
               info.name.trimmed(), info.address.trimmed(), phone, info.coordinator.trimmed());
        tx.commit();
    } catch (const StoreError& e) {
        return Error{Tr::tr("The school's details could not be saved: %1").arg(e.message())};
    }
    return {};
}

std::optional<SchoolInfo> School::load(Store& store)
{
    Statement st = store.db().prepare("SELECT district_code, school_code, name, address, phone, coordinator,"
                                      " year_start, year_end FROM school WHERE id = 1");
    if (!st.step())
        return std::nullopt;
    return SchoolInfo{st.text(0),
                      st.text(1),
                      st.text(2),
                      st.text(3),
                      st.text(4),
                      st.text(5),
                      QDate::fromString(st.text(6), Qt::ISODate),
                      QDate::fromString(st.text(7), Qt::ISODate)};
}

} // namespace tutordesk
