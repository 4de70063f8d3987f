#include "schedule/Groups.h"

#include "placement/Subjects.h"
#include "schedule/GroupRows.h"
#include "store/Store.h"

#include <algorithm>
#include <string>

namespace tutordesk {

std::optional<GroupRecord> Groups::find(Store& store, std::int64_t id)
{
    Statement st = store.db().prepare(std::string("SELECT ") + GroupRows::columns +
                                      " FROM tutoring_groups g WHERE g.id = ?");
    st.bindAll(id);
    if (!st.step())
        return std::nullopt;
    return GroupRows::read(st);
}

std::vector<GroupRecord> Groups::list(Store& store, bool includeEnded)
{
    Statement st = store.db().prepare(std::string("SELECT ") + GroupRows::columns +
                                      " FROM tutoring_groups g WHERE ? OR g.status <> 'ended'");
    st.bindAll(includeEnded);
    std::vector<GroupRecord> groups;
    while (st.step())
        groups.push_back(GroupRows::read(st));
    std::sort(groups.begin(), groups.end(), [](const GroupRecord& a, const GroupRecord& b) {
        const int subjectA = Subjects::order(a.subject);
        const int subjectB = Subjects::order(b.subject);
        if (subjectA != subjectB)
            return subjectA < subjectB;
        const int byName = QString::localeAwareCompare(a.name, b.name);
        return byName != 0 ? byName < 0 : a.id < b.id;
    });
    return groups;
}

std::vector<Groups::Member> Groups::members(Store& store, std::int64_t groupId)
{
    Statement st = store.db().prepare(
        "SELECT s.id, s.sourced_id,"
        " CASE WHEN s.preferred_name <> '' THEN s.preferred_name ELSE s.first_name END || ' ' || s.last_name"
        " FROM enrollments e JOIN students s ON s.id = e.student_id"
        " WHERE e.group_id = ? AND e.status IN ('invited', 'consented', 'active')"
        " ORDER BY s.last_name_key, s.first_name_key, s.sourced_id");
    st.bindAll(groupId);
    std::vector<Member> members;
    while (st.step())
        members.push_back({st.integer(0), st.text(1), st.text(2)});
    return members;
}

} // namespace tutordesk
