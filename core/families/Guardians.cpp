#include "families/Guardians.h"

#include "common/TextFold.h"
#include "store/Store.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

#include <algorithm>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::Guardians)
};

QString digitsOf(const QString& phone)
{
    QString digits;
    for (const QChar c : phone) {
        if (c.isDigit())
            digits.append(c);
    }
    return digits;
}

// Digits, spaces and the punctuation people write numbers with; "x" or "ext" for an extension.
bool phoneCharacters(const QString& phone)
{
    static const QRegularExpression allowed(QStringLiteral("^\\+?[0-9 ().\\-/]+((x|ext\\.?) ?[0-9]+)?$"),
                                            QRegularExpression::CaseInsensitiveOption);
    return allowed.match(phone).hasMatch();
}

// A BCP 47 tag as stored: a 2–3 letter language, then subtags ("zh-Hant", "es-MX", "hmn").
bool languageCode(const QString& code)
{
    static const QRegularExpression tag(QStringLiteral("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$"));
    return tag.match(code).hasMatch();
}

GuardianRecord trimmed(GuardianRecord g)
{
    g.firstName = g.firstName.trimmed();
    g.lastName = g.lastName.trimmed();
    g.phoneMobile = g.phoneMobile.trimmed();
    g.phoneHome = g.phoneHome.trimmed();
    g.phoneWork = g.phoneWork.trimmed();
    g.email = g.email.trimmed();
    g.preferredLanguage = g.preferredLanguage.trimmed();
    g.relationship = g.relationship.trimmed();
    g.preferredMethod = g.preferredMethod.trimmed();
    return g;
}

std::optional<QString> phoneProblem(const QString& who, const QString& which, const QString& phone)
{
    if (phone.isEmpty())
        return std::nullopt;
    if (!phoneCharacters(phone))
        return Tr::tr("The %1 phone of %2, \"%3\", has characters a phone number does not have. Use digits, "
                      "spaces and ( ) - . + only.")
            .arg(which, who, phone);
    if (digitsOf(phone).size() < 7)
        return Tr::tr(
                   "The %1 phone of %2, \"%3\", is too short: a phone number has at least 7 digits. Correct "
                   "it "
                   "or leave it empty.")
            .arg(which, who, phone);
    return std::nullopt;
}

// Why `g` cannot be saved, or nothing. Checked in code so that the message says what to fix.
std::optional<QString> refusal(const GuardianRecord& g)
{
    if (g.firstName.isEmpty() && g.lastName.isEmpty())
        return Tr::tr("A guardian needs a name: type a first or a last name.");
    const QString who = g.displayName();
    if (auto problem = phoneProblem(who, Tr::tr("mobile"), g.phoneMobile))
        return problem;
    if (auto problem = phoneProblem(who, Tr::tr("home"), g.phoneHome))
        return problem;
    if (auto problem = phoneProblem(who, Tr::tr("work"), g.phoneWork))
        return problem;
    if (!g.email.isEmpty()) {
        const auto at = g.email.indexOf(QLatin1Char('@'));
        if (g.email.count(QLatin1Char('@')) != 1 || at == 0 || at == g.email.size() - 1 ||
            g.email.contains(QLatin1Char(' ')))
            return Tr::
                tr("The e-mail of %1, \"%2\", is not an e-mail address: it needs one @ between a name and "
                   "a domain, with no spaces (maria@example.com).")
                    .arg(who, g.email);
    }
    if (!Guardians::relationshipCodes().contains(g.relationship))
        return Tr::tr("\"%1\" is not a relationship TutorDesk knows. Choose one of: %2.")
            .arg(g.relationship, Guardians::relationshipCodes().join(QStringLiteral(", ")));
    if (!Guardians::methodCodes().contains(g.preferredMethod))
        return Tr::tr("\"%1\" is not a contact method TutorDesk knows. Choose one of: %2.")
            .arg(g.preferredMethod, Guardians::methodCodes().join(QStringLiteral(", ")));
    if (g.preferredLanguage.isEmpty())
        return Tr::tr("Choose the language %1 prefers (English if you do not know it).").arg(who);
    if (!languageCode(g.preferredLanguage))
        return Tr::tr("\"%1\" is not a language code. Choose a language from the list or type a code such as "
                      "\"es\", \"zh-Hant\" or \"hmn\".")
            .arg(g.preferredLanguage);
    if (g.consentToTexts && g.phoneMobile.isEmpty())
        return Tr::tr("%1 consents to texts but has no mobile phone. Type the mobile number or clear the "
                      "consent.")
            .arg(who);
    if (g.preferredMethod == QLatin1String("text") && !g.consentToTexts)
        return Tr::tr("%1 prefers texts but has not consented to them. Record the consent or choose another "
                      "method.")
            .arg(who);
    if (g.preferredMethod == QLatin1String("email") && g.email.isEmpty())
        return Tr::tr("%1 prefers e-mail but has no e-mail address. Type it or choose another method.")
            .arg(who);
    return std::nullopt;
}

void setReason(Database& db, const std::optional<QString>& reason)
{
    db.run("UPDATE audit_context SET reason = ? WHERE id = 1", reason);
}

QString failed(Store& store, const StoreError& e)
{
    return Tr::tr("The guardian could not be saved in %1: %2").arg(store.path(), e.message());
}

bool linked(Database& db, std::int64_t studentId, std::int64_t guardianId)
{
    return db.queryInteger("SELECT count(*) FROM student_guardians WHERE student_id = ? AND guardian_id = ?",
                           studentId, guardianId) > 0;
}

// The student keeps exactly one primary guardian while they have any: `preferred` when given.
void settlePrimary(Database& db, std::int64_t studentId, std::optional<std::int64_t> preferred)
{
    if (preferred) {
        db.run("UPDATE student_guardians SET is_primary = (guardian_id = ?) WHERE student_id = ?", *preferred,
               studentId);
        return;
    }
    if (db.queryInteger("SELECT count(*) FROM student_guardians WHERE student_id = ? AND is_primary = 1",
                        studentId) > 0)
        return;
    db.run("UPDATE student_guardians SET is_primary = 1 WHERE student_id = ? AND guardian_id = (SELECT"
           " sg.guardian_id FROM student_guardians sg JOIN guardians g ON g.id = sg.guardian_id WHERE"
           " sg.student_id = ? ORDER BY g.last_name, g.first_name, g.id LIMIT 1)",
           studentId, studentId);
}

QStringList otherChildren(Database& db, std::int64_t guardianId, std::int64_t studentId)
{
    Statement st = db.prepare(
        "SELECT coalesce(nullif(s.preferred_name, ''), s.first_name) || ' ' || s.last_name, s.grade"
        " FROM student_guardians sg JOIN students s ON s.id = sg.student_id"
        " WHERE sg.guardian_id = ? AND sg.student_id <> ? ORDER BY s.last_name, s.first_name");
    st.bindAll(guardianId, studentId);
    QStringList children;
    while (st.step())
        children << QStringLiteral("%1 (%2)").arg(st.text(0).trimmed(), st.text(1));
    return children;
}

constexpr const char* selectColumns =
    "SELECT g.id, g.sourced_id, g.first_name, g.last_name, sg.relationship, sg.is_primary, g.phone_mobile,"
    " g.phone_home, g.phone_work, g.email, g.preferred_language, g.preferred_method, g.consent_to_texts";

GuardianRecord readRecord(const Statement& st)
{
    GuardianRecord g;
    g.id = st.integer(0);
    g.sourcedId = st.text(1);
    g.firstName = st.text(2);
    g.lastName = st.text(3);
    g.relationship = st.text(4);
    g.isPrimary = st.integer(5) != 0;
    g.phoneMobile = st.text(6);
    g.phoneHome = st.text(7);
    g.phoneWork = st.text(8);
    g.email = st.text(9);
    g.preferredLanguage = st.text(10);
    g.preferredMethod = st.text(11);
    g.consentToTexts = st.integer(12) != 0;
    return g;
}

} // namespace

QString GuardianRecord::displayName() const
{
    return (firstName + QLatin1Char(' ') + lastName).trimmed();
}

std::vector<GuardianRecord> Guardians::forStudent(Store& store, std::int64_t studentId)
{
    Database& db = store.db();
    Statement st =
        db.prepare(std::string(selectColumns) +
                   " FROM student_guardians sg JOIN guardians g ON g.id = sg.guardian_id"
                   " WHERE sg.student_id = ? ORDER BY sg.is_primary DESC, g.last_name, g.first_name,"
                   " g.id");
    st.bindAll(studentId);
    std::vector<GuardianRecord> guardians;
    while (st.step())
        guardians.push_back(readRecord(st));
    for (GuardianRecord& g : guardians)
        g.otherChildren = otherChildren(db, g.id, studentId);
    return guardians;
}

std::optional<GuardianRecord> Guardians::find(Store& store, std::int64_t guardianId, std::int64_t studentId)
{
    Database& db = store.db();
    Statement st = db.prepare(std::string(selectColumns) +
                              " FROM student_guardians sg JOIN guardians g ON g.id = sg.guardian_id"
                              " WHERE sg.guardian_id = ? AND sg.student_id = ?");
    st.bindAll(guardianId, studentId);
    if (!st.step())
        return std::nullopt;
    GuardianRecord g = readRecord(st);
    g.otherChildren = otherChildren(db, g.id, studentId);
    return g;
}

Result<std::int64_t> Guardians::save(Store& store, std::int64_t studentId, const GuardianRecord& guardian)
{
    const GuardianRecord g = trimmed(guardian);
    if (auto refused = refusal(g))
        return Error{*refused};
    Database& db = store.db();
    try {
        Transaction tx(db);
        if (db.queryInteger("SELECT count(*) FROM students WHERE id = ?", studentId) == 0)
            return Error{
                Tr::tr("There is no student %1 (they may have been removed). Reload the Students page.")
                    .arg(studentId)};
        std::int64_t id = g.id;
        if (id == 0) {
            const bool first = db.queryInteger("SELECT count(*) FROM student_guardians WHERE student_id = ?",
                                               studentId) == 0;
            db.run("INSERT INTO guardians (sourced_id, first_name, last_name, phone_mobile, phone_home,"
                   " phone_work, email, preferred_language, preferred_method, consent_to_texts, edited_here)"
                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
                   QUuid::createUuid().toString(QUuid::WithoutBraces), g.firstName, g.lastName, g.phoneMobile,
                   g.phoneHome, g.phoneWork, g.email, g.preferredLanguage, g.preferredMethod,
                   g.consentToTexts);
            id = db.lastInsertId();
            db.run("INSERT INTO student_guardians (student_id, guardian_id, relationship, is_primary)"
                   " VALUES (?, ?, ?, 0)",
                   studentId, id, g.relationship);
            settlePrimary(db, studentId,
                          g.isPrimary || first ? std::optional<std::int64_t>(id) : std::nullopt);
        } else {
            if (!linked(db, studentId, id))
                return Error{Tr::tr("%1 is not a guardian of this student any more (someone may have removed "
                                    "them). Reload the Students page.")
                                 .arg(g.displayName())};
            const bool wasPrimary =
                db.queryInteger("SELECT is_primary FROM student_guardians WHERE student_id = ? AND"
                                " guardian_id = ?",
                                studentId, id) != 0;
            setReason(db, Tr::tr("Guardian details edited"));
            // Only the changed columns are written, so that an unchanged save leaves no audit row.
            db.run(
                "UPDATE guardians SET first_name = ?, last_name = ?, phone_mobile = ?, phone_home = ?,"
                " phone_work = ?, email = ?, preferred_language = ?, preferred_method = ?,"
                " consent_to_texts = ?, edited_here = 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
                " WHERE id = ? AND (first_name, last_name, phone_mobile, phone_home, phone_work, email,"
                " preferred_language, preferred_method, consent_to_texts) IS NOT (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                g.firstName, g.lastName, g.phoneMobile, g.phoneHome, g.phoneWork, g.email,
                g.preferredLanguage, g.preferredMethod, g.consentToTexts, id, g.firstName, g.lastName,
                g.phoneMobile, g.phoneHome, g.phoneWork, g.email, g.preferredLanguage, g.preferredMethod,
                g.consentToTexts);
            setReason(db, std::nullopt);
            db.run("UPDATE student_guardians SET relationship = ? WHERE student_id = ? AND guardian_id = ?",
                   g.relationship, studentId, id);
            if (g.isPrimary) {
                settlePrimary(db, studentId, id);
            } else if (wasPrimary) {
                // Unticking the primary hands it to another guardian; an only guardian stays primary.
                const std::int64_t next = db.queryInteger(
                    "SELECT sg.guardian_id FROM student_guardians sg JOIN guardians g ON g.id = "
                    "sg.guardian_id"
                    " WHERE sg.student_id = ? AND sg.guardian_id <> ? ORDER BY g.last_name, g.first_name,"
                    " g.id LIMIT 1",
                    studentId, id);
                settlePrimary(db, studentId, next != 0 ? next : id);
            }
        }
        tx.commit();
        return id;
    } catch (const StoreError& e) {
        return Error{failed(store, e)};
    }
}

Result<void> Guardians::link(Store& store, std::int64_t studentId, std::int64_t guardianId,
                             const QString& relationship)
{
    if (!relationshipCodes().contains(relationship))
        return Error{Tr::tr("\"%1\" is not a relationship TutorDesk knows. Choose one of: %2.")
                         .arg(relationship, relationshipCodes().join(QStringLiteral(", ")))};
    Database& db = store.db();
    try {
        Transaction tx(db);
        const QString name = db.queryText(
            "SELECT trim(first_name || ' ' || last_name) FROM guardians WHERE id = ?", guardianId);
        if (db.queryInteger("SELECT count(*) FROM guardians WHERE id = ?", guardianId) == 0)
            return Error{
                Tr::tr("That guardian is no longer on record (they may have been removed). Search again.")};
        if (linked(db, studentId, guardianId))
            return Error{Tr::tr("%1 is already a guardian of this student.").arg(name)};
        db.run("INSERT INTO student_guardians (student_id, guardian_id, relationship, is_primary)"
               " VALUES (?, ?, ?, 0)",
               studentId, guardianId, relationship);
        settlePrimary(db, studentId, std::nullopt);
        tx.commit();
        return {};
    } catch (const StoreError& e) {
        return Error{failed(store, e)};
    }
}

Result<void> Guardians::unlink(Store& store, std::int64_t studentId, std::int64_t guardianId)
{
    Database& db = store.db();
    try {
        Transaction tx(db);
        if (!linked(db, studentId, guardianId))
            return Error{
                Tr::tr("That guardian is not linked to this student any more. Reload the Students page.")};
        db.run("DELETE FROM student_guardians WHERE student_id = ? AND guardian_id = ?", studentId,
               guardianId);
        // Contacts and letters are a record of what was done: the guardian they name stays.
        const bool referred =
            db.queryInteger("SELECT (SELECT count(*) FROM student_guardians WHERE guardian_id = ?)"
                            " + (SELECT count(*) FROM contacts WHERE guardian_id = ?)"
                            " + (SELECT count(*) FROM letters_sent WHERE guardian_id = ?)",
                            guardianId, guardianId, guardianId) > 0;
        if (!referred)
            db.run("DELETE FROM guardians WHERE id = ?", guardianId);
        settlePrimary(db, studentId, std::nullopt);
        tx.commit();
        return {};
    } catch (const StoreError& e) {
        return Error{Tr::tr("The guardian could not be removed in %1: %2").arg(store.path(), e.message())};
    }
}

Result<void> Guardians::setPrimary(Store& store, std::int64_t studentId, std::int64_t guardianId)
{
    Database& db = store.db();
    try {
        Transaction tx(db);
        if (!linked(db, studentId, guardianId))
            return Error{
                Tr::tr("That guardian is not linked to this student any more. Reload the Students page.")};
        settlePrimary(db, studentId, guardianId);
        tx.commit();
        return {};
    } catch (const StoreError& e) {
        return Error{failed(store, e)};
    }
}

std::vector<GuardianRecord> Guardians::candidates(Store& store, std::int64_t studentId, const QString& search,
                                                  int limit)
{
    Database& db = store.db();
    // What this student's family is known by: its last names and phone numbers.
    QSet<QString> lastNames;
    QSet<QString> phones;
    lastNames.insert(foldForSearch(db.queryText("SELECT last_name FROM students WHERE id = ?", studentId)));
    for (const GuardianRecord& g : forStudent(store, studentId)) {
        lastNames.insert(foldForSearch(g.lastName));
        for (const QString& phone : {g.phoneMobile, g.phoneHome, g.phoneWork}) {
            if (const QString d = digitsOf(phone); d.size() >= 7)
                phones.insert(d);
        }
    }
    lastNames.remove(QString());
    const QString wanted = foldForSearch(search.trimmed());
    const QString wantedDigits = digitsOf(search);

    // Every guardian of another student, each once (their relationship to one of their children).
    Statement st =
        db.prepare(std::string(selectColumns) +
                   " FROM guardians g JOIN student_guardians sg ON sg.guardian_id = g.id"
                   " AND sg.student_id = (SELECT min(student_id) FROM student_guardians"
                   " WHERE guardian_id = g.id)"
                   " WHERE g.id NOT IN (SELECT guardian_id FROM student_guardians WHERE student_id = ?)"
                   " ORDER BY g.last_name, g.first_name, g.id");
    st.bindAll(studentId);
    std::vector<GuardianRecord> found;
    while (st.step() && static_cast<int>(found.size()) < limit) {
        GuardianRecord g = readRecord(st);
        g.isPrimary = false;
        const QStringList numbers = {digitsOf(g.phoneMobile), digitsOf(g.phoneHome), digitsOf(g.phoneWork)};
        bool match = false;
        if (!wanted.isEmpty()) {
            match = foldForSearch(g.displayName()).contains(wanted) ||
                    (wantedDigits.size() >= 3 &&
                     std::any_of(numbers.begin(), numbers.end(),
                                 [&](const QString& n) { return n.contains(wantedDigits); }));
        } else {
            match = lastNames.contains(foldForSearch(g.lastName)) ||
                    std::any_of(numbers.begin(), numbers.end(),
                                [&](const QString& n) { return phones.contains(n); });
        }
        if (match)
            found.push_back(std::move(g));
    }
    for (GuardianRecord& g : found)
        g.otherChildren = otherChildren(db, g.id, studentId);
    return found;
}

QStringList Guardians::relationshipCodes()
{
    return {QStringLiteral("mother"),     QStringLiteral("father"),  QStringLiteral("grandparent"),
            QStringLiteral("aunt_uncle"), QStringLiteral("sibling"), QStringLiteral("foster_parent"),
            QStringLiteral("guardian"),   QStringLiteral("other")};
}

QString Guardians::relationshipTitle(const QString& code)
{
    if (code == QLatin1String("mother"))
        return Tr::tr("Mother");
    if (code == QLatin1String("father"))
        return Tr::tr("Father");
    if (code == QLatin1String("grandparent"))
        return Tr::tr("Grandparent");
    if (code == QLatin1String("aunt_uncle"))
        return Tr::tr("Aunt or uncle");
    if (code == QLatin1String("sibling"))
        return Tr::tr("Sibling");
    if (code == QLatin1String("foster_parent"))
        return Tr::tr("Foster parent");
    if (code == QLatin1String("guardian"))
        return Tr::tr("Guardian");
    if (code == QLatin1String("other"))
        return Tr::tr("Other");
    return code;
}

QStringList Guardians::methodCodes()
{
    return {QStringLiteral("phone"), QStringLiteral("text"), QStringLiteral("email"),
            QStringLiteral("letter"), QStringLiteral("in_person")};
}

QString Guardians::methodTitle(const QString& code)
{
    if (code == QLatin1String("phone"))
        return Tr::tr("Phone call");
    if (code == QLatin1String("text"))
        return Tr::tr("Text message");
    if (code == QLatin1String("email"))
        return Tr::tr("E-mail");
    if (code == QLatin1String("letter"))
        return Tr::tr("Letter");
    if (code == QLatin1String("in_person"))
        return Tr::tr("In person");
    return code;
}

} // namespace tutordesk
