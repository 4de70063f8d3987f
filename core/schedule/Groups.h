#pragma once

#include "schedule/GroupRecord.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace tutordesk {

class Store;

// Reading groups for the editor and the schedule's pickers.
class Groups final {
public:
    static std::optional<GroupRecord> find(Store& store, std::int64_t id);
    // Planned and active groups (ended ones too when asked), by subject then name.
    static std::vector<GroupRecord> list(Store& store, bool includeEnded = false);
    // The district ids and names of the students holding seats (invited, consented, active).
    struct Member {
        std::int64_t studentId = 0;
        QString districtId;
        QString name;
    };
    static std::vector<Member> members(Store& store, std::int64_t groupId);
};

} // namespace tutordesk
