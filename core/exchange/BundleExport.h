#pragma once

#include "common/Result.h"
#include "exchange/Bundle.h"

#include <QDateTime>

#include <functional>
#include <optional>

namespace tutordesk {

class Store;

struct ExportRequest {
    BundleMode mode = BundleMode::Delta;
    QDateTime now; // UTC: the bundle's createdAt and name
    // A delta that would hold no change is not made (nothing is written; the result holds no bundle).
    bool skipWhenUnchanged = false;
    // 0–100 as the rows are written; answering false cancels (nothing is written, an Error returns).
    std::function<bool(int percent)> progress;
};

// Makes the next bundle of this school (EXCHANGE.md "Out"): bulk or delta, the names and notes included as
// ExchangeSettings says, sequence one after the last bundle made. In one transaction it puts the bundle in
// the outbox (waiting, not yet acknowledged) and records what the district will then hold (export_rows), so
// that the next delta starts after it. A delta asked for before any bundle was made becomes a bulk (the
// district has nothing to apply it to).
Result<std::optional<Bundle>> exportBundle(Store& store, const ExportRequest& request);

} // namespace tutordesk
