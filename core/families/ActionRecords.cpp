#include "families/ActionRecords.h"

#include "families/ContactLog.h"
#include "protocol/ProtocolRules.h"
#include "schedule/ScheduleText.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

namespace tutordesk::actions {

std::optional<ActionRow> findRow(Database& db, std::int64_t actionId)
{
    Statement st = db.prepare(
        "SELECT a.id, a.sourced_id, a.rule, a.status, a.student_id, a.enrollment_id, a.session_id, "
        "a.created_on,"
        " coalesce(CASE WHEN st.preferred_name <> '' THEN st.preferred_name ELSE st.first_name END || ' ' ||"
        " st.last_name, ''), a.attendance_rate"
        " FROM protocol_actions a LEFT JOIN students st ON st.id = a.student_id WHERE a.id = ?");
    st.bindAll(actionId);
    if (!st.step())
        return std::nullopt;
    ActionRow row;
    row.id = st.integer(0);
    row.sourcedId = st.text(1);
    row.rule = ProtocolRuleNames::fromCode(st.text(2)).value_or(ProtocolRule::NotifyFamily);
    row.status = st.text(3);
    row.studentId = st.optionalInteger(4);
    row.enrollmentId = st.optionalInteger(5);
    row.sessionId = st.optionalInteger(6);
    row.createdOn = ScheduleText::parseDay(st.text(7));
    row.studentName = st.text(8);
    row.attendanceRate = st.optionalReal(9);
    return row;
}

QString missing(std::int64_t actionId)
{
    return Tr::tr("There is no due action %1 (it may have been removed). Reload the Today page.")
        .arg(actionId);
}

QString describe(const ActionRow& action)
{
    const QString title = ProtocolRuleNames::title(action.rule);
    if (action.studentName.isEmpty())
        return title;
    return Tr::tr("%1 for %2").arg(title, action.studentName);
}

QString notOpen(const ActionRow& action)
{
    if (action.status == QLatin1String("withdrawn"))
        return Tr::tr(
                   "\u201c%1\u201d was withdrawn: the absence that caused it was changed. There is nothing "
                   "left to do.")
            .arg(describe(action));
    if (action.status == QLatin1String("not_needed"))
        return Tr::tr("\u201c%1\u201d is already resolved as not needed. Reopen it first to change that.")
            .arg(describe(action));
    return Tr::tr("\u201c%1\u201d is already done. Reopen it first to change that.").arg(describe(action));
}

QDate escalationSince(Store& store, const ActionRow& action)
{
    const ProtocolThresholds rules = ProtocolRules::load(store);
    Database& db = store.db();
    const QDate anchor =
        action.sessionId
            ? ScheduleText::parseDay(db.queryText("SELECT day FROM sessions WHERE id = ?", *action.sessionId))
            : action.createdOn;
    const QDate windowStart = anchor.isValid() ? anchor.addDays(-7 * rules.escalateWindowWeeks) : QDate();
    if (!action.sessionId || !action.studentId)
        return windowStart;
    // The run of absences that ends at the action's session: the seat's group's held sessions (make-ups
    // included) up to it, latest first, until the student attended one.
    Statement st =
        db.prepare("SELECT s.day, a.status FROM attendance a JOIN sessions s ON s.id = a.session_id"
                   " JOIN sessions x ON x.id = ?2"
                   " WHERE a.student_id = ?1 AND s.group_id = x.group_id AND s.status <> 'cancelled'"
                   " AND (s.day < x.day OR (s.day = x.day AND (s.starts_at < x.starts_at OR s.id = x.id)))"
                   " ORDER BY s.day DESC, s.starts_at DESC, s.id DESC");
    st.bindAll(*action.studentId, *action.sessionId);
    QDate runStart;
    while (st.step()) {
        const QString status = st.text(1);
        if (status != QLatin1String("excused") && status != QLatin1String("unexcused"))
            break;
        runStart = ScheduleText::parseDay(st.text(0));
    }
    if (!runStart.isValid())
        return windowStart; // no attendance recorded for it (the record changed since)
    // An escalation for a low attendance rate is about the whole window, not only the last absences.
    if (action.attendanceRate && windowStart.isValid())
        return std::min(runStart, windowStart);
    return runStart;
}

std::optional<QString> escalationBlockerFor(Store& store, const ActionRow& action)
{
    if (action.rule != ProtocolRule::Escalate || !action.studentId)
        return std::nullopt;
    const QDate since = escalationSince(store, action);
    if (ContactLog::attemptsSince(store, *action.studentId, since) > 0)
        return std::nullopt;
    return Tr::tr(
        "Log a call or letter to the family first: escalation follows at least one contact attempt.");
}

std::optional<QString> resolveIn(Store& store, const ActionRow& action, const Resolution& resolution)
{
    if (!action.isOpen())
        return notOpen(action);
    const QString note = resolution.note.trimmed();
    if (!resolution.done && note.isEmpty())
        return Tr::tr("Say why it is not needed.");
    if (resolution.done) {
        if (auto blocker = escalationBlockerFor(store, action))
            return blocker;
    }
    Database& db = store.db();
    if (resolution.contactId &&
        db.queryInteger("SELECT count(*) FROM contacts WHERE id = ?", *resolution.contactId) == 0)
        return Tr::tr(
                   "The contact to link to \u201c%1\u201d is gone (it may have been removed). Log it again.")
            .arg(describe(action));
    if (resolution.letterId &&
        db.queryInteger("SELECT count(*) FROM letters_sent WHERE id = ?", *resolution.letterId) == 0)
        return Tr::tr(
                   "The letter to link to \u201c%1\u201d is gone (it may have been removed). Print it again.")
            .arg(describe(action));
    db.run("UPDATE protocol_actions SET status = ?, resolved_at = ?,"
           " resolved_by = (SELECT actor FROM audit_context WHERE id = 1), resolution_note = ?,"
           " contact_id = coalesce(?, contact_id), letter_id = coalesce(?, letter_id),"
           " makeup_session_id = coalesce(?, makeup_session_id) WHERE id = ? AND status = 'open'",
           resolution.done ? "done" : "not_needed",
           QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")), note,
           resolution.contactId, resolution.letterId, resolution.makeupSessionId, action.id);
    return std::nullopt;
}

std::optional<QString> linkContactIn(Store& store, std::int64_t actionId, std::int64_t contactId)
{
    Database& db = store.db();
    const auto action = findRow(db, actionId);
    if (!action)
        return missing(actionId);
    Statement st = db.prepare("SELECT student_id, method, outcome, notes FROM contacts WHERE id = ?");
    st.bindAll(contactId);
    if (!st.step())
        return Tr::tr("There is no contact %1 (it may have been removed). Log it again.").arg(contactId);
    if (action->studentId && st.integer(0) != *action->studentId)
        return Tr::tr("That contact is about another student, not %1. Choose %1's contact.")
            .arg(action->studentName);
    if (!action->isOpen())
        return notOpen(*action);
    // The note says what happened, so the Today page's history reads without opening the contact.
    QString note =
        Tr::tr("%1: %2").arg(ContactLog::methodTitle(st.text(1)), ContactLog::outcomeTitle(st.text(2)));
    if (!st.text(3).trimmed().isEmpty())
        note = Tr::tr("%1 \u2014 %2").arg(note, st.text(3).trimmed());
    Resolution resolution;
    resolution.note = note;
    resolution.contactId = contactId;
    return resolveIn(store, *action, resolution);
}

QString storeFailure(Store& store, const StoreError& error)
{
    return Tr::tr("The change could not be saved in %1: %2").arg(store.path(), error.message());
}

void setAuditReason(Database& db, const std::optional<QString>& reason)
{
    db.run("UPDATE audit_context SET reason = ? WHERE id = 1", reason);
}

} // namespace tutordesk::actions
