#include "schedule/TutorRows.h"

#include "store/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QUuid>

#include <algorithm>

namespace tutordesk::TutorRows {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::Tutors)
};

QDate dateOf(const std::optional<QString>& text)
{
    return text ? QDate::fromString(*text, Qt::ISODate) : QDate();
}

QTime timeOf(const QString& text)
{
    return QTime::fromString(text, QStringLiteral("HH:mm"));
}

constexpr const char* tutorColumns =
    "SELECT id, sourced_id, first_name, last_name, type, email, phone, supervisor_id, background_check_on,"
    " background_check_until, tb_test_on, tb_test_until, status FROM tutors";

TutorRecord readTutor(const Statement& st)
{
    TutorRecord t;
    t.id = st.integer(0);
    t.sourcedId = st.text(1);
    t.firstName = st.text(2);
    t.lastName = st.text(3);
    t.type = st.text(4);
    t.email = st.text(5);
    t.phone = st.text(6);
    t.supervisorId = st.optionalInteger(7);
    t.backgroundCheckOn = dateOf(st.optionalText(8));
    t.backgroundCheckUntil = dateOf(st.optionalText(9));
    t.tbTestOn = dateOf(st.optionalText(10));
    t.tbTestUntil = dateOf(st.optionalText(11));
    t.status = st.text(12);
    return t;
}

int subjectOrder(const QString& subject)
{
    const auto index = subjectCodes().indexOf(subject);
    return index < 0 ? static_cast<int>(subjectCodes().size()) : static_cast<int>(index);
}

// Fills subjects, languages and availability of the tutors in `byId` (one query per table; `only`
// narrows them to one tutor).
void fillDetails(Database& db, QHash<std::int64_t, TutorRecord*>& byId, std::optional<std::int64_t> only)
{
    const char* where = only ? " WHERE tutor_id = ?" : " WHERE ? IS NULL";
    {
        Statement st = db.prepare(std::string("SELECT tutor_id, subject FROM tutor_subjects") + where);
        st.bindAll(only);
        while (st.step()) {
            if (TutorRecord* t = byId.value(st.integer(0)))
                t->subjects << st.text(1);
        }
    }
    {
        Statement st = db.prepare(std::string("SELECT tutor_id, language FROM tutor_languages") + where +
                                  " ORDER BY language");
        st.bindAll(only);
        while (st.step()) {
            if (TutorRecord* t = byId.value(st.integer(0)))
                t->languages << st.text(1);
        }
    }
    {
        Statement st = db.prepare(std::string("SELECT tutor_id, weekday, starts_at, ends_at FROM "
                                              "tutor_availability") +
                                  where + " ORDER BY tutor_id, weekday, starts_at");
        st.bindAll(only);
        while (st.step()) {
            if (TutorRecord* t = byId.value(st.integer(0)))
                t->availability.push_back(
                    {static_cast<int>(st.integer(1)), timeOf(st.text(2)), timeOf(st.text(3))});
        }
    }
    for (TutorRecord* t : byId) {
        std::sort(t->subjects.begin(), t->subjects.end(),
                  [](const QString& a, const QString& b) { return subjectOrder(a) < subjectOrder(b); });
    }
}

} // namespace

const QStringList& subjectCodes()
{
    static const QStringList codes{QStringLiteral("reading"), QStringLiteral("math"),
                                   QStringLiteral("writing"), QStringLiteral("other")};
    return codes;
}

std::optional<TutorRecord> load(Database& db, std::int64_t id)
{
    Statement st = db.prepare(std::string(tutorColumns) + " WHERE id = ?");
    st.bindAll(id);
    if (!st.step())
        return std::nullopt;
    TutorRecord tutor = readTutor(st);
    QHash<std::int64_t, TutorRecord*> byId{{tutor.id, &tutor}};
    fillDetails(db, byId, id);
    return tutor;
}

std::vector<TutorRecord> loadAll(Database& db)
{
    std::vector<TutorRecord> tutors;
    Statement st = db.prepare(std::string(tutorColumns) + " ORDER BY id");
    while (st.step())
        tutors.push_back(readTutor(st));
    QHash<std::int64_t, TutorRecord*> byId;
    for (TutorRecord& t : tutors)
        byId.insert(t.id, &t);
    fillDetails(db, byId, std::nullopt);
    return tutors;
}

QStringList ledGroups(Database& db, std::int64_t tutorId)
{
    QStringList names;
    Statement st = db.prepare("SELECT name FROM tutoring_groups WHERE tutor_id = ?"
                              " AND status IN ('planned', 'active') ORDER BY name");
    st.bindAll(tutorId);
    while (st.step())
        names << st.text(0);
    return names;
}

QString leadsGroups(const QString& tutor, const QStringList& groups)
{
    return Tr::tr("%1 still leads %2. Give %3 another tutor first.")
        .arg(tutor, Tr::tr("%n group(s)", nullptr, static_cast<int>(groups.size())),
             QLocale().createSeparatedList(groups));
}

QStringList deduplicated(const QStringList& values)
{
    QStringList out;
    for (const QString& v : values) {
        const QString t = v.trimmed();
        if (!t.isEmpty() && !out.contains(t))
            out << t;
    }
    return out;
}

Result<std::int64_t> write(Database& db, const TutorRecord& tutor)
{
    if (tutor.supervisorId &&
        db.queryInteger("SELECT count(*) FROM supervisors WHERE id = ?", *tutor.supervisorId) == 0)
        return Error{Tr::tr("The supervisor chosen for %1 no longer exists. Choose another supervisor.")
                         .arg(tutor.displayName())};
    std::int64_t id = tutor.id;
    const QString first = tutor.firstName.trimmed();
    const QString last = tutor.lastName.trimmed();
    QString sourcedId = tutor.sourcedId.trimmed();
    if (id == 0) {
        if (sourcedId.isEmpty())
            sourcedId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (db.queryInteger("SELECT count(*) FROM tutors WHERE sourced_id = ?", sourcedId) > 0)
            return Error{Tr::tr("Another tutor already has the id %1. Give %2 a different id.")
                             .arg(sourcedId, tutor.displayName())};
        db.run("INSERT INTO tutors (sourced_id, first_name, last_name, type, email, phone, supervisor_id,"
               " background_check_on, background_check_until, tb_test_on, tb_test_until, status)"
               " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
               sourcedId, first, last, tutor.type, tutor.email.trimmed(), tutor.phone.trimmed(),
               tutor.supervisorId, tutor.backgroundCheckOn, tutor.backgroundCheckUntil, tutor.tbTestOn,
               tutor.tbTestUntil, tutor.status);
        id = db.lastInsertId();
    } else {
        if (db.queryInteger("SELECT count(*) FROM tutors WHERE id = ?", id) == 0)
            return Error{
                Tr::tr("%1 is no longer in the tutor list (someone may have removed them). Reload the "
                       "Tutors page.")
                    .arg(tutor.displayName())};
        if (tutor.status == QLatin1String("inactive")) {
            const QStringList groups = ledGroups(db, id);
            if (!groups.isEmpty())
                return Error{leadsGroups(tutor.displayName(), groups)};
        }
        if (!sourcedId.isEmpty() &&
            db.queryInteger("SELECT count(*) FROM tutors WHERE sourced_id = ? AND id <> ?", sourcedId, id) >
                0)
            return Error{Tr::tr("Another tutor already has the id %1. Give %2 a different id.")
                             .arg(sourcedId, tutor.displayName())};
        // An empty sourced id keeps the stored one: the district knows the tutor by it.
        db.run("UPDATE tutors SET sourced_id = coalesce(nullif(?, ''), sourced_id), first_name = ?,"
               " last_name = ?, type = ?, email = ?, phone = ?, supervisor_id = ?, background_check_on = ?,"
               " background_check_until = ?, tb_test_on = ?, tb_test_until = ?, status = ? WHERE id = ?",
               sourcedId, first, last, tutor.type, tutor.email.trimmed(), tutor.phone.trimmed(),
               tutor.supervisorId, tutor.backgroundCheckOn, tutor.backgroundCheckUntil, tutor.tbTestOn,
               tutor.tbTestUntil, tutor.status, id);
        db.run("DELETE FROM tutor_subjects WHERE tutor_id = ?", id);
        db.run("DELETE FROM tutor_languages WHERE tutor_id = ?", id);
        db.run("DELETE FROM tutor_availability WHERE tutor_id = ?", id);
    }
    Statement subject = db.prepare("INSERT INTO tutor_subjects (tutor_id, subject) VALUES (?, ?)");
    for (const QString& s : deduplicated(tutor.subjects)) {
        subject.bindAll(id, s);
        subject.run();
    }
    Statement language = db.prepare("INSERT INTO tutor_languages (tutor_id, language) VALUES (?, ?)");
    for (const QString& l : deduplicated(tutor.languages)) {
        language.bindAll(id, l);
        language.run();
    }
    Statement window = db.prepare("INSERT INTO tutor_availability (tutor_id, weekday, starts_at, ends_at)"
                                  " VALUES (?, ?, ?, ?)");
    for (const AvailabilityWindow& w : tutor.availability) {
        window.bindAll(id, w.weekday, w.from.toString(QStringLiteral("HH:mm")),
                       w.to.toString(QStringLiteral("HH:mm")));
        window.run();
    }
    return id;
}

} // namespace tutordesk::TutorRows
