#include "families/ContactLog.h"

#include "families/ActionRecords.h"
#include "families/ContactRecords.h"
#include "schedule/ScheduleText.h"
#include "store/Store.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QUuid>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::ContactLog)
};

} // namespace

namespace contactrecords {

QString storedInstant(const QDateTime& at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

QString dayStartUtc(const QDate& day)
{
    return storedInstant(QDateTime(day, QTime(0, 0)));
}

QDateTime parseInstant(const QString& text)
{
    QDateTime at = QDateTime::fromString(text, Qt::ISODate);
    if (!at.isValid())
        at = QDateTime::fromString(text, Qt::ISODateWithMs);
    return at.toLocalTime();
}

const char entryColumns[] =
    "c.id, c.sourced_id, c.student_id, c.guardian_id, coalesce(trim(g.first_name || ' ' || g.last_name), ''),"
    " c.contacted_at, c.method, c.direction, c.language, c.interpreter_used, c.purpose, c.outcome, c.notes,"
    " c.follow_up_on, c.by_whom";

ContactEntry readEntry(const Statement& st, int first)
{
    ContactEntry e;
    e.id = st.integer(first);
    e.sourcedId = st.text(first + 1);
    e.studentId = st.integer(first + 2);
    e.guardianId = st.optionalInteger(first + 3);
    e.guardianName = st.text(first + 4);
    e.at = parseInstant(st.text(first + 5));
    e.method = st.text(first + 6);
    e.direction = st.text(first + 7);
    e.language = st.text(first + 8);
    e.interpreterUsed = st.integer(first + 9) != 0;
    e.purpose = st.text(first + 10);
    e.outcome = st.text(first + 11);
    e.notes = st.text(first + 12);
    if (!st.isNull(first + 13))
        e.followUpOn = ScheduleText::parseDay(st.text(first + 13));
    e.byWhom = st.text(first + 14);
    return e;
}

const QStringList directions{QStringLiteral("outgoing"), QStringLiteral("incoming")};

std::optional<QString> codeProblem(const ContactEntry& e)
{
    if (!ContactLog::methodCodes().contains(e.method))
        return Tr::tr(
                   "\u201c%1\u201d is not a way of contacting a family. Choose phone, text, email, letter, "
                   "home "
                   "visit, in person or conference.")
            .arg(e.method);
    if (!directions.contains(e.direction))
        return Tr::tr("\u201c%1\u201d is not a direction. Choose outgoing or incoming.").arg(e.direction);
    if (!ContactLog::purposeCodes().contains(e.purpose))
        return Tr::tr(
                   "\u201c%1\u201d is not a purpose. Choose enrollment, missed session, progress or general.")
            .arg(e.purpose);
    if (!ContactLog::outcomeCodes().contains(e.outcome))
        return Tr::tr("\u201c%1\u201d is not an outcome. Choose reached, left a message, no answer, wrong "
                      "number, "
                      "declined or sent.")
            .arg(e.outcome);
    if (!e.at.isValid())
        return Tr::tr("Say when the contact happened.");
    if (e.language.trimmed().isEmpty())
        return Tr::tr("Say in which language the family was contacted.");
    return std::nullopt;
}

} // namespace contactrecords

namespace {

using namespace contactrecords;

std::optional<QString> addIn(Store& store, const ContactEntry& e, std::int64_t& id)
{
    Database& db = store.db();
    if (auto problem = codeProblem(e))
        return problem;
    if (db.queryInteger("SELECT count(*) FROM students WHERE id = ?", e.studentId) == 0)
        return Tr::tr("There is no student %1 (they may have been removed). Reload the page.")
            .arg(e.studentId);
    if (e.guardianId && db.queryInteger("SELECT count(*) FROM student_guardians WHERE student_id = ?"
                                        " AND guardian_id = ?",
                                        e.studentId, *e.guardianId) == 0)
        return Tr::tr("That guardian is not listed for this student. Choose one of the student's guardians.");
    const QString byWhom = e.byWhom.trimmed().isEmpty()
                               ? db.queryText("SELECT actor FROM audit_context WHERE id = 1")
                               : e.byWhom.trimmed();
    db.run("INSERT INTO contacts (sourced_id, student_id, guardian_id, contacted_at, method, direction, "
           "language,"
           " interpreter_used, purpose, outcome, notes, follow_up_on, by_whom)"
           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
           QUuid::createUuid().toString(QUuid::WithoutBraces), e.studentId, e.guardianId, storedInstant(e.at),
           e.method, e.direction, e.language.trimmed(), e.interpreterUsed, e.purpose, e.outcome,
           e.notes.trimmed(), e.followUpOn, byWhom);
    id = db.lastInsertId();
    return std::nullopt;
}

} // namespace

Result<std::int64_t> ContactLog::add(Store& store, const ContactEntry& entry,
                                     std::optional<std::int64_t> resolvesAction, const QDate& /*today*/)
{
    try {
        Transaction tx(store.db());
        std::int64_t id = 0;
        if (auto refused = addIn(store, entry, id))
            return Error{*refused};
        if (resolvesAction) {
            if (auto refused = actions::linkContactIn(store, *resolvesAction, id))
                return Error{*refused};
        }
        tx.commit();
        return id;
    } catch (const StoreError& e) {
        return Error{Tr::tr("The contact could not be saved in %1: %2").arg(store.path(), e.message())};
    }
}

std::vector<ContactEntry> ContactLog::forStudent(Store& store, std::int64_t studentId)
{
    Statement st = store.db().prepare((QByteArray("SELECT ") + entryColumns +
                                       " FROM contacts c LEFT JOIN guardians g ON g.id = c.guardian_id"
                                       " WHERE c.student_id = ? ORDER BY c.contacted_at DESC, c.id DESC")
                                          .toStdString());
    st.bindAll(studentId);
    std::vector<ContactEntry> contacts;
    while (st.step())
        contacts.push_back(readEntry(st));
    return contacts;
}

int ContactLog::attemptsSince(Store& store, std::int64_t studentId, const QDate& since)
{
    if (!since.isValid())
        return static_cast<int>(store.db().queryInteger(
            "SELECT count(*) FROM contacts WHERE student_id = ? AND direction = 'outgoing'", studentId));
    return static_cast<int>(store.db().queryInteger(
        "SELECT count(*) FROM contacts WHERE student_id = ? AND direction = 'outgoing'"
        " AND contacted_at >= ?",
        studentId, dayStartUtc(since)));
}

std::vector<FollowUp> ContactLog::followUpsDue(Store& store, const QDate& day)
{
    // A later contact with the student (either direction, any outcome) is the follow-up.
    Statement st = store.db().prepare(
        "SELECT c.id, c.student_id,"
        " CASE WHEN s.preferred_name <> '' THEN s.preferred_name ELSE s.first_name END || ' ' || s.last_name,"
        " c.follow_up_on, c.method, c.outcome, c.notes"
        " FROM contacts c JOIN students s ON s.id = c.student_id"
        " WHERE c.follow_up_on IS NOT NULL AND c.follow_up_on <= ?"
        " AND NOT EXISTS (SELECT 1 FROM contacts later WHERE later.student_id = c.student_id"
        "  AND (later.contacted_at > c.contacted_at OR (later.contacted_at = c.contacted_at AND later.id > "
        "c.id)))"
        " ORDER BY c.follow_up_on, s.last_name_key, s.first_name_key, c.id");
    st.bindAll(day);
    std::vector<FollowUp> due;
    while (st.step()) {
        FollowUp f;
        f.contactId = st.integer(0);
        f.studentId = st.integer(1);
        f.studentName = st.text(2);
        f.followUpOn = ScheduleText::parseDay(st.text(3));
        f.method = st.text(4);
        f.outcome = st.text(5);
        f.notes = st.text(6);
        due.push_back(std::move(f));
    }
    return due;
}

QString ContactLog::methodTitle(const QString& code)
{
    if (code == QLatin1String("phone"))
        return Tr::tr("Phone");
    if (code == QLatin1String("text"))
        return Tr::tr("Text message");
    if (code == QLatin1String("email"))
        return Tr::tr("Email");
    if (code == QLatin1String("letter"))
        return Tr::tr("Letter");
    if (code == QLatin1String("home_visit"))
        return Tr::tr("Home visit");
    if (code == QLatin1String("in_person"))
        return Tr::tr("In person");
    if (code == QLatin1String("conference"))
        return Tr::tr("Conference");
    return code;
}

QString ContactLog::outcomeTitle(const QString& code)
{
    if (code == QLatin1String("reached"))
        return Tr::tr("Reached");
    if (code == QLatin1String("left_message"))
        return Tr::tr("Left a message");
    if (code == QLatin1String("no_answer"))
        return Tr::tr("No answer");
    if (code == QLatin1String("wrong_number"))
        return Tr::tr("Wrong number");
    if (code == QLatin1String("declined"))
        return Tr::tr("Declined");
    if (code == QLatin1String("sent"))
        return Tr::tr("Sent");
    return code;
}

QStringList ContactLog::methodCodes()
{
    return {QStringLiteral("phone"),     QStringLiteral("text"),       QStringLiteral("email"),
            QStringLiteral("letter"),    QStringLiteral("home_visit"), QStringLiteral("in_person"),
            QStringLiteral("conference")};
}

QStringList ContactLog::outcomeCodes()
{
    return {QStringLiteral("reached"),      QStringLiteral("left_message"), QStringLiteral("no_answer"),
            QStringLiteral("wrong_number"), QStringLiteral("declined"),     QStringLiteral("sent")};
}

} // namespace tutordesk
