#include "protocol/ProtocolCover.h"

#include "protocol/ProtocolActionRows.h"
#include "protocol/ProtocolRules.h"
#include "schedule/ScheduleQuery.h"
#include "schedule/ScheduleText.h"
#include "schedule/SchoolCalendar.h"
#include "schedule/TutorAbsences.h"
#include "store/Store.h"

#include <QCoreApplication>

#include <map>
#include <set>
#include <vector>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::ProtocolEngine)
};

struct CoverAction {
    std::int64_t id = 0;
    std::int64_t sessionId = 0;
    QString status;
    // A done action stands until the session changes after it was closed (a substitute released again).
    bool sessionChangedSince = false;
};

std::vector<CoverAction> coverActions(Database& db)
{
    std::vector<CoverAction> actions;
    Statement st = db.prepare("SELECT a.id, a.session_id, a.status,"
                              " coalesce(s.updated_at > a.resolved_at, 0) FROM protocol_actions a"
                              " LEFT JOIN sessions s ON s.id = a.session_id"
                              " WHERE a.rule = 'cover_tutor_absence' AND a.session_id IS NOT NULL");
    while (st.step())
        actions.push_back({st.integer(0), st.integer(1), st.text(2), st.integer(3) != 0});
    return actions;
}

// Whether an existing action already answers for its session needing cover: an open one, one the
// coordinator said was not needed, or one done since the session last changed. A withdrawn one does not
// (the tutor was out again after their absence was taken back).
bool answers(const CoverAction& a)
{
    if (a.status == QLatin1String("open") || a.status == QLatin1String("not_needed"))
        return true;
    return a.status == QLatin1String("done") && !a.sessionChangedSince;
}

// Whether any session from `today` on might need cover (what ScheduledSession::needsCover asks, in one
// query): TutorAbsences::needingCover reads the schedule absence by absence, which a school with hundreds of
// absences, all handled, need not pay for on every refresh.
bool anyMayNeedCover(Database& db, const QDate& today)
{
    return db.queryInteger("SELECT EXISTS (SELECT 1 FROM sessions s JOIN tutor_absences a"
                           " ON a.tutor_id = s.tutor_id AND a.from_day <= s.day AND a.to_day >= s.day"
                           " WHERE s.day >= ? AND s.status = 'scheduled' AND s.substitute_tutor_id IS NULL)",
                           today) != 0;
}

} // namespace

ProtocolRefresh ProtocolCover::refresh(Store& store, const QDate& today, const SchoolCalendar& calendar,
                                       const ProtocolThresholds& thresholds)
{
    Database& db = store.db();
    ProtocolRefresh result;
    const std::vector<CoverAction> existing = coverActions(db);
    std::set<std::int64_t> answered;
    for (const CoverAction& a : existing) {
        if (answers(a))
            answered.insert(a.sessionId);
    }

    std::set<std::int64_t> needing;
    std::vector<ScheduledSession> sessions;
    if (anyMayNeedCover(db, today))
        sessions = TutorAbsences::needingCover(store, today);
    for (const ScheduledSession& s : sessions) {
        needing.insert(s.id);
        if (answered.count(s.id) != 0)
            continue;
        ProtocolActionRows::NewAction action;
        action.rule = ProtocolRule::CoverTutorAbsence;
        action.sessionId = s.id;
        action.createdOn = today;
        action.dueOn = ProtocolActionRows::dueBefore(calendar, s.day, thresholds.coverDueDays, today);
        ProtocolActionRows::insert(db, action);
        answered.insert(s.id);
        ++result.created;
    }

    for (const CoverAction& a : existing) {
        if (a.status != QLatin1String("open") || needing.count(a.sessionId) != 0)
            continue;
        const auto s = ScheduleQuery::session(store, a.sessionId);
        if (!s) {
            ProtocolActionRows::close(db, a.id, "withdrawn", Tr::tr("Withdrawn: the session was removed."));
            ++result.withdrawn;
        } else if (s->isCancelled()) {
            ProtocolActionRows::close(db, a.id, "done", Tr::tr("Cancelled"));
            ++result.closed;
        } else if (s->substituteId) {
            ProtocolActionRows::close(db, a.id, "done", Tr::tr("Covered by %1").arg(s->substituteName));
            ++result.closed;
        } else if (!s->tutorId || !TutorAbsences::isOut(store, *s->tutorId, s->day)) {
            ProtocolActionRows::close(db, a.id, "withdrawn",
                                      Tr::tr("Withdrawn: %1 is no longer marked out on %2.")
                                          .arg(s->tutorName, ScheduleText::day(s->day)));
            ++result.withdrawn;
        }
        // Otherwise the session has passed uncovered: the action stays open (and overdue) for the
        // coordinator to resolve.
    }
    return result;
}

} // namespace tutordesk
