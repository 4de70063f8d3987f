#pragma once

namespace tutordesk::demo {

struct DemoWorld;
class DemoWriter;

// Supervisors and tutors: who they are, what they teach, which languages they speak, when they are
// free, which room they work in, and when their clearances run out.
void makeStaff(DemoWorld& world);
void writeStaff(DemoWorld& world, DemoWriter& out);

} // namespace tutordesk::demo
