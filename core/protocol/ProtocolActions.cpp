#include "protocol/ProtocolActions.h"

#include "schedule/NameOrder.h"
#include "schedule/ScheduleText.h"
#include "schedule/SchoolCalendar.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <unordered_map>

namespace tutordesk {

namespace {

// The action with what the Today page shows beside it. The group is the session's (the absence
// happened there), else the enrollment's. Ends with the student's home language (column 24).
constexpr const char* actionSelect =
    "SELECT a.id, a.sourced_id, a.rule, a.status, a.created_on, a.due_on, a.student_id,"
    " coalesce(st.sourced_id, ''),"
    " coalesce(CASE WHEN st.preferred_name <> '' THEN st.preferred_name ELSE st.first_name END || ' ' ||"
    " st.last_name, ''), coalesce(st.grade, ''), a.enrollment_id, g.id, coalesce(g.name, ''),"
    " coalesce(g.subject, ''), a.session_id, coalesce(s.day, ''),"
    " coalesce(t.first_name || ' ' || t.last_name, ''), a.absences_in_row, a.attendance_rate,"
    " a.resolution_note, a.resolved_by, a.contact_id, a.letter_id, a.makeup_session_id,"
    " coalesce(st.home_language, '')"
    " FROM protocol_actions a"
    " LEFT JOIN students st ON st.id = a.student_id"
    " LEFT JOIN enrollments e ON e.id = a.enrollment_id"
    " LEFT JOIN sessions s ON s.id = a.session_id"
    " LEFT JOIN tutoring_groups g ON g.id = coalesce(s.group_id, e.group_id)"
    " LEFT JOIN tutors t ON t.id = s.tutor_id";

// The order the protocol's rules are worked through on a day: a session about to happen without its
// tutor first, then the family, the make-up, the escalation and the pause.
int ruleOrder(ProtocolRule rule)
{
    switch (rule) {
    case ProtocolRule::CoverTutorAbsence:
        return 0;
    case ProtocolRule::NotifyFamily:
        return 1;
    case ProtocolRule::ScheduleMakeup:
        return 2;
    case ProtocolRule::Escalate:
        return 3;
    case ProtocolRule::PauseOfferSeat:
        return 4;
    }
    return 5;
}

DueAction readAction(const Statement& st, QString& homeLanguage)
{
    DueAction a;
    a.id = st.integer(0);
    a.sourcedId = st.text(1);
    a.rule = ProtocolRuleNames::fromCode(st.text(2)).value_or(ProtocolRule::NotifyFamily);
    a.status = st.text(3);
    a.createdOn = ScheduleText::parseDay(st.text(4));
    a.dueOn = ScheduleText::parseDay(st.text(5));
    a.studentId = st.optionalInteger(6);
    a.studentDistrictId = st.text(7);
    a.studentName = st.text(8);
    a.grade = st.text(9);
    a.enrollmentId = st.optionalInteger(10);
    a.groupId = st.optionalInteger(11);
    a.groupName = st.text(12);
    a.subject = st.text(13);
    a.sessionId = st.optionalInteger(14);
    a.sessionDay = ScheduleText::parseDay(st.text(15));
    if (a.rule == ProtocolRule::CoverTutorAbsence)
        a.tutorName = st.text(16);
    a.absencesInRow = static_cast<int>(st.integer(17));
    a.attendanceRate = st.optionalReal(18);
    a.resolutionNote = st.text(19);
    a.resolvedBy = st.text(20);
    a.contactId = st.optionalInteger(21);
    a.letterId = st.optionalInteger(22);
    a.makeupSessionId = st.optionalInteger(23);
    homeLanguage = st.text(24);
    return a;
}

QString idList(const std::set<std::int64_t>& ids)
{
    QJsonArray array;
    for (const std::int64_t id : ids)
        array.append(static_cast<qint64>(id));
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

// The guardian the school contacts first, for each student: the primary one, else one with a phone,
// else the first linked. One query for all of them.
std::unordered_map<std::int64_t, FamilyContactCard> familiesOf(Database& db,
                                                               const std::set<std::int64_t>& students)
{
    std::unordered_map<std::int64_t, FamilyContactCard> cards;
    if (students.empty())
        return cards;
    Statement st = db.prepare(
        "SELECT sg.student_id, g.id, trim(g.first_name || ' ' || g.last_name), sg.relationship,"
        " CASE WHEN g.phone_mobile <> '' THEN g.phone_mobile WHEN g.phone_home <> '' THEN g.phone_home"
        " ELSE g.phone_work END, g.email, g.preferred_language, g.preferred_method, g.consent_to_texts"
        " FROM student_guardians sg JOIN guardians g ON g.id = sg.guardian_id"
        " WHERE sg.student_id IN (SELECT value FROM json_each(?1))"
        " ORDER BY sg.student_id, sg.is_primary DESC,"
        " (g.phone_mobile <> '' OR g.phone_home <> '' OR g.phone_work <> '') DESC, g.id");
    st.bindAll(idList(students));
    while (st.step()) {
        const auto [at, added] = cards.try_emplace(st.integer(0));
        if (!added)
            continue; // a guardian who comes first already stands for the family
        FamilyContactCard& card = at->second;
        card.guardianId = st.integer(1);
        card.name = st.text(2);
        card.relationship = st.text(3);
        card.phone = st.text(4);
        card.email = st.text(5);
        card.language = st.text(6).trimmed();
        card.contactMethod = st.text(7);
        card.consentsToTexts = st.integer(8) != 0;
    }
    return cards;
}

// School days after `due` up to and including `asOf`; the calendar is asked once per due day.
class OverdueCounter {
public:
    explicit OverdueCounter(Store& store)
        : m_calendar(SchoolCalendar::load(store))
    {}
    int operator()(const QDate& due, const QDate& asOf)
    {
        if (!due.isValid() || !asOf.isValid() || due >= asOf)
            return 0;
        const auto [at, added] = m_counts.try_emplace(due, 0);
        if (added)
            at->second = static_cast<int>(m_calendar.schoolDays(due.addDays(1), asOf).size());
        return at->second;
    }

private:
    SchoolCalendar m_calendar;
    std::map<QDate, int> m_counts;
};

std::vector<DueAction> load(Store& store, const QDate& asOf, const std::string& where,
                            const std::function<void(Statement&)>& bind)
{
    Database& db = store.db();
    Statement st = db.prepare(actionSelect + where);
    bind(st);
    std::vector<DueAction> actions;
    std::vector<QString> homeLanguages;
    std::set<std::int64_t> students;
    while (st.step()) {
        QString home;
        actions.push_back(readAction(st, home));
        homeLanguages.push_back(home);
        if (actions.back().studentId)
            students.insert(*actions.back().studentId);
    }
    const auto families = familiesOf(db, students);
    OverdueCounter overdue(store);
    for (std::size_t i = 0; i < actions.size(); ++i) {
        DueAction& a = actions[i];
        if (a.studentId) {
            if (const auto found = families.find(*a.studentId); found != families.end())
                a.family = found->second;
        }
        if (a.family.language.isEmpty())
            a.family.language = homeLanguages[i];
        a.daysOverdue = a.isOpen() ? overdue(a.dueOn, asOf) : 0;
    }
    const NameOrder names;
    std::sort(actions.begin(), actions.end(), [&](const DueAction& x, const DueAction& y) {
        if (x.daysOverdue != y.daysOverdue)
            return x.daysOverdue > y.daysOverdue;
        if (x.dueOn != y.dueOn)
            return x.dueOn < y.dueOn;
        if (ruleOrder(x.rule) != ruleOrder(y.rule))
            return ruleOrder(x.rule) < ruleOrder(y.rule);
        if (const int c = names.compare(x.studentName, y.studentName); c != 0)
            return c < 0;
        return x.id < y.id;
    });
    return actions;
}

} // namespace

std::vector<DueAction> ProtocolActions::list(Store& store, const QDate& asOf, const Filter& filter)
{
    // Only the filters asked for are added (constant text; values bound), so SQLite can use the
    // (status, due_on) and (student_id, status) indexes.
    std::string where = " WHERE 1";
    if (filter.openOnly)
        where += " AND a.status = 'open'";
    if (filter.studentId)
        where += " AND a.student_id = ?1";
    if (filter.dueBy)
        where += " AND a.due_on <= ?2";
    return load(store, asOf, where, [&](Statement& st) {
        st.reset();
        if (filter.studentId)
            st.bind(1, *filter.studentId);
        if (filter.dueBy)
            st.bind(2, *filter.dueBy);
    });
}

std::optional<DueAction> ProtocolActions::find(Store& store, std::int64_t actionId, const QDate& asOf)
{
    auto found = load(store, asOf, " WHERE a.id = ?1", [&](Statement& st) { st.bindAll(actionId); });
    if (found.empty())
        return std::nullopt;
    return std::move(found.front());
}

FamilyContactCard ProtocolActions::familyOf(Store& store, std::int64_t studentId)
{
    auto cards = familiesOf(store.db(), {studentId});
    FamilyContactCard card;
    if (const auto found = cards.find(studentId); found != cards.end())
        card = found->second;
    if (card.language.isEmpty())
        card.language = store.db().queryText("SELECT home_language FROM students WHERE id = ?", studentId);
    return card;
}

} // namespace tutordesk
