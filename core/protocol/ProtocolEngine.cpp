#include "protocol/ProtocolEngine.h"

#include "protocol/ProtocolCover.h"
#include "protocol/ProtocolRules.h"
#include "protocol/ProtocolSeats.h"
#include "schedule/SchoolCalendar.h"
#include "store/Store.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <QCoreApplication>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::ProtocolEngine)
};

ProtocolRefresh& operator+=(ProtocolRefresh& a, const ProtocolRefresh& b)
{
    a.created += b.created;
    a.withdrawn += b.withdrawn;
    a.closed += b.closed;
    return a;
}

} // namespace

Result<ProtocolRefresh> ProtocolEngine::refresh(Store& store, const QDate& today)
{
    try {
        Database& db = store.db();
        Transaction tx(db);
        const SchoolCalendar calendar = SchoolCalendar::load(store);
        const ProtocolThresholds thresholds = ProtocolRules::load(store);
        ProtocolRefresh result = ProtocolSeats::refresh(store, std::nullopt, today, calendar, thresholds);
        result += ProtocolCover::refresh(store, today, calendar, thresholds);
        tx.commit();
        return result;
    } catch (const StoreError& e) {
        return Error{
            Tr::tr("The missed-session protocol could not be brought up to date in %1: %2 Nothing was "
                   "changed; try again, and if it keeps failing run \"tutordesk-cli check\".")
                .arg(store.path(), e.message())};
    }
}

ProtocolRefresh ProtocolEngine::refreshStudents(Store& store, const std::vector<std::int64_t>& studentIds,
                                                const QDate& today)
{
    if (studentIds.empty())
        return {};
    const SchoolCalendar calendar = SchoolCalendar::load(store);
    const ProtocolThresholds thresholds = ProtocolRules::load(store);
    return ProtocolSeats::refresh(store, studentIds, today, calendar, thresholds);
}

ProtocolRefresh ProtocolEngine::refreshCover(Store& store, const QDate& today)
{
    const SchoolCalendar calendar = SchoolCalendar::load(store);
    return ProtocolCover::refresh(store, today, calendar, ProtocolRules::load(store));
}

} // namespace tutordesk
