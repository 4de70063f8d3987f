#pragma once

namespace tutordesk::demo {

struct DemoWorld;
class DemoWriter;

// Gives each group a tutor, weekdays and a start time: within the tutor's availability, never two groups
// of one tutor or one student at the same time, the least busy tutor first (one who speaks the group's
// home language preferred), pull-out blocks before after-school ones. Groups no tutor can take are
// dissolved and their students go back to the waitlist.
void scheduleGroups(DemoWorld& world);
void writeGroups(DemoWorld& world, DemoWriter& out);

} // namespace tutordesk::demo
