#include "progress/Assessments.h"

#include "progress/AssessmentText.h"
#include "store/Store.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QLocale>
#include <QUuid>

#include <algorithm>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::Assessments)
};

const QStringList& subjects()
{
    static const QStringList list{QStringLiteral("reading"), QStringLiteral("math"),
                                  QStringLiteral("writing"), QStringLiteral("other")};
    return list;
}

// The parts every entry shares: the student exists, the day is not in the future, the group exists.
struct Common {
    QString subject;
    std::optional<std::int64_t> tutor;
};

Result<Common> common(Database& db, std::int64_t studentId, const QDate& on, const QDate& today,
                      std::optional<std::int64_t> groupId, const QString& subject)
{
    if (db.queryInteger("SELECT count(*) FROM students WHERE id = ?", studentId) == 0)
        return Error{
            Tr::tr("There is no student %1 (they may have been removed). Reload the page.").arg(studentId)};
    if (!on.isValid())
        return Error{Tr::tr("Choose the day of the assessment.")};
    if (on > today)
        return Error{Tr::tr("%1 is in the future. Enter an assessment on or after its day.")
                         .arg(QLocale().toString(on, QLocale::ShortFormat))};
    Common c{subjects().contains(subject) ? subject : QStringLiteral("other"), std::nullopt};
    if (groupId) {
        Statement st = db.prepare("SELECT subject, tutor_id FROM tutoring_groups WHERE id = ?");
        st.bindAll(*groupId);
        if (!st.step())
            return Error{Tr::tr("There is no group %1 (it may have been removed). Choose another group.")
                             .arg(*groupId)};
        c.subject = st.text(0);
        c.tutor = st.optionalInteger(1);
    }
    return c;
}

template <typename Write> Result<std::int64_t> inTransaction(Store& store, const Write& write)
{
    try {
        Transaction tx(store.db());
        write(store.db());
        const std::int64_t id = store.db().lastInsertId();
        tx.commit();
        return id;
    } catch (const StoreError& e) {
        return Error{Tr::tr("The assessment could not be saved in %1: %2").arg(store.path(), e.message())};
    }
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

QString Assessments::studentName(Store& store, std::int64_t studentId)
{
    return store.db().queryText(
        "SELECT CASE WHEN preferred_name <> '' THEN preferred_name ELSE first_name END"
        " || ' ' || last_name FROM students WHERE id = ?",
        studentId);
}

std::vector<std::pair<std::int64_t, QString>> Assessments::studentGroups(Store& store, std::int64_t studentId)
{
    Statement st = store.db().prepare(
        "SELECT DISTINCT g.id, g.name, e.status IN ('invited', 'consented', 'active') AS held"
        " FROM enrollments e JOIN tutoring_groups g ON g.id = e.group_id"
        " WHERE e.student_id = ? ORDER BY held DESC, g.name, g.id");
    st.bindAll(studentId);
    std::vector<std::pair<std::int64_t, QString>> groups;
    while (st.step()) {
        if (std::none_of(groups.begin(), groups.end(),
                         [&](const auto& g) { return g.first == st.integer(0); }))
            groups.emplace_back(st.integer(0), st.text(1));
    }
    return groups;
}

std::vector<AssessmentRecord> Assessments::history(Store& store, std::int64_t studentId)
{
    Statement st = store.db().prepare(
        "SELECT a.id, a.kind, a.subject, a.skill, a.instrument, coalesce(a.test_window, ''), a.score,"
        " a.max_score, a.placement, a.levels_below, a.assessed_on, a.group_id, coalesce(g.name, ''), a.notes"
        " FROM assessments a LEFT JOIN tutoring_groups g ON g.id = a.group_id"
        " WHERE a.student_id = ? ORDER BY a.assessed_on DESC, a.id DESC");
    st.bindAll(studentId);
    std::vector<AssessmentRecord> records;
    while (st.step()) {
        AssessmentRecord r;
        r.id = st.integer(0);
        r.kind = st.text(1);
        r.subject = st.text(2);
        r.skill = st.text(3);
        r.instrument = st.text(4);
        r.window = st.text(5);
        r.score = st.optionalReal(6);
        r.maxScore = st.optionalReal(7);
        r.placement = st.text(8);
        if (const auto levels = st.optionalInteger(9))
            r.levelsBelow = static_cast<int>(*levels);
        r.on = QDate::fromString(st.text(10), Qt::ISODate);
        r.groupId = st.optionalInteger(11);
        r.groupName = st.text(12);
        r.notes = st.text(13);
        records.push_back(std::move(r));
    }
    return records;
}

Result<std::int64_t> Assessments::recordObservation(Store& store, const ObservationInput& in,
                                                    const QDate& today)
{
    if (in.notes.trimmed().isEmpty())
        return Error{Tr::tr("Write what the tutor observed: an observation needs notes.")};
    if (in.rating && (*in.rating < 1 || *in.rating > 4))
        return Error{Tr::tr("The observation rating is %1; it must be 1 to 4, or none.").arg(*in.rating)};
    try {
        const Result<Common> c = common(store.db(), in.studentId, in.on, today, in.groupId, in.subject);
        if (!c)
            return c.error();
        return inTransaction(store, [&](Database& db) {
            db.run("INSERT INTO assessments (sourced_id, student_id, kind, subject, instrument, score, "
                   "max_score,"
                   " assessed_on, group_id, tutor_id, notes)"
                   " VALUES (?, ?, 'observation', ?, 'Tutor observation', ?, ?, ?, ?, ?, ?)",
                   newId(), in.studentId, c->subject, in.rating,
                   in.rating ? std::optional<double>(4.0) : std::nullopt, in.on, in.groupId, c->tutor,
                   in.notes.trimmed());
        });
    } catch (const StoreError& e) {
        return Error{e.message()};
    }
}

Result<std::int64_t> Assessments::recordConfidence(Store& store, const ConfidenceInput& in,
                                                   const QDate& today)
{
    if (in.rating < 1 || in.rating > 5)
        return Error{
            Tr::tr("The confidence rating is %1; it must be 1 (not at all) to 5 (very).").arg(in.rating)};
    try {
        const Result<Common> c = common(store.db(), in.studentId, in.on, today, in.groupId, in.subject);
        if (!c)
            return c.error();
        return inTransaction(store, [&](Database& db) {
            db.run("INSERT INTO assessments (sourced_id, student_id, kind, subject, instrument, score, "
                   "max_score,"
                   " assessed_on, group_id, tutor_id) VALUES (?, ?, 'confidence', ?, 'Student self-rating', "
                   "?, 5,"
                   " ?, ?, ?)",
                   newId(), in.studentId, c->subject, in.rating, in.on, in.groupId, c->tutor);
        });
    } catch (const StoreError& e) {
        return Error{e.message()};
    }
}

Result<std::int64_t> Assessments::recordBenchmark(Store& store, const BenchmarkInput& in, const QDate& today)
{
    if (!subjects().contains(in.subject))
        return Error{Tr::tr("Choose the benchmark's subject.")};
    if (in.instrument.trimmed().isEmpty())
        return Error{Tr::tr("Name the benchmark test, e.g. i-Ready Diagnostic.")};
    if (!AssessmentText::benchmarkWindows().contains(in.window))
        return Error{Tr::tr("Choose the test window: beginning, middle or end of year.")};
    if (in.scaleScore < 0)
        return Error{Tr::tr("The scale score %1 is below 0. Check the score report.")
                         .arg(QLocale().toString(in.scaleScore, 'g', 6))};
    if (in.levelsBelow && (*in.levelsBelow < -3 || *in.levelsBelow > 12))
        return Error{Tr::tr("Grade levels below is %1; it must be between -3 (above grade) and 12.")
                         .arg(*in.levelsBelow)};
    try {
        const Result<Common> c = common(store.db(), in.studentId, in.on, today, std::nullopt, in.subject);
        if (!c)
            return c.error();
        return inTransaction(store, [&](Database& db) {
            db.run("INSERT INTO assessments (sourced_id, student_id, kind, subject, instrument, test_window, "
                   "score,"
                   " placement, levels_below, assessed_on) VALUES (?, ?, 'benchmark', ?, ?, ?, ?, ?, ?, ?)",
                   newId(), in.studentId, in.subject, in.instrument.trimmed(), in.window, in.scaleScore,
                   in.placement.trimmed(), in.levelsBelow, in.on);
        });
    } catch (const StoreError& e) {
        return Error{e.message()};
    }
}

Result<void> Assessments::remove(Store& store, std::int64_t assessmentId)
{
    try {
        Transaction tx(store.db());
        store.db().run("DELETE FROM assessments WHERE id = ?", assessmentId);
        if (store.db().changes() == 0)
            return Error{
                Tr::tr("That assessment is already gone (someone may have removed it). Reload the page.")};
        tx.commit();
        return {};
    } catch (const StoreError& e) {
        return Error{
            Tr::tr("The assessment could not be removed from %1: %2").arg(store.path(), e.message())};
    }
}

} // namespace tutordesk
