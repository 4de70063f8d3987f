#pragma once

#include "exchange/Bundle.h"
#include "exchange/DeltaDiff.h"

#include <vector>

namespace tutordesk {

class Database;

// Records a made bundle inside the caller's transaction: the outbox row (waiting, not acknowledged) and, for
// a delta, what the district then holds (export_rows; a bulk rewrote it while rendering). Throws StoreError.
void recordBundle(Database& db, const Bundle& bundle,
                  const std::vector<std::vector<ExportRowChange>>& changes);

} // namespace tutordesk
