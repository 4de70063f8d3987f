#pragma once

#include <cstdint>
#include <string_view>

namespace tutordesk::demo {

struct DemoWorld;
class DemoWriter;

// How often each student misses tutoring: a rate from their school attendance, absences that come in
// streaks (an absence makes the next one more likely), and a share of students whose attendance drifts
// down as the year goes on.
void prepareAttendance(DemoWorld& world);

// One held session: a row per seated student, the streaks that follow from it, the calls the
// coordinator makes about them, the seats paused after five misses in a row, and the skill probes due.
void takeAttendance(DemoWorld& world, DemoWriter& out, int group, std::int64_t session, int dayIndex,
                    int minutes, std::string_view recordedBy);

} // namespace tutordesk::demo
