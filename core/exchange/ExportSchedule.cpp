#include "exchange/ExportSchedule.h"

#include "exchange/ExchangeSettings.h"
#include "exchange/Outbox.h"
#include "store/Store.h"

#include <QTimeZone>

namespace tutordesk {

bool dailyExportDue(Store& store, const QDateTime& nowLocal)
{
    const ExchangeSettings settings = ExchangeSettings::load(store);
    if (!settings.dailyAfter || !nowLocal.isValid() || nowLocal.time() < *settings.dailyAfter)
        return false;
    // "Today" is the coordinator's local date: the bundles made between its local midnights, whose
    // created_at the outbox keeps in UTC.
    const QTimeZone zone = nowLocal.timeZone();
    const QDate today = nowLocal.date();
    const QDateTime dayStart(today, QTime(0, 0), zone);
    const QDateTime dayEnd(today.addDays(1), QTime(0, 0), zone);
    const std::int64_t made =
        store.db().queryInteger("SELECT count(*) FROM outbox WHERE created_at >= ? AND created_at < ?",
                                utcText(dayStart), utcText(dayEnd));
    return made == 0;
}

} // namespace tutordesk
