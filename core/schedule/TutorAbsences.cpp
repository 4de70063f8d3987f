#include "schedule/TutorAbsences.h"

#include "schedule/ScheduleQuery.h"
#include "schedule/ScheduleText.h"
#include "store/Store.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QUuid>

#include <algorithm>
#include <set>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::TutorAbsences)
};

QString shortDate(const QDate& day)
{
    return ScheduleText::day(day);
}

std::optional<TutorAbsence> findAbsence(Database& db, std::int64_t id)
{
    Statement st = db.prepare("SELECT a.id, a.sourced_id, a.tutor_id, t.first_name || ' ' || t.last_name,"
                              " a.from_day, a.to_day, a.reason FROM tutor_absences a"
                              " JOIN tutors t ON t.id = a.tutor_id WHERE a.id = ?");
    st.bindAll(id);
    if (!st.step())
        return std::nullopt;
    return TutorAbsence{st.integer(0),
                        st.text(1),
                        st.integer(2),
                        st.text(3),
                        ScheduleText::parseDay(st.text(4)),
                        ScheduleText::parseDay(st.text(5)),
                        st.text(6)};
}

bool sessionOrder(const ScheduledSession& a, const ScheduledSession& b)
{
    if (a.day != b.day)
        return a.day < b.day;
    if (a.start != b.start)
        return a.start < b.start;
    return a.groupName < b.groupName;
}

} // namespace

Result<std::int64_t> TutorAbsences::markOut(Store& store, std::int64_t tutorId, const QDate& from,
                                            const QDate& to, const QString& reason)
{
    if (!from.isValid() || !to.isValid())
        return Error{Tr::tr("Give the first and the last day the tutor is out.")};
    if (to < from)
        return Error{Tr::tr("The last day out (%1) is before the first (%2): swap them.")
                         .arg(shortDate(to), shortDate(from))};
    Database& db = store.db();
    try {
        const QString name =
            db.queryText("SELECT first_name || ' ' || last_name FROM tutors WHERE id = ?", tutorId);
        if (name.isEmpty())
            return Error{Tr::tr("There is no tutor %1 (they may have been removed). Reload the Tutors page.")
                             .arg(tutorId)};
        Transaction tx(db);
        // Absences that overlap the new one or touch it (end the day before or start the day after)
        // become one: the staffing record then shows one stretch out, not several pieces.
        Statement touching = db.prepare("SELECT id, from_day, to_day, reason FROM tutor_absences"
                                        " WHERE tutor_id = ? AND from_day <= ? AND to_day >= ? ORDER BY id");
        touching.bindAll(tutorId, to.addDays(1), from.addDays(-1));
        QDate first = from;
        QDate last = to;
        QString why = reason.trimmed();
        std::vector<std::int64_t> merged;
        while (touching.step()) {
            merged.push_back(touching.integer(0));
            first = std::min(first, ScheduleText::parseDay(touching.text(1)));
            last = std::max(last, ScheduleText::parseDay(touching.text(2)));
            if (why.isEmpty())
                why = touching.text(3);
        }
        std::int64_t id = 0;
        if (merged.empty()) {
            db.run("INSERT INTO tutor_absences (sourced_id, tutor_id, from_day, to_day, reason)"
                   " VALUES (?, ?, ?, ?, ?)",
                   QUuid::createUuid().toString(QUuid::WithoutBraces), tutorId, first, last, why);
            id = db.lastInsertId();
        } else {
            id = merged.front();
            db.run("UPDATE tutor_absences SET from_day = ?, to_day = ?, reason = ? WHERE id = ?", first, last,
                   why, id);
            for (std::size_t i = 1; i < merged.size(); ++i)
                db.run("DELETE FROM tutor_absences WHERE id = ?", merged[i]);
        }
        tx.commit();
        return id;
    } catch (const StoreError& e) {
        return Error{Tr::tr("The absence could not be saved in %1: %2").arg(store.path(), e.message())};
    }
}

Result<void> TutorAbsences::remove(Store& store, std::int64_t absenceId, const QDate& today)
{
    Database& db = store.db();
    try {
        Transaction tx(db);
        const auto absence = findAbsence(db, absenceId);
        if (!absence)
            return Error{Tr::tr("That absence no longer exists (it may have been taken back already). Reload "
                                "the page.")};
        // Only what has not happened yet changes: a session in the past stays as it was recorded.
        const QDate first = std::max(absence->from, today);
        if (first <= absence->to) {
            db.run("UPDATE sessions SET status = 'scheduled', cancel_reason = NULL"
                   " WHERE tutor_id = ? AND day BETWEEN ? AND ? AND status = 'cancelled'"
                   " AND cancel_reason = 'tutor_absent'",
                   absence->tutorId, first, absence->to);
            // The tutor is back: substitutes booked for their sessions are free again.
            db.run("UPDATE sessions SET substitute_tutor_id = NULL WHERE tutor_id = ? AND day BETWEEN ? AND ?"
                   " AND status = 'scheduled' AND substitute_tutor_id IS NOT NULL",
                   absence->tutorId, first, absence->to);
        }
        db.run("DELETE FROM tutor_absences WHERE id = ?", absenceId);
        tx.commit();
        return {};
    } catch (const StoreError& e) {
        return Error{Tr::tr("The absence could not be taken back in %1: %2").arg(store.path(), e.message())};
    }
}

std::vector<TutorAbsence> TutorAbsences::list(Store& store, const QDate& from,
                                              std::optional<std::int64_t> tutorId)
{
    Statement st = store.db().prepare(
        "SELECT a.id, a.sourced_id, a.tutor_id, t.first_name || ' ' || t.last_name, a.from_day, a.to_day,"
        " a.reason FROM tutor_absences a JOIN tutors t ON t.id = a.tutor_id"
        " WHERE a.to_day >= ? AND (? IS NULL OR a.tutor_id = ?) ORDER BY a.from_day, a.to_day, a.id");
    st.bindAll(from, tutorId, tutorId);
    std::vector<TutorAbsence> absences;
    while (st.step())
        absences.push_back(TutorAbsence{st.integer(0), st.text(1), st.integer(2), st.text(3),
                                        ScheduleText::parseDay(st.text(4)),
                                        ScheduleText::parseDay(st.text(5)), st.text(6)});
    return absences;
}

bool TutorAbsences::isOut(Store& store, std::int64_t tutorId, const QDate& day)
{
    return store.db().queryInteger("SELECT EXISTS (SELECT 1 FROM tutor_absences WHERE tutor_id = ?"
                                   " AND from_day <= ? AND to_day >= ?)",
                                   tutorId, day, day) != 0;
}

std::vector<ScheduledSession> TutorAbsences::affectedSessions(Store& store, std::int64_t absenceId)
{
    const auto absence = findAbsence(store.db(), absenceId);
    if (!absence)
        return {};
    ScheduleQuery::Filter filter;
    filter.tutorId = absence->tutorId;
    filter.includeCancelled = false;
    // The filter also brings the sessions they were to cover for someone else: those lose their
    // teacher too and need a decision.
    return ScheduleQuery::range(store, absence->from, absence->to, filter);
}

std::vector<ScheduledSession> TutorAbsences::needingCover(Store& store, const QDate& from)
{
    std::vector<ScheduledSession> sessions;
    std::set<std::int64_t> seen;
    // One query per absence rather than one over the whole span: the schedule of the school between
    // two absences months apart is not needed.
    for (const TutorAbsence& absence : list(store, from)) {
        ScheduleQuery::Filter filter;
        filter.tutorId = absence.tutorId;
        filter.includeCancelled = false;
        for (ScheduledSession& s :
             ScheduleQuery::range(store, std::max(from, absence.from), absence.to, filter)) {
            if (s.needsCover && seen.insert(s.id).second)
                sessions.push_back(std::move(s));
        }
    }
    std::sort(sessions.begin(), sessions.end(), sessionOrder);
    return sessions;
}

} // namespace tutordesk
