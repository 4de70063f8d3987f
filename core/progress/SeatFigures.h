#pragma once

namespace tutordesk {

// The dosage of every seat at once: the set-based twin of Dosage (core/attendance/Dosage.h), counting the
// same seats the same way, so that the 30-second view, the charts, the equity audit and the weekly review
// agree with the dosage a student's own page shows.
//
// Use it as the first common table expressions of a query, and bind ":today" (a QDate) by name:
//     "WITH " + std::string(SeatFigures::commonTables()) + " SELECT ... FROM seat_figures sf ..."
//     st.bindNamed(":today", today);
// seat_figures has one row per seat (an enrollment with a group, waitlist places left out), up to today
// (or the day a paused or exited seat was given back):
//     enrollment_id, student_id, group_id, tier, subject, status, since, until,
//     planned_minutes     regular sessions scheduled in the span, cancelled ones included (the plan)
//     delivered_minutes   minutes attended, make-ups included
//     sessions_scheduled  regular sessions, leaving out days the student was absent from school
//     sessions_held       of those, the ones held
//     sessions_attended   present or tardy, make-ups included
//     sessions_absent     absences at held sessions
//     makeups_attended
namespace SeatFigures {
const char* commonTables();
} // namespace SeatFigures

} // namespace tutordesk
