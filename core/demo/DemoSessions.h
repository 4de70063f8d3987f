#pragma once

namespace tutordesk::demo {

struct DemoWorld;
class DemoWriter;

// The school year day by day, from the placement day to the last day: every group's sessions on its
// weekdays (school days only; shorter on minimum days); up to `through` they are held, or cancelled when
// the tutor is out with no substitute or a school event takes the students, some with a make-up within a
// week; after `through` they are scheduled. Held sessions get attendance, probes and the coordinator's
// calls; the winter and spring diagnostics come on their days.
void runSessions(DemoWorld& world, DemoWriter& out, int firstPercent, int lastPercent);

} // namespace tutordesk::demo
