#include "NeedScoreRefresh.h"

#include "placement/NeedScore.h"
#include "store/StoreError.h"

#include <QApplication>

namespace tutordesk {

std::optional<QString> NeedScoreRefresh::run(Store& store)
{
    // A few hundred milliseconds on the large school: a wait cursor, not a worker thread.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    std::optional<QString> failure;
    try {
        if (const auto ranked = NeedScore::rankAll(store); !ranked)
            failure = ranked.error().message;
    } catch (const StoreError& e) {
        failure = e.message();
    }
    QApplication::restoreOverrideCursor();
    return failure;
}

} // namespace tutordesk
