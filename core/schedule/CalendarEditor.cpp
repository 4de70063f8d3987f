#include "schedule/CalendarEditor.h"

#include "schedule/GroupSchedule.h"
#include "store/Store.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::CalendarEditor)
};

constexpr const char* minimumDayKey = "calendar.minimumDayMinutes";
constexpr int fewestMinutes = 5;
constexpr int mostMinutes = 240;

QString longDate(const QDate& day)
{
    return QLocale().toString(day, QLocale::LongFormat);
}

// Why `entry` cannot be saved, or nothing when it can.
std::optional<QString> refusal(const SchoolCalendar& calendar, const CalendarEntry& entry)
{
    if (!entry.day.isValid())
        return Tr::tr("A day in the list has no date. Enter the date.");
    if (calendar.kindOf(entry.day) == DayKind::OutsideYear)
        return Tr::tr(
                   "%1 is outside the school year (%2 to %3). Choose a day in the year, or change the year's "
                   "dates first.")
            .arg(longDate(entry.day), longDate(calendar.yearStart()), longDate(calendar.yearEnd()));
    if (calendar.kindOf(entry.day) == DayKind::Weekend)
        return Tr::tr("%1 is a weekend day; the calendar lists weekdays only. Choose a weekday.")
            .arg(longDate(entry.day));
    if (entry.kind == DayKind::Weekend || entry.kind == DayKind::OutsideYear)
        return Tr::tr("%1: choose school day, minimum day, holiday, break or non-instructional day.")
            .arg(longDate(entry.day));
    return std::nullopt;
}

} // namespace

Result<SessionChanges> CalendarEditor::setDays(Store& store, const std::vector<CalendarEntry>& days,
                                               const QDate& today)
{
    if (days.empty())
        return SessionChanges{};
    Database& db = store.db();
    try {
        Transaction tx(db);
        const SchoolCalendar calendar = SchoolCalendar::load(store);
        if (!calendar.yearStart().isValid())
            return Error{Tr::tr("There is no school year yet. Set up the school first, then its calendar.")};
        for (const CalendarEntry& entry : days) {
            if (auto refused = refusal(calendar, entry))
                return Error{*refused};
        }

        Statement remove = db.prepare("DELETE FROM calendar_days WHERE day = ?");
        // Only rows that really change are written, so updated_at (and the district's delta) stays quiet.
        Statement upsert =
            db.prepare("INSERT INTO calendar_days (day, kind, label) VALUES (?, ?, ?)"
                       " ON CONFLICT (day) DO UPDATE SET kind = excluded.kind, label = excluded.label"
                       " WHERE kind <> excluded.kind OR label <> excluded.label");
        QDate earliest;
        for (const CalendarEntry& entry : days) {
            if (entry.kind == DayKind::Instructional) {
                remove.bindAll(entry.day);
                remove.run();
            } else {
                upsert.bindAll(entry.day, SchoolCalendar::code(entry.kind), entry.label.trimmed());
                upsert.run();
            }
            if (db.changes() > 0 && (!earliest.isValid() || entry.day < earliest))
                earliest = entry.day;
        }
        SessionChanges changes;
        // Nothing changed, nothing to move: re-saving the same days leaves the sessions alone.
        if (earliest.isValid())
            changes = GroupSchedule::regenerateAll(store, std::max(today, earliest));
        tx.commit();
        return changes;
    } catch (const StoreError& e) {
        return Error{Tr::tr("The calendar could not be saved in %1: %2").arg(store.path(), e.message())};
    }
}

Result<SessionChanges> CalendarEditor::clearDays(Store& store, const std::vector<QDate>& days,
                                                 const QDate& today)
{
    std::vector<CalendarEntry> entries;
    entries.reserve(days.size());
    for (const QDate& day : days)
        entries.push_back({day, DayKind::Instructional, QString()});
    return setDays(store, entries, today);
}

int CalendarEditor::minimumDayMinutes(Store& store)
{
    bool ok = false;
    const int minutes =
        store.db().queryText("SELECT value FROM settings WHERE key = ?", minimumDayKey).trimmed().toInt(&ok);
    if (!ok || minutes < fewestMinutes || minutes > mostMinutes)
        return defaultMinimumDayMinutes;
    return minutes;
}

Result<SessionChanges> CalendarEditor::setMinimumDayMinutes(Store& store, int minutes, const QDate& today)
{
    if (minutes < fewestMinutes || minutes > mostMinutes)
        return Error{
            Tr::tr("Sessions on a minimum day can last %1 to %2 minutes, not %3. Change the minutes.")
                .arg(fewestMinutes)
                .arg(mostMinutes)
                .arg(minutes)};
    Database& db = store.db();
    try {
        Transaction tx(db);
        const int before = minimumDayMinutes(store);
        db.run("INSERT INTO settings (key, value) VALUES (?, ?)"
               " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
               minimumDayKey, QString::number(minutes));
        SessionChanges changes;
        if (before != minutes)
            changes = GroupSchedule::regenerateAll(store, today);
        tx.commit();
        return changes;
    } catch (const StoreError& e) {
        return Error{
            Tr::tr("The minimum day length could not be saved in %1: %2").arg(store.path(), e.message())};
    }
}

} // namespace tutordesk
