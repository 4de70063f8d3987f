#include "exchange/ExportTables.h"

namespace tutordesk {

namespace {

using K = ExportColumnKind;

// A boolean column as the district reads it.
#define TD_BOOL(column) "CASE WHEN " column " THEN 'true' ELSE 'false' END"
// A stored timestamp (UTC with Z, or a legacy local time) as UTC with milliseconds.
#define TD_UTC(column)                                                                                       \
    "CASE WHEN " column " IS NULL THEN NULL WHEN " column                                                    \
    " LIKE '%Z' THEN strftime('%Y-%m-%dT%H:%M:%fZ', " column ") ELSE strftime('%Y-%m-%dT%H:%M:%fZ', " column \
    ", 'utc') END"
// A weekday of the tutoring_groups.weekdays bit set, iCalendar style.
#define TD_DAY(bit, code) "CASE WHEN g.weekdays & " #bit " THEN ' " code "' ELSE '' END"
#define TD_ONE(bit) "((g.weekdays & " #bit ") > 0)"

const char* const studentsSql =
    "SELECT s.sourced_id, s.updated_at, s.first_name, s.last_name, s.preferred_name, s.grade, s.gender, " //
    TD_BOOL("s.hispanic_latino") ", " TD_BOOL("s.race_american_indian") ", " TD_BOOL("s.race_asian") ", " //
    TD_BOOL("s.race_black") ", " TD_BOOL("s.race_pacific_islander") ", " TD_BOOL(
        "s.race_white") ", " //
                        "s.el_status, s.home_language, " TD_BOOL("s.iep") ", " TD_BOOL(
                            "s.section_504") ", " //
    TD_BOOL("s.foster") ", " TD_BOOL("s.homeless") ", " TD_BOOL(
        "s.disadvantaged") ", " //
                           "s.attendance_rate, s.need_score, s.need_tier, s.status FROM students s ORDER BY "
                           "s.sourced_id";

const char* const tutorsSql =
    "SELECT t.sourced_id, t.updated_at, t.type, t.status, v.sourced_id, t.background_check_until,"
    " t.tb_test_until FROM tutors t LEFT JOIN supervisors v ON v.id = t.supervisor_id ORDER BY t.sourced_id";

const char* const groupsSql =
    "SELECT g.sourced_id, g.updated_at, g.name, g.subject, g.skill_code, g.skill_description, g.tier,"
    " g.delivery_model, g.cap, t.sourced_id, ltrim(" TD_DAY(1, "MO") " || " TD_DAY(2, "TU") " || "    //
    TD_DAY(4, "WE") " || " TD_DAY(8, "TH") " || " TD_DAY(16, "FR") " || " TD_DAY(32, "SA") " || "     //
    TD_DAY(64, "SU") "), g.starts_at, g.minutes, g.start_day, g.end_day, g.minutes * ("               //
    TD_ONE(1) " + " TD_ONE(2) " + " TD_ONE(4) " + " TD_ONE(8) " + " TD_ONE(16) " + " TD_ONE(32) " + " //
    TD_ONE(64) "), g.status FROM tutoring_groups g LEFT JOIN tutors t ON t.id = g.tutor_id"
               " ORDER BY g.sourced_id";

const char* const enrollmentsSql =
    "SELECT e.sourced_id, e.updated_at, s.sourced_id, g.sourced_id, e.subject, e.tier, e.status, e.begin_day,"
    " e.end_day, e.exit_reason, e.need_score FROM enrollments e JOIN students s ON s.id = e.student_id"
    " LEFT JOIN tutoring_groups g ON g.id = e.group_id ORDER BY e.sourced_id";

// The tutor who taught is the substitute when there was one. The group size present counts the attendance
// rows present or tardy: it changes without the session's updated_at, which is why deltas compare lines.
const char* const sessionsSql =
    "SELECT se.sourced_id, se.updated_at, g.sourced_id, se.day, se.starts_at, se.minutes, se.status, se.kind,"
    " m.sourced_id, se.cancel_reason, coalesce(sub.sourced_id, tu.sourced_id),"
    " (SELECT count(*) FROM attendance a WHERE a.session_id = se.id AND a.status IN ('present', 'tardy'))"
    " FROM sessions se JOIN tutoring_groups g ON g.id = se.group_id"
    " LEFT JOIN sessions m ON m.id = se.makeup_for LEFT JOIN tutors tu ON tu.id = se.tutor_id"
    " LEFT JOIN tutors sub ON sub.id = se.substitute_tutor_id ORDER BY se.sourced_id";

const char* const attendanceSql =
    "SELECT a.sourced_id, a.updated_at, se.sourced_id, s.sourced_id, se.day,"
    " CASE a.status WHEN 'present' THEN 'In Attendance' WHEN 'tardy' THEN 'Tardy'"
    " WHEN 'excused' THEN 'Excused Absence' ELSE 'Unexcused Absence' END, a.minutes"
    " FROM attendance a JOIN sessions se ON se.id = a.session_id JOIN students s ON s.id = a.student_id"
    " ORDER BY a.sourced_id";

const char* const assessmentsSql =
    "SELECT a.sourced_id, a.updated_at, s.sourced_id, a.kind, a.subject, a.skill, a.test_window, a.score,"
    " a.max_score, a.placement, a.assessed_on FROM assessments a JOIN students s ON s.id = a.student_id"
    " ORDER BY a.sourced_id";

const char* const contactsSql = "SELECT c.sourced_id, c.updated_at, s.sourced_id, " TD_UTC(
    "c.contacted_at") ", c.method, c.direction,"
                      " c.language, c.purpose, c.outcome, " TD_BOOL(
                          "c.interpreter_used") ", c.notes"
                                                " FROM contacts c JOIN students s ON s.id = c.student_id "
                                                "ORDER BY c.sourced_id";

// A tutor-absence action has no student of its own; an enrollment's action names the enrollment's student.
const char* const actionsSql =
    "SELECT p.sourced_id, p.updated_at, s.sourced_id, p.rule, p.created_on, p.due_on, p.status, " //
    TD_UTC("p.resolved_at") " FROM protocol_actions p LEFT JOIN enrollments e ON e.id = p.enrollment_id"
                            " LEFT JOIN students s ON s.id = coalesce(p.student_id, e.student_id)"
                            " ORDER BY p.sourced_id";

#undef TD_BOOL
#undef TD_UTC
#undef TD_DAY
#undef TD_ONE

} // namespace

const std::vector<ExportTable>& exportTables()
{
    static const std::vector<ExportTable> tables = {
        {"students.csv",
         "students",
         {{"givenName", K::Name},
          {"familyName", K::Name},
          {"preferredName", K::Name},
          {"grade", K::Text},
          {"gender", K::Text},
          {"hispanicOrLatinoEthnicity", K::Text},
          {"americanIndianOrAlaskaNative", K::Text},
          {"asian", K::Text},
          {"blackOrAfricanAmerican", K::Text},
          {"nativeHawaiianOrOtherPacificIslander", K::Text},
          {"white", K::Text},
          {"elStatus", K::Text},
          {"homeLanguage", K::Text},
          {"iep", K::Text},
          {"section504", K::Text},
          {"fosterYouth", K::Text},
          {"homeless", K::Text},
          {"economicallyDisadvantaged", K::Text},
          {"schoolAttendanceRate", K::Number},
          {"needScore", K::Number},
          {"tier", K::Number},
          {"schoolStatus", K::Text}},
         studentsSql},
        {"tutors.csv",
         "tutors",
         {{"tutorType", K::Text},
          {"tutorStatus", K::Text},
          {"supervisor", K::Text},
          {"backgroundCheckExpires", K::Number},
          {"tbTestExpires", K::Number}},
         tutorsSql},
        {"groups.csv",
         "tutoring_groups",
         {{"title", K::Text},
          {"subject", K::Text},
          {"skillCode", K::Text},
          {"skillDescription", K::Text},
          {"tier", K::Number},
          {"deliveryModel", K::Text},
          {"cap", K::Number},
          {"tutor", K::Text},
          {"weekdays", K::Text},
          {"startTime", K::Number},
          {"minutes", K::Number},
          {"startDate", K::Number},
          {"endDate", K::Number},
          {"plannedMinutesPerWeek", K::Number},
          {"groupStatus", K::Text}},
         groupsSql},
        {"enrollments.csv",
         "enrollments",
         {{"student", K::Text},
          {"group", K::Text},
          {"subject", K::Text},
          {"tier", K::Number},
          {"enrollmentStatus", K::Text},
          {"beginDate", K::Number},
          {"endDate", K::Number},
          {"exitReason", K::Text},
          {"needScoreAtPlacement", K::Number}},
         enrollmentsSql},
        {"sessions.csv",
         "sessions",
         {{"group", K::Text},
          {"date", K::Number},
          {"startTime", K::Number},
          {"plannedMinutes", K::Number},
          {"sessionStatus", K::Text},
          {"sessionKind", K::Text},
          {"makeupFor", K::Text},
          {"cancelReason", K::Text},
          {"tutor", K::Text},
          {"groupSizePresent", K::Number}},
         sessionsSql},
        {"attendance.csv",
         "attendance",
         {{"session", K::Text},
          {"student", K::Text},
          {"date", K::Number},
          {"attendanceCategory", K::Text},
          {"minutesPresent", K::Number}},
         attendanceSql},
        {"assessments.csv",
         "assessments",
         {{"student", K::Text},
          {"kind", K::Text},
          {"subject", K::Text},
          {"skill", K::Text},
          {"window", K::Text},
          {"score", K::Number},
          {"maxScore", K::Number},
          {"placement", K::Text},
          {"date", K::Number}},
         assessmentsSql},
        {"contacts.csv",
         "contacts",
         {{"student", K::Text},
          {"time", K::Number},
          {"method", K::Text},
          {"direction", K::Text},
          {"language", K::Text},
          {"purpose", K::Text},
          {"outcome", K::Text},
          {"interpreter", K::Text},
          {"notes", K::Notes}},
         contactsSql},
        {"protocol_actions.csv",
         "protocol_actions",
         {{"student", K::Text},
          {"rule", K::Text},
          {"created", K::Number},
          {"due", K::Number},
          {"actionStatus", K::Text},
          {"resolved", K::Number}},
         actionsSql},
    };
    return tables;
}

} // namespace tutordesk
