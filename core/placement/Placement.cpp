#include "placement/Placement.h"

#include "placement/PlacementText.h"
#include "placement/PlacementView.h"
#include "placement/Placer.h"
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

} // namespace

Result<PlacementResult> Placement::place(Store& store, bool dryRun)
{
    return place(store, dryRun, QDate::currentDate());
}

Result<PlacementResult> Placement::place(Store& store, bool dryRun, const QDate& today)
{
    try {
        Database& db = store.db();
        Transaction tx(db);
        Statement school = db.prepare("SELECT year_start, year_end FROM school WHERE id = 1");
        if (!school.step())
            return Error{Tr::tr("%1 has no school yet: set the school up (its name and school year) before "
                                "placing students.")
                             .arg(store.path())};
        Placer::Setup setup;
        setup.today = today.isValid() ? today : QDate::currentDate();
        setup.yearStart = QDate::fromString(school.text(0), Qt::ISODate);
        setup.yearEnd = QDate::fromString(school.text(1), Qt::ISODate);
        setup.weights = NeedWeights::load(store);
        setup.tiers = Tiers::load(store);
        setup.seatBudget = seatBudget(store);
        const int budget = setup.seatBudget;

        // The audit log says why these enrollments changed; the reason is cleared before commit so
        // that later changes on this connection do not inherit it.
        db.run("UPDATE audit_context SET reason = ? WHERE id = 1", Tr::tr("Placement by need"));
        Placer placer(db, std::move(setup));
        placer.run();
        db.run("UPDATE audit_context SET reason = NULL WHERE id = 1");

        PlacementResult result = PlacementView::load(db, &placer.outcome());
        result.placed = placer.placed();
        result.groupsCreated = placer.groupsCreated();
        result.leftWaitlist = placer.leftWaitlist();
        result.seatBudget = budget;
        result.applied = !dryRun;
        // A dry run does all of it and then rolls back (the Transaction's destructor): what it
        // reports is exactly what a real run would do.
        if (!dryRun)
            tx.commit();
        return result;
    } catch (const StoreError& e) {
        if (PlacementText::isGroupFull(e))
            return Error{
                Tr::tr("A group filled up while placing; nothing was changed. Run the placement again.")};
        return Error{Tr::tr("The placement could not be saved in %1: %2").arg(store.path(), e.message())};
    }
}

PlacementResult Placement::current(Store& store)
{
    PlacementResult result = PlacementView::load(store.db());
    result.seatBudget = seatBudget(store);
    result.applied = true;
    return result;
}

} // namespace tutordesk
