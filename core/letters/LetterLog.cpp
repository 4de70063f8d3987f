#include "letters/LetterLog.h"

#include "families/ActionRecords.h"
#include "letters/LetterKinds.h"
#include "store/Store.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QUuid>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::LetterLog)
};

// Stored like ContactLog stores a contact's time: UTC to the second, so text order is time order.
QString storedInstant(const QDateTime& at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

QDateTime parseInstant(const QString& text)
{
    QDateTime at = QDateTime::fromString(text, Qt::ISODate);
    if (!at.isValid())
        at = QDateTime::fromString(text, Qt::ISODateWithMs);
    return at.toLocalTime();
}

QString newSourcedId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool isMissedNotice(const QString& kind)
{
    return kind.startsWith(QLatin1String("missed-"));
}

// The open notify_family actions a missed-session letter answers: every one the student has by today.
std::vector<std::int64_t> openNotifyActions(Database& db, std::int64_t studentId, const QDate& today)
{
    Statement st =
        db.prepare("SELECT id FROM protocol_actions WHERE student_id = ? AND rule = 'notify_family'"
                   " AND status = 'open' AND created_on <= ? ORDER BY created_on, id");
    st.bindAll(studentId, today);
    std::vector<std::int64_t> ids;
    while (st.step())
        ids.push_back(st.integer(0));
    return ids;
}

// Writes one letter's contact and letters_sent rows and links or resolves its actions, inside the
// caller's transaction. Returns the refusal, if any.
std::optional<QString> recordOne(Store& store, const MergedLetter& letter, const QString& output, Paper paper,
                                 const QString& byWhom, const QDateTime& at, const QDate& today,
                                 std::int64_t& letterId)
{
    Database& db = store.db();
    const LetterRequest& request = letter.request;
    if (db.queryInteger("SELECT count(*) FROM students WHERE id = ?", request.studentId) == 0)
        return Tr::tr("There is no student %1 (they may have been removed). Merge the letters again.")
            .arg(request.studentId);
    if (letter.guardianId && db.queryInteger("SELECT count(*) FROM student_guardians WHERE student_id = ?"
                                             " AND guardian_id = ?",
                                             request.studentId, *letter.guardianId) == 0)
        return Tr::
            tr("The letter for %1 is addressed to a guardian no longer listed for them. Merge the letters "
               "again.")
                .arg(letter.studentName);
    if (!LetterKinds::isKnown(request.kind))
        return Tr::tr("\u201c%1\u201d is not a kind of letter.").arg(request.kind);

    std::optional<actions::ActionRow> requested;
    if (request.actionId) {
        requested = actions::findRow(db, *request.actionId);
        if (!requested)
            return actions::missing(*request.actionId);
        if (requested->studentId && *requested->studentId != request.studentId)
            return Tr::tr(
                       "The letter for %1 answers a due action of another student. Merge the letters again.")
                .arg(letter.studentName);
    }
    const std::vector<std::int64_t> notify = isMissedNotice(request.kind)
                                                 ? openNotifyActions(db, request.studentId, today)
                                                 : std::vector<std::int64_t>{};
    // The action the letter was printed for: the one asked for, else the first notice it answers.
    std::optional<std::int64_t> actionId = request.actionId;
    if (!actionId && !notify.empty())
        actionId = notify.front();

    db.run("INSERT INTO contacts (sourced_id, student_id, guardian_id, contacted_at, method, direction,"
           " language, purpose, outcome, notes, by_whom)"
           " VALUES (?, ?, ?, ?, 'letter', 'outgoing', ?, ?, 'sent', ?, ?)",
           newSourcedId(), request.studentId, letter.guardianId, storedInstant(at), letter.language,
           LetterKinds::purpose(request.kind), letter.title.trimmed(), byWhom);
    const std::int64_t contactId = db.lastInsertId();
    db.run("INSERT INTO letters_sent (sourced_id, student_id, guardian_id, kind, language, template_version,"
           " translation_reviewed, output, contact_id, action_id, paper, created_at)"
           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
           newSourcedId(), request.studentId, letter.guardianId, request.kind, letter.language,
           letter.version, letter.reviewed, output, contactId, actionId, LetterRender::paperCode(paper),
           storedInstant(at));
    letterId = db.lastInsertId();

    actions::Resolution resolution;
    resolution.note = Tr::tr("Letter sent: %1").arg(LetterKinds::title(request.kind));
    resolution.contactId = contactId;
    resolution.letterId = letterId;
    for (const std::int64_t id : notify) {
        const auto action = actions::findRow(db, id);
        if (!action || !action->isOpen())
            continue;
        if (auto refused = actions::resolveIn(store, *action, resolution))
            return refused;
    }
    // A make-up, an escalation or a seat offer needs more than a letter: it stays open, with the
    // letter on record. A notice it answers is resolved above.
    if (requested && requested->rule != ProtocolRule::NotifyFamily && requested->isOpen())
        db.run("UPDATE protocol_actions SET letter_id = ? WHERE id = ?", letterId, requested->id);
    else if (requested && requested->rule == ProtocolRule::NotifyFamily && !isMissedNotice(request.kind)) {
        const auto action = actions::findRow(db, requested->id);
        if (action && action->isOpen()) {
            if (auto refused = actions::resolveIn(store, *action, resolution))
                return refused;
        }
    }
    return std::nullopt;
}

} // namespace

Result<std::vector<std::int64_t>> LetterLog::record(Store& store, const std::vector<MergedLetter>& letters,
                                                    const QString& output, Paper paper, const QString& byWhom,
                                                    const QDateTime& at, const QDate& today)
{
    if (output != QLatin1String("print") && output != QLatin1String("pdf"))
        return Error{Tr::tr("\u201c%1\u201d is not a way of sending a letter: print or pdf.").arg(output)};
    if (!at.isValid())
        return Error{Tr::tr("Say when the letters were printed or saved.")};
    try {
        Database& db = store.db();
        Transaction tx(db);
        const QString who = byWhom.trimmed().isEmpty()
                                ? db.queryText("SELECT actor FROM audit_context WHERE id = 1")
                                : byWhom.trimmed();
        std::vector<std::int64_t> ids;
        ids.reserve(letters.size());
        for (const MergedLetter& letter : letters) {
            std::int64_t id = 0;
            if (auto refused = recordOne(store, letter, output, paper, who, at, today, id))
                return Error{Tr::tr("No letter was logged: %1").arg(*refused)};
            ids.push_back(id);
        }
        tx.commit();
        return ids;
    } catch (const StoreError& e) {
        return Error{Tr::tr("The letters could not be logged in %1: %2. Nothing was logged; try again.")
                         .arg(store.path(), e.message())};
    }
}

std::vector<SentLetter> LetterLog::forStudent(Store& store, std::int64_t studentId)
{
    Statement st = store.db().prepare(
        "SELECT l.id, l.student_id,"
        " coalesce(nullif(s.preferred_name, ''), s.first_name) || ' ' || s.last_name,"
        " l.guardian_id, coalesce(trim(g.first_name || ' ' || g.last_name), ''), l.kind, l.language,"
        " l.template_version, l.translation_reviewed, l.output, l.created_at, l.contact_id, l.action_id"
        " FROM letters_sent l JOIN students s ON s.id = l.student_id"
        " LEFT JOIN guardians g ON g.id = l.guardian_id"
        " WHERE l.student_id = ? ORDER BY l.created_at DESC, l.id DESC");
    st.bindAll(studentId);
    std::vector<SentLetter> letters;
    while (st.step()) {
        SentLetter l;
        l.id = st.integer(0);
        l.studentId = st.integer(1);
        l.studentName = st.text(2);
        l.guardianId = st.optionalInteger(3);
        l.guardianName = st.text(4);
        l.kind = st.text(5);
        l.language = st.text(6);
        l.templateVersion = st.text(7);
        l.translationReviewed = st.integer(8) != 0;
        l.output = st.text(9);
        l.at = parseInstant(st.text(10));
        l.contactId = st.optionalInteger(11);
        l.actionId = st.optionalInteger(12);
        letters.push_back(std::move(l));
    }
    return letters;
}

} // namespace tutordesk
