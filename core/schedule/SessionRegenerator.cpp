#include "schedule/SessionRegenerator.h"

#include "schedule/CalendarEditor.h"
#include "schedule/GroupSchedule.h"
#include "schedule/ScheduleText.h"
#include "store/Store.h"

#include <QUuid>

#include <map>
#include <set>

namespace tutordesk {

SessionRegenerator::SessionRegenerator(Store& store, const QDate& from)
    : m_db(store.db())
    , m_calendar(SchoolCalendar::load(store))
    , m_minimumDayMinutes(CalendarEditor::minimumDayMinutes(store))
    , m_from(from)
    , m_own(m_db.prepare("SELECT s.id, s.day, s.starts_at, s.minutes, s.tutor_id, s.kind = 'regular',"
                         " s.status = 'held', EXISTS (SELECT 1 FROM attendance a WHERE a.session_id = s.id)"
                         " FROM sessions s WHERE s.group_id = ? AND s.day >= ? ORDER BY s.day, s.starts_at,"
                         " s.id"))
    , m_before(m_db.prepare("SELECT count(*) FROM sessions WHERE group_id = ? AND day < ?"))
    , m_insert(m_db.prepare("INSERT INTO sessions (sourced_id, group_id, day, starts_at, minutes, tutor_id)"
                            " VALUES (?, ?, ?, ?, ?, ?)"))
    , m_update(m_db.prepare("UPDATE sessions SET starts_at = ?, minutes = ?, tutor_id = ? WHERE id = ?"))
    , m_delete(m_db.prepare("DELETE FROM sessions WHERE id = ?"))
{
    // Sessions other rows point at (a make-up's original, a protocol action) are history even when the
    // pattern drops their day: deleting them would orphan those rows.
    Statement referenced =
        m_db.prepare("SELECT m.makeup_for FROM sessions m WHERE m.makeup_for IS NOT NULL"
                     " UNION SELECT p.session_id FROM protocol_actions p WHERE p.session_id IS NOT NULL");
    while (referenced.step())
        m_referenced.insert(referenced.integer(0));
}

std::vector<OwnSession> SessionRegenerator::own(std::int64_t groupId)
{
    std::vector<OwnSession> sessions;
    if (groupId == 0)
        return sessions;
    m_own.bindAll(groupId, m_from);
    while (m_own.step())
        sessions.push_back({m_own.integer(0), ScheduleText::parseDay(m_own.text(1)), m_own.text(2),
                            static_cast<int>(m_own.integer(3)), m_own.optionalInteger(4),
                            m_own.integer(5) != 0, m_own.integer(6) != 0, m_own.integer(7) != 0});
    return sessions;
}

SessionChanges SessionRegenerator::run(const GroupRecord& group)
{
    SessionChanges changes;
    m_before.bindAll(group.id, m_from);
    changes.kept = m_before.step() ? static_cast<int>(m_before.integer(0)) : 0;

    std::map<QDate, PlannedSession> wanted;
    for (const PlannedSession& p : GroupSchedule::plan(group, m_calendar, m_minimumDayMinutes, m_from))
        wanted.emplace(p.day, p);
    const std::vector<OwnSession> sessions = own(group.id);
    // A regular session that is history holds its day: the pattern adds no second one there.
    std::set<QDate> covered;
    for (const OwnSession& s : sessions) {
        if (!s.regenerable()) {
            ++changes.kept;
            if (s.regular)
                covered.insert(s.day);
        }
    }
    for (const OwnSession& s : sessions) {
        if (!s.regenerable())
            continue;
        const auto planned = wanted.find(s.day);
        if (planned != wanted.end() && !covered.count(s.day)) {
            // A day the pattern keeps: new time, length or tutor in place; its cancellation and its
            // substitute stay.
            covered.insert(s.day);
            const QString start = ScheduleText::storedTime(planned->second.start);
            if (s.start != start || s.minutes != planned->second.minutes || s.tutorId != group.tutorId) {
                m_update.bindAll(start, planned->second.minutes, group.tutorId, s.id);
                m_update.run();
                ++changes.changed;
            }
        } else if (m_referenced.count(s.id)) {
            ++changes.kept;
        } else {
            m_delete.bindAll(s.id); // the tombstone trigger tells the district
            m_delete.run();
            ++changes.removed;
        }
    }
    for (const auto& [day, planned] : wanted) {
        if (covered.count(day))
            continue;
        m_insert.bindAll(QUuid::createUuid().toString(QUuid::WithoutBraces), group.id, day,
                         ScheduleText::storedTime(planned.start), planned.minutes, group.tutorId);
        m_insert.run();
        ++changes.added;
    }
    return changes;
}

} // namespace tutordesk
