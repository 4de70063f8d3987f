#include "progress/SeatFigures.h"

namespace tutordesk {

// Kept in step with Dosage.cpp's seatSelect and figuresSelect (SeatFiguresTest compares them on the demo
// school): a seat given back counts up to its end day, else the day its status changed.
const char* SeatFigures::commonTables()
{
    return "seats AS ("
           " SELECT e.id AS enrollment_id, e.student_id, e.group_id, e.tier, e.subject, e.status,"
           "  coalesce(e.begin_day, g.start_day) AS since,"
           "  min(:today, CASE WHEN e.status IN ('paused', 'exited') THEN coalesce(e.end_day, e.status_since)"
           "   ELSE :today END) AS until"
           " FROM enrollments e JOIN tutoring_groups g ON g.id = e.group_id"
           " WHERE e.status IN ('active', 'consented', 'invited', 'paused', 'exited')),"
           " seat_figures AS ("
           " SELECT st.enrollment_id, st.student_id, st.group_id, st.tier, st.subject, st.status, st.since,"
           "  st.until,"
           "  coalesce(sum(CASE WHEN s.kind = 'regular' THEN s.minutes ELSE 0 END), 0) AS planned_minutes,"
           "  coalesce(sum(coalesce(a.minutes, 0)), 0) AS delivered_minutes,"
           "  coalesce(sum(s.kind = 'regular' AND coalesce(a.absent_from_school, 0) = 0), 0)"
           "   AS sessions_scheduled,"
           "  coalesce(sum(s.kind = 'regular' AND coalesce(a.absent_from_school, 0) = 0"
           "   AND (s.status = 'held' OR EXISTS (SELECT 1 FROM attendance x WHERE x.session_id = s.id))), 0)"
           "   AS sessions_held,"
           "  coalesce(sum(a.status IN ('present', 'tardy')), 0) AS sessions_attended,"
           "  coalesce(sum(a.status IN ('excused', 'unexcused')), 0) AS sessions_absent,"
           "  coalesce(sum(s.kind = 'makeup' AND a.status IN ('present', 'tardy')), 0) AS makeups_attended"
           " FROM seats st"
           " LEFT JOIN sessions s ON s.group_id = st.group_id AND s.day BETWEEN st.since AND st.until"
           " LEFT JOIN attendance a ON a.session_id = s.id AND a.student_id = st.student_id"
           " GROUP BY st.enrollment_id)";
}

} // namespace tutordesk
