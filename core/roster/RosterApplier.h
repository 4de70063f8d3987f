#pragma once

#include "common/Result.h"
#include "roster/ImportReport.h"
#include "roster/RosterStudent.h"

#include <functional>
#include <vector>

namespace tutordesk {

class Store;

struct RosterApplyOptions {
    bool dryRun = false;
    // The roster is the whole school: active students it does not list are withdrawn.
    bool withdrawMissing = false;
};

// Writes validated roster students in one transaction: adds the new, updates only what changed
// (a re-import of the same file changes nothing, not even updated_at), links guardians, and
// withdraws the missing only when asked. Every reader (generic CSV, OneRoster) ends here.
class RosterApplier final {
public:
    using Progress = std::function<bool(int done, int total)>; // false cancels: nothing is written

    static Result<ImportReport> apply(Store& store, const std::vector<RosterStudent>& students,
                                      const RosterApplyOptions& options, ImportReport report,
                                      const Progress& progress = {});
};

} // namespace tutordesk
