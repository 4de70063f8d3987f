#pragma once

namespace tutordesk::demo {

struct DemoWorld;
class DemoWriter;

// Families of the school's communities: students with their demographics, programs and attendance
// rates, and the guardians who answer for them.
void makePeople(DemoWorld& world);
// Inserts students (with their need scores, which must be computed first), guardians and their links.
void writePeople(DemoWorld& world, DemoWriter& out);

} // namespace tutordesk::demo
