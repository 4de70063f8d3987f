#include "families/ActionRecords.h"
#include "families/ContactLog.h"
#include "families/ContactRecords.h"
#include "letters/LetterKinds.h"
#include "schedule/ScheduleText.h"
#include "store/Store.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QLocale>

#include <functional>

namespace tutordesk {

namespace {

using namespace contactrecords;

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::ContactLog)
};

QString missingContact(std::int64_t contactId)
{
    return Tr::tr("There is no contact %1 in the log (it may have been deleted meanwhile). Reload the page.")
        .arg(contactId);
}

std::optional<ContactEntry> findIn(Database& db, std::int64_t contactId)
{
    Statement st =
        db.prepare((QByteArray("SELECT ") + entryColumns +
                    " FROM contacts c LEFT JOIN guardians g ON g.id = c.guardian_id WHERE c.id = ?")
                       .toStdString());
    st.bindAll(contactId);
    if (!st.step())
        return std::nullopt;
    return readEntry(st);
}

// Times are compared to the minute: the editor shows minutes, and a legacy row's local text must not
// be rewritten (and audited as changed) when nobody touched its time.
bool sameMinute(const QDateTime& a, const QDateTime& b)
{
    return a.toSecsSinceEpoch() / 60 == b.toSecsSinceEpoch() / 60;
}

bool sameRecord(const ContactEntry& a, const ContactEntry& b)
{
    return a.guardianId == b.guardianId && sameMinute(a.at, b.at) && a.method == b.method &&
           a.direction == b.direction && a.language == b.language && a.interpreterUsed == b.interpreterUsed &&
           a.purpose == b.purpose && a.outcome == b.outcome && a.notes == b.notes &&
           a.followUpOn == b.followUpOn && a.byWhom == b.byWhom;
}

std::optional<QString> updateIn(Store& store, const ContactEntry& wanted, const QString& reason)
{
    Database& db = store.db();
    const auto old = findIn(db, wanted.id);
    if (!old)
        return missingContact(wanted.id);
    if (auto problem = codeProblem(wanted))
        return problem;
    // The student stays: a contact about another student is a new contact.
    if (wanted.guardianId && db.queryInteger("SELECT count(*) FROM student_guardians WHERE student_id = ?"
                                             " AND guardian_id = ?",
                                             old->studentId, *wanted.guardianId) == 0)
        return Tr::tr("That guardian is not listed for this student. Choose one of the student's guardians.");
    ContactEntry next = wanted;
    next.language = wanted.language.trimmed();
    next.notes = wanted.notes.trimmed();
    next.byWhom = wanted.byWhom.trimmed().isEmpty() ? old->byWhom : wanted.byWhom.trimmed();
    if (sameRecord(*old, next))
        return std::nullopt; // nothing to change, nothing to audit
    const QString storedAt = sameMinute(old->at, next.at)
                                 ? db.queryText("SELECT contacted_at FROM contacts WHERE id = ?", old->id)
                                 : storedInstant(next.at);
    actions::setAuditReason(db, reason.trimmed());
    db.run("UPDATE contacts SET guardian_id = ?, contacted_at = ?, method = ?, direction = ?, language = ?,"
           " interpreter_used = ?, purpose = ?, outcome = ?, notes = ?, follow_up_on = ?, by_whom = ?"
           " WHERE id = ?",
           next.guardianId, storedAt, next.method, next.direction, next.language, next.interpreterUsed,
           next.purpose, next.outcome, next.notes, next.followUpOn, next.byWhom, old->id);
    actions::setAuditReason(db, std::nullopt);
    return std::nullopt;
}

// Why a contact must stay in the log, with what to do instead.
std::optional<QString> keeper(Database& db, const ContactEntry& contact)
{
    Statement letter =
        db.prepare("SELECT kind, substr(created_at, 1, 10) FROM letters_sent WHERE contact_id = ?"
                   " ORDER BY id LIMIT 1");
    letter.bindAll(contact.id);
    if (letter.step())
        return Tr::tr("This contact is the record of the letter \u201c%1\u201d printed on %2, and a printed "
                      "letter "
                      "stays on record. If something in it is wrong, correct it with Edit instead.")
            .arg(LetterKinds::title(letter.text(0)),
                 QLocale().toString(ScheduleText::parseDay(letter.text(1)), QLocale::ShortFormat));
    const std::int64_t resolved = db.queryInteger(
        "SELECT coalesce(min(id), 0) FROM protocol_actions WHERE contact_id = ? AND status IN ('done', "
        "'not_needed')",
        contact.id);
    if (resolved != 0) {
        const auto action = actions::findRow(db, resolved);
        return Tr::tr("This contact resolved the due action \u201c%1\u201d. Reopen that action first (on the "
                      "student's Tutoring tab), then delete the contact, or correct the contact with Edit "
                      "instead.")
            .arg(action ? actions::describe(*action) : QString::number(resolved));
    }
    return std::nullopt;
}

std::optional<QString> removeIn(Store& store, std::int64_t contactId, const QString& reason)
{
    Database& db = store.db();
    const auto contact = findIn(db, contactId);
    if (!contact)
        return missingContact(contactId);
    if (auto kept = keeper(db, *contact))
        return kept;
    actions::setAuditReason(db, reason.trimmed());
    // A reopened (or withdrawn) action keeps its link to the contact; the contact goes, so the link does.
    db.run("UPDATE protocol_actions SET contact_id = NULL WHERE contact_id = ?", contactId);
    // The delete triggers leave a tombstone for the district and an audit row with the reason.
    db.run("DELETE FROM contacts WHERE id = ?", contactId);
    actions::setAuditReason(db, std::nullopt);
    return std::nullopt;
}

Result<void> inTransaction(Store& store, const QString& what,
                           const std::function<std::optional<QString>()>& write)
{
    try {
        Transaction tx(store.db());
        if (auto refused = write())
            return Error{*refused};
        tx.commit();
        return {};
    } catch (const StoreError& e) {
        return Error{what.arg(store.path(), e.message())};
    }
}

} // namespace

Result<void> ContactLog::update(Store& store, const ContactEntry& entry, const QString& reason)
{
    if (reason.trimmed().isEmpty())
        return Error{Tr::tr("Say why you are changing this contact: the reason is kept with the old and new "
                            "values in the audit log that funding reviews read.")};
    return inTransaction(store, Tr::tr("The contact could not be changed in %1: %2"),
                         [&] { return updateIn(store, entry, reason); });
}

Result<void> ContactLog::remove(Store& store, std::int64_t contactId, const QString& reason)
{
    if (reason.trimmed().isEmpty())
        return Error{Tr::tr("Say why you are deleting this contact: the reason is kept in the audit log that "
                            "funding reviews read.")};
    return inTransaction(store, Tr::tr("The contact could not be deleted from %1: %2"),
                         [&] { return removeIn(store, contactId, reason); });
}

std::optional<ContactEntry> ContactLog::find(Store& store, std::int64_t contactId)
{
    return findIn(store.db(), contactId);
}

QString ContactLog::purposeTitle(const QString& code)
{
    if (code == QLatin1String("enrollment"))
        return Tr::tr("Enrollment and consent");
    if (code == QLatin1String("missed_session"))
        return Tr::tr("Missed session");
    if (code == QLatin1String("progress"))
        return Tr::tr("Progress");
    if (code == QLatin1String("general"))
        return Tr::tr("General");
    return code;
}

QStringList ContactLog::purposeCodes()
{
    return {QStringLiteral("enrollment"), QStringLiteral("missed_session"), QStringLiteral("progress"),
            QStringLiteral("general")};
}

} // namespace tutordesk
