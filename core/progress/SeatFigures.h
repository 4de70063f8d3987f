#pragma once

#include <QDate>

#include <string>

namespace tutordesk {

class Store;

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
//     makeups_held        make-up sessions held for this student (with their attendance)
namespace SeatFigures {
// seat_figures computed in the statement (bind ":today").
const char* commonTables();
// The same seat_figures, and probe_growth, read from temp tables this connection builds for `today` on first
// use and again after anything changes the database: a screen's several queries (a window of rows, its
// count, its summary, a chart) then compute dosage and growth once, not once each. probe_growth here is a
// common table expression that shadows the view of that name within the statement. Inside an open
// transaction (a temp table built there could be rolled back) it computes in the statement as above.
std::string commonTables(Store& store, const QDate& today);
} // namespace SeatFigures

} // namespace tutordesk
