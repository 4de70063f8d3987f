#pragma once

namespace tutordesk::demo {

struct DemoWorld;
class DemoWriter;

// Skill probes on the group's target skill: a pre-test at the first session, a progress probe about every
// four weeks whose growth follows the sessions attended (with noise, and some students who respond
// little), a post-test at the last session or when the goal is met, which exits the student; and a
// student confidence rating (1-5) at the start and again in spring for some.
void probeAfterSession(DemoWorld& world, DemoWriter& out, int enrollment, int dayIndex, bool present);

} // namespace tutordesk::demo
