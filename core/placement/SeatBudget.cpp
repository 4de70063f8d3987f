#include "placement/Placement.h"
#include "store/Store.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <QCoreApplication>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::Placement)
};

constexpr const char* settingsKey = "placement.maxSeats";
constexpr int mostSeats = 100000;

} // namespace

std::optional<int> Placement::seatBudgetSetting(Store& store)
{
    Statement st = store.db().prepare("SELECT value FROM settings WHERE key = ?");
    st.bindAll(settingsKey);
    if (!st.step())
        return std::nullopt;
    bool ok = false;
    const int seats = st.text(0).trimmed().toInt(&ok);
    if (!ok || seats < 0 || seats > mostSeats)
        return std::nullopt;
    return seats;
}

int Placement::seatBudget(Store& store)
{
    if (const auto set = seatBudgetSetting(store))
        return *set;
    // Without a decision from the coordinator the program offers what its groups already offer (new
    // groups need tutors nobody has hired yet); a program with no groups starts from a quarter of its
    // students, the share DESIGN.md's demo school serves.
    Database& db = store.db();
    Statement groups = db.prepare("SELECT count(*), coalesce(sum(cap), 0) FROM tutoring_groups"
                                  " WHERE status IN ('active', 'planned')");
    groups.step();
    if (groups.integer(0) > 0)
        return static_cast<int>(groups.integer(1));
    return static_cast<int>(db.queryInteger("SELECT count(*) FROM students WHERE status = 'active'") / 4);
}

Result<void> Placement::setSeatBudget(Store& store, std::optional<int> seats)
{
    if (seats && (*seats < 0 || *seats > mostSeats))
        return Error{Tr::tr("The seat budget must be 0 to %1 seats, not %2.").arg(mostSeats).arg(*seats)};
    try {
        Database& db = store.db();
        Transaction tx(db);
        if (seats)
            db.run("INSERT INTO settings (key, value) VALUES (?, ?)"
                   " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                   settingsKey, QString::number(*seats));
        else
            db.run("DELETE FROM settings WHERE key = ?", settingsKey);
        tx.commit();
    } catch (const StoreError& e) {
        return Error{Tr::tr("The seat budget could not be saved: %1").arg(e.message())};
    }
    return {};
}

} // namespace tutordesk
