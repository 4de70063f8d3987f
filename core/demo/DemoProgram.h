#pragma once

namespace tutordesk::demo {

struct DemoWorld;

// Who is served: students ranked by need (ties: lower school attendance first, then district id),
// the top ones seated by subject and tier, the next ones waitlisted; seated students are then grouped by
// subject, grade band, tier and instructional level, with a target skill for each group.
void planProgram(DemoWorld& world);

} // namespace tutordesk::demo
