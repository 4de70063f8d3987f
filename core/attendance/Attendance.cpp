#include "attendance/Attendance.h"

#include "protocol/ProtocolEngine.h"
#include "schedule/ScheduleQuery.h"
#include "schedule/ScheduleText.h"
#include "store/Store.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QUuid>

#include <algorithm>
#include <set>
#include <variant>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::Attendance)
};

// The sheet's students: attendance taken, plus the students a make-up is for, else the group's seat holders
// on the session's day (a seat since given back still counts for the days it was held), in ScheduleQuery's
// order. ?1 is the session.
constexpr const char* sheetRows =
    "SELECT st.id, st.sourced_id,"
    " CASE WHEN st.preferred_name <> '' THEN st.preferred_name ELSE st.first_name END || ' ' || st.last_name,"
    " a.status, coalesce(a.minutes, 0), coalesce(a.note, ''), coalesce(a.absent_from_school, 0),"
    " coalesce(a.recorded_by, '')"
    " FROM students st LEFT JOIN attendance a ON a.session_id = ?1 AND a.student_id = st.id"
    " WHERE st.id IN ("
    "   SELECT student_id FROM attendance WHERE session_id = ?1"
    "   UNION SELECT student_id FROM session_students WHERE session_id = ?1"
    "   UNION SELECT e.student_id FROM enrollments e JOIN sessions s ON s.id = ?1 AND e.group_id = s.group_id"
    "     WHERE (e.status IN ('invited', 'consented', 'active')"
    "       OR (e.status IN ('paused', 'exited') AND coalesce(e.end_day, e.status_since) >= s.day))"
    "     AND (e.begin_day IS NULL OR e.begin_day <= s.day)"
    "     AND NOT EXISTS (SELECT 1 FROM session_students WHERE session_id = ?1))"
    " ORDER BY st.last_name_key, st.first_name_key, st.id";

std::optional<AttendanceSheet> loadSheet(Store& store, std::int64_t sessionId)
{
    auto session = ScheduleQuery::session(store, sessionId);
    if (!session)
        return std::nullopt;
    Database& db = store.db();
    AttendanceSheet sheet;
    sheet.session = std::move(*session);
    Statement info =
        db.prepare("SELECT s.skill_covered, CASE WHEN g.skill_description <> ''"
                   " THEN g.skill_description ELSE g.skill_code END"
                   " FROM sessions s JOIN tutoring_groups g ON g.id = s.group_id WHERE s.id = ?");
    info.bindAll(sessionId);
    if (info.step()) {
        sheet.skillCovered = info.text(0);
        sheet.targetSkill = info.text(1);
    }
    Statement rows = db.prepare(sheetRows);
    rows.bindAll(sessionId);
    while (rows.step()) {
        AttendanceRow row;
        row.studentId = rows.integer(0);
        row.districtId = rows.text(1);
        row.name = rows.text(2);
        if (!rows.isNull(3))
            row.status = AttendanceStatuses::fromCode(rows.text(3));
        row.minutes = static_cast<int>(rows.integer(4));
        row.note = rows.text(5);
        row.absentFromSchool = rows.integer(6) != 0;
        row.recordedBy = rows.text(7);
        sheet.rows.push_back(std::move(row));
    }
    return sheet;
}

// "Reading · Grades 3–4 · Tier 2 · A on Tue 2 Mar 2027": how messages name a session.
QString sessionName(const ScheduledSession& session)
{
    return Tr::tr("%1 on %2").arg(session.groupName, ScheduleText::day(session.day));
}

// What a mark stores once the minutes rules are applied.
struct Stored {
    AttendanceStatus status = AttendanceStatus::Present;
    int minutes = 0;
    bool absentFromSchool = false;
    QString note;
};

// The row `mark` would store, or why it cannot.
std::variant<Stored, QString> resolve(const AttendanceMark& mark, const ScheduledSession& session,
                                      const QString& studentName)
{
    Stored stored{mark.status, 0, false, mark.note};
    const int length = session.minutes;
    switch (mark.status) {
    case AttendanceStatus::Present:
        stored.minutes = mark.minutes.value_or(length);
        if (stored.minutes < 1 || stored.minutes > length)
            return Tr::tr("%1 was present at %2: the minutes attended must be between 1 and %3, not %4.")
                .arg(studentName, sessionName(session), QString::number(length),
                     QString::number(stored.minutes));
        break;
    case AttendanceStatus::Tardy:
        if (length < 2)
            return Tr::tr("%1 is only %2 minutes long: record %3 as present or absent.")
                .arg(sessionName(session), QString::number(length), studentName);
        if (!mark.minutes)
            return Tr::tr("%1 was tardy to %2: give the minutes they attended (1 to %3).")
                .arg(studentName, sessionName(session), QString::number(length - 1));
        stored.minutes = *mark.minutes;
        if (stored.minutes < 1 || stored.minutes >= length)
            return Tr::tr(
                       "%1 was tardy to %2: the minutes attended must be between 1 and %3, not %4 (a student "
                       "who attended all %5 minutes is present).")
                .arg(studentName, sessionName(session), QString::number(length - 1),
                     QString::number(stored.minutes), QString::number(length));
        break;
    case AttendanceStatus::Excused:
    case AttendanceStatus::Unexcused:
        // An absence attends nothing; being away from school only means something for an absence.
        stored.absentFromSchool = mark.absentFromSchool;
        break;
    }
    return stored;
}

const AttendanceRow* findRow(const AttendanceSheet& sheet, std::int64_t studentId)
{
    const auto found = std::find_if(sheet.rows.begin(), sheet.rows.end(),
                                    [&](const AttendanceRow& row) { return row.studentId == studentId; });
    return found == sheet.rows.end() ? nullptr : &*found;
}

// True when storing `stored` over `row` changes what the audit log follows.
bool changesRecord(const AttendanceRow& row, const Stored& stored)
{
    return row.status && (*row.status != stored.status || row.minutes != stored.minutes ||
                          row.absentFromSchool != stored.absentFromSchool);
}

bool changesRecord(const AttendanceRow& row, const AttendanceMark& mark, const ScheduledSession& session)
{
    if (!row.status)
        return false;
    const auto resolved = resolve(mark, session, row.name);
    if (const auto* stored = std::get_if<Stored>(&resolved))
        return changesRecord(row, *stored);
    return true; // a mark that cannot be stored is at least not the record as it is
}

QString studentName(Database& db, std::int64_t studentId)
{
    return db.queryText("SELECT CASE WHEN preferred_name <> '' THEN preferred_name ELSE first_name END"
                        " || ' ' || last_name FROM students WHERE id = ?",
                        studentId);
}

void setReason(Database& db, const std::optional<QString>& reason)
{
    db.run("UPDATE audit_context SET reason = ? WHERE id = 1", reason);
}

// Checks every mark and says why the entry cannot be recorded, before anything is written.
std::optional<QString> refusal(Database& db, const AttendanceSheet& sheet, const AttendanceEntry& entry,
                               const QDate& today)
{
    const ScheduledSession& session = sheet.session;
    if (session.day > today)
        return Tr::tr("%1 is on %2: attendance can be taken from that day on.")
            .arg(session.groupName, ScheduleText::day(session.day));
    if (session.isCancelled())
        return Tr::tr(
                   "%1 was cancelled: a cancelled session has no attendance. Restore it on the Schedule page "
                   "first, or record the students at a make-up.")
            .arg(sessionName(session));
    std::set<std::int64_t> seen;
    for (const AttendanceMark& mark : entry.marks) {
        const AttendanceRow* row = findRow(sheet, mark.studentId);
        if (!row) {
            const QString name = studentName(db, mark.studentId);
            if (name.isEmpty())
                return Tr::
                    tr("There is no student %1 (they may have been removed). Reload the attendance sheet.")
                        .arg(mark.studentId);
            return Tr::
                tr("%1 is not on the sheet of %2: only the group's students (or the students a make-up is "
                   "for) can be recorded there.")
                    .arg(name, sessionName(session));
        }
        if (!seen.insert(mark.studentId).second)
            return Tr::tr("%1 is marked twice for %2: keep one mark.").arg(row->name, sessionName(session));
        const auto resolved = resolve(mark, session, row->name);
        if (const auto* why = std::get_if<QString>(&resolved))
            return *why;
    }
    if (Attendance::needsReason(sheet, entry, today) && entry.reason.trimmed().isEmpty())
        return Tr::tr(
                   "%1 is past: changing what was recorded for it needs a reason, which the audit log keeps "
                   "with who changed it and when. Give the reason for the change.")
            .arg(sessionName(session));
    return std::nullopt;
}

// Writes one mark; true when it created or changed the record the audit log follows.
enum class Written { Nothing, Created, Changed };

Written write(Database& db, std::int64_t sessionId, const AttendanceRow& row, const Stored& stored)
{
    const QString status = AttendanceStatuses::code(stored.status);
    if (!row.status) {
        db.run("INSERT INTO attendance (sourced_id, session_id, student_id, status, minutes, note,"
               " absent_from_school, recorded_by)"
               " VALUES (?, ?, ?, ?, ?, ?, ?, (SELECT actor FROM audit_context WHERE id = 1))",
               QUuid::createUuid().toString(QUuid::WithoutBraces), sessionId, row.studentId, status,
               stored.minutes, stored.note, stored.absentFromSchool);
        return Written::Created;
    }
    if (changesRecord(row, stored)) {
        db.run("UPDATE attendance SET status = ?, minutes = ?, absent_from_school = ?, note = ?"
               " WHERE session_id = ? AND student_id = ?",
               status, stored.minutes, stored.absentFromSchool, stored.note, sessionId, row.studentId);
        return Written::Changed;
    }
    if (row.note != stored.note)
        db.run("UPDATE attendance SET note = ? WHERE session_id = ? AND student_id = ?", stored.note,
               sessionId, row.studentId);
    return Written::Nothing;
}

} // namespace

bool AttendanceSheet::isComplete() const
{
    return std::all_of(rows.begin(), rows.end(),
                       [](const AttendanceRow& row) { return row.status.has_value(); });
}

bool AttendanceSheet::isStarted() const
{
    return std::any_of(rows.begin(), rows.end(),
                       [](const AttendanceRow& row) { return row.status.has_value(); });
}

std::optional<AttendanceSheet> Attendance::sheet(Store& store, std::int64_t sessionId)
{
    return loadSheet(store, sessionId);
}

bool Attendance::needsReason(const AttendanceSheet& sheet, const AttendanceEntry& entry, const QDate& today)
{
    // The day itself is for taking and correcting attendance; afterwards the record is history.
    if (!(sheet.session.day < today))
        return false;
    return std::any_of(entry.marks.begin(), entry.marks.end(), [&](const AttendanceMark& mark) {
        const AttendanceRow* row = findRow(sheet, mark.studentId);
        return row && changesRecord(*row, mark, sheet.session);
    });
}

Result<AttendanceOutcome> Attendance::record(Store& store, std::int64_t sessionId,
                                             const AttendanceEntry& entry, const QDate& today)
{
    Database& db = store.db();
    QString where = Tr::tr("session %1").arg(sessionId);
    try {
        Transaction tx(db);
        const auto sheet = loadSheet(store, sessionId);
        if (!sheet)
            return Error{Tr::tr("There is no session %1 (it may have been removed). Reload the schedule.")
                             .arg(sessionId)};
        where = sessionName(sheet->session);
        if (auto refused = refusal(db, *sheet, entry, today))
            return Error{*refused};

        const QString reason = entry.reason.trimmed();
        setReason(db, reason.isEmpty() ? std::nullopt : std::optional<QString>(reason));
        AttendanceOutcome outcome;
        std::vector<std::int64_t> concerned;
        for (const AttendanceMark& mark : entry.marks) {
            const AttendanceRow& row = *findRow(*sheet, mark.studentId);
            const Stored stored = std::get<Stored>(resolve(mark, sheet->session, row.name));
            switch (write(db, sessionId, row, stored)) {
            case Written::Created:
                ++outcome.recorded;
                concerned.push_back(row.studentId);
                break;
            case Written::Changed:
                ++outcome.changed;
                concerned.push_back(row.studentId);
                break;
            case Written::Nothing:
                break;
            }
        }
        if (entry.skillCovered && entry.skillCovered->trimmed() != sheet->skillCovered)
            db.run("UPDATE sessions SET skill_covered = ? WHERE id = ?", entry.skillCovered->trimmed(),
                   sessionId);
        // A session with attendance took place.
        db.run("UPDATE sessions SET status = 'held' WHERE id = ?1 AND status = 'scheduled'"
               " AND EXISTS (SELECT 1 FROM attendance WHERE session_id = ?1)",
               sessionId);
        if (!concerned.empty()) {
            const ProtocolRefresh refresh = ProtocolEngine::refreshStudents(store, concerned, today);
            outcome.actionsCreated = refresh.created;
            outcome.actionsWithdrawn = refresh.withdrawn;
        }
        setReason(db, std::nullopt);
        tx.commit();
        return outcome;
    } catch (const StoreError& e) {
        return Error{Tr::tr("The attendance of %1 could not be saved in %2: %3")
                         .arg(where, store.path(), e.message())};
    }
}

Result<AttendanceOutcome> Attendance::recordOne(Store& store, const QString& sessionSourcedId,
                                                const QString& studentDistrictId, AttendanceStatus status,
                                                std::optional<int> minutes, const QString& reason,
                                                const QDate& today)
{
    Database& db = store.db();
    const QString sessionKey = sessionSourcedId.trimmed();
    const QString studentKey = studentDistrictId.trimmed();
    const std::int64_t sessionId =
        db.queryInteger("SELECT id FROM sessions WHERE sourced_id = ?", sessionKey);
    if (sessionId == 0)
        return Error{Tr::tr("No session \"%1\" in this school. `tutordesk-cli schedule --json` lists them.")
                         .arg(sessionKey)};
    const std::int64_t studentId =
        db.queryInteger("SELECT id FROM students WHERE sourced_id = ?", studentKey);
    if (studentId == 0)
        return Error{
            Tr::tr("No student \"%1\" in this school: give the student's district id.").arg(studentKey)};
    AttendanceMark mark;
    mark.studentId = studentId;
    mark.status = status;
    mark.minutes = minutes;
    // The command line says nothing about notes and school absence: keep what the record has.
    mark.note = db.queryText("SELECT note FROM attendance WHERE session_id = ? AND student_id = ?", sessionId,
                             studentId);
    mark.absentFromSchool = db.queryInteger("SELECT absent_from_school FROM attendance WHERE session_id = ?"
                                            " AND student_id = ?",
                                            sessionId, studentId) != 0;
    AttendanceEntry entry;
    entry.marks.push_back(mark);
    entry.reason = reason;
    return record(store, sessionId, entry, today);
}

} // namespace tutordesk
