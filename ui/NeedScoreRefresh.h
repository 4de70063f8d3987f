#pragma once

#include <QString>

#include <optional>

namespace tutordesk {

class Store;

// Recalculates every need score (NeedScore::rankAll) behind a wait cursor: what the Students
// page's button, Settings and an import all do once the evidence or the weights changed.
class NeedScoreRefresh final {
public:
    // Nothing when done; else why not, in core's words.
    static std::optional<QString> run(Store& store);
};

} // namespace tutordesk
