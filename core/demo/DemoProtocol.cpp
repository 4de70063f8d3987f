#include "demo/DemoProtocol.h"

#include "protocol/ProtocolEngine.h"
#include "schedule/SchoolCalendar.h"
#include "store/Store.h"

#include <QDateTime>
#include <QUuid>

#include <vector>

namespace tutordesk::demo {

namespace {

// What the demo coordinator wrote when she resolved an action without a logged contact.
QString doneNote(const QString& rule)
{
    if (rule == QLatin1String("schedule_makeup"))
        return QStringLiteral("Make-up held during the tutor's open period.");
    if (rule == QLatin1String("escalate"))
        return QStringLiteral(
            "Met with the classroom teacher and the counselor; family invited to a conference.");
    if (rule == QLatin1String("pause_offer_seat"))
        return QStringLiteral("Seat paused; offered to the next student on the waitlist.");
    if (rule == QLatin1String("cover_tutor_absence"))
        return QStringLiteral("Covered.");
    return QStringLiteral("Family notified.");
}

} // namespace

// Follow-ups asked for more than two weeks before `through` were made: a short call on the day, logged.
void followUp(Database& db, const QDate& through, const QString& coordinator)
{
    struct Stale {
        QString sourcedId;
        std::int64_t student;
        std::optional<std::int64_t> guardian;
        QDate on;
        QString language;
        QString purpose;
    };
    std::vector<Stale> stale;
    Statement asked =
        db.prepare("SELECT c.sourced_id, c.student_id, c.guardian_id, c.follow_up_on, c.language,"
                   " c.purpose FROM contacts c WHERE c.follow_up_on < ?"
                   " AND NOT EXISTS (SELECT 1 FROM contacts later WHERE later.student_id ="
                   " c.student_id AND later.contacted_at > c.contacted_at)"
                   " ORDER BY c.id");
    asked.bindAll(through.addDays(-14));
    while (asked.step())
        stale.push_back({asked.text(0), asked.integer(1), asked.optionalInteger(2),
                         QDate::fromString(asked.text(3), Qt::ISODate), asked.text(4), asked.text(5)});
    Statement insert =
        db.prepare("INSERT INTO contacts (sourced_id, student_id, guardian_id, contacted_at, method,"
                   " language, purpose, outcome, notes, by_whom)"
                   " VALUES (?, ?, ?, ?, 'phone', ?, ?, 'reached', ?, ?)");
    // Ids derived from the contact followed up, so the demo stays the same for a seed.
    const QUuid space(QStringLiteral("6f1c2a4e-35b0-4d55-9f43-5d1e8f0b7a21"));
    for (const Stale& s : stale) {
        insert.bindAll(QUuid::createUuidV5(space, s.sourcedId).toString(QUuid::WithoutBraces), s.student,
                       s.guardian, s.on.toString(Qt::ISODate) + QStringLiteral("T15:30"), s.language,
                       s.purpose, QStringLiteral("Followed up as planned."), coordinator);
        insert.run();
    }
}

void followProtocol(Store& store, const QDate& through)
{
    Database& db = store.db();
    std::vector<std::int64_t> students;
    Statement seated = db.prepare("SELECT DISTINCT student_id FROM enrollments WHERE group_id IS NOT NULL");
    while (seated.step())
        students.push_back(seated.integer(0));
    ProtocolEngine::refreshStudents(store, students, through);

    // Actions due before the last school day were handled, except about one in twelve of the last two
    // weeks' (by id, so the demo stays deterministic): an honest backlog for the Today page.
    const SchoolCalendar calendar = SchoolCalendar::load(store);
    QDate handledBy = through.addDays(-1); // the last school day before `through`
    while (handledBy > calendar.yearStart() && !calendar.isSchoolDay(handledBy))
        handledBy = handledBy.addDays(-1);
    // The engine dates what it creates today; in the demo each action arose on its session's day.
    db.run("UPDATE protocol_actions SET created_on = (SELECT s.day FROM sessions s WHERE s.id = session_id)"
           " WHERE session_id IS NOT NULL AND (SELECT s.day FROM sessions s WHERE s.id = session_id) < "
           "created_on");

    // A missed-session contact within three days of the absence resolves the action it answers.
    Statement open = db.prepare("SELECT a.id, a.rule, a.student_id, a.due_on,"
                                " (SELECT c.id FROM contacts c JOIN sessions s ON s.id = a.session_id"
                                "  WHERE c.student_id = a.student_id AND c.purpose = 'missed_session'"
                                "  AND substr(c.contacted_at, 1, 10) BETWEEN s.day AND date(s.day, '+3 days')"
                                "  ORDER BY c.contacted_at LIMIT 1)"
                                " FROM protocol_actions a WHERE a.status = 'open' AND a.due_on < ?"
                                " ORDER BY a.id");
    Statement resolve =
        db.prepare("UPDATE protocol_actions SET status = 'done', resolved_at = ?, resolved_by = ?,"
                   " resolution_note = ?, contact_id = ? WHERE id = ?");
    const QString coordinator = db.queryText("SELECT coordinator FROM school WHERE id = 1");
    followUp(db, through, coordinator);
    struct Handled {
        std::int64_t id;
        QString rule;
        QDate due;
        std::optional<std::int64_t> contact;
    };
    std::vector<Handled> handled; // read first: SQLite does not promise a scan that sees its own updates
    open.bindAll(handledBy);
    while (open.step()) {
        Handled h{open.integer(0), open.text(1), QDate::fromString(open.text(3), Qt::ISODate),
                  open.optionalInteger(4)};
        if (h.id % 12 != 5 || h.due.daysTo(through) > 14)
            handled.push_back(std::move(h));
    }
    for (const Handled& h : handled) {
        const QString note =
            h.contact ? QStringLiteral("Called the family (see the contact log).") : doneNote(h.rule);
        // Resolved on its due day, late in the afternoon.
        const QString resolvedAt = QDateTime(h.due, QTime(16, 30)).toUTC().toString(Qt::ISODateWithMs);
        resolve.bindAll(resolvedAt, coordinator, note, h.contact, h.id);
        resolve.run();
    }
}

} // namespace tutordesk::demo
