#include "protocol/ProtocolActionRows.h"

#include "schedule/SchoolCalendar.h"
#include "store/Database.h"

#include <QDateTime>
#include <QUuid>

#include <algorithm>

namespace tutordesk {

void ProtocolActionRows::insert(Database& db, const NewAction& a)
{
    db.run(
        "INSERT INTO protocol_actions (sourced_id, student_id, enrollment_id, session_id, rule, created_on,"
        " due_on, absences_in_row, attendance_rate) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        QUuid::createUuid().toString(QUuid::WithoutBraces), a.studentId, a.enrollmentId, a.sessionId,
        ProtocolRuleNames::code(a.rule), a.createdOn, a.dueOn, a.absencesInRow, a.attendanceRate);
}

void ProtocolActionRows::close(Database& db, std::int64_t actionId, const char* status, const QString& note)
{
    // A timestamp of when it happened, not a decision: the wall clock is right here.
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    db.run("UPDATE protocol_actions SET status = ?, resolved_at = ?,"
           " resolved_by = (SELECT actor FROM audit_context WHERE id = 1), resolution_note = ?"
           " WHERE id = ? AND status = 'open'",
           status, now, note, actionId);
}

QDate ProtocolActionRows::dueAfter(const SchoolCalendar& calendar, const QDate& day, int days)
{
    if (days <= 0)
        return day;
    const QDate due = calendar.schoolDayAfter(day, days);
    if (due.isValid())
        return due;
    return calendar.yearEnd().isValid() ? std::max(calendar.yearEnd(), day) : day;
}

QDate ProtocolActionRows::dueBefore(const SchoolCalendar& calendar, const QDate& day, int days,
                                    const QDate& earliest)
{
    QDate due = day;
    for (int counted = 0; counted < days && due > earliest;) {
        due = due.addDays(-1);
        if (calendar.isSchoolDay(due))
            ++counted;
    }
    return std::max(due, earliest);
}

} // namespace tutordesk
