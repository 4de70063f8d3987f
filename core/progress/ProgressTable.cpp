#include "progress/ProgressTable.h"

#include "common/TextFold.h"
#include "progress/SeatFigures.h"
#include "store/Statement.h"
#include "store/Store.h"

#include <QStringList>

#include <algorithm>
#include <set>
#include <string>
#include <utility>

namespace tutordesk {

namespace {

// One row per seat with everything the table shows, filtered on what a seat is (group, tier, subject,
// status, student); the flag filter applies on top, since the flag is computed here.
constexpr char progressColumns[] =
    " progress AS ("
    " SELECT sf.enrollment_id, sf.student_id, sf.group_id, sf.status,"
    "  sf.sessions_attended, sf.sessions_held + sf.makeups_held AS sessions_held, sf.sessions_absent, "
    "sf.delivered_minutes, sf.planned_minutes,"
    "  CASE WHEN sf.sessions_attended + sf.sessions_absent > 0"
    "   THEN 1.0 * sf.sessions_attended / (sf.sessions_attended + sf.sessions_absent) END AS attendance_rate,"
    "  CASE WHEN s.preferred_name <> '' THEN s.preferred_name ELSE s.first_name END || ' ' || s.last_name"
    "   AS student_name,"
    "  coalesce(nullif(s.last_name_key, ''), lower(s.last_name)) AS last_key,"
    "  coalesce(nullif(s.first_name_key, ''), lower(s.first_name)) AS first_key,"
    "  s.sourced_id, s.grade, s.grade_rank,"
    "  g.name AS group_name, g.tier, g.subject, g.skill_code, g.skill_description,"
    "  CASE WHEN t.id IS NOT NULL THEN t.first_name || ' ' || t.last_name END AS tutor_name,"
    "  pg.results, pg.pre_score, pg.pre_max, pg.pre_percent, pg.pre_on,"
    "  CASE WHEN pg.results > 1 THEN pg.latest_score END AS latest_score,"
    "  CASE WHEN pg.results > 1 THEN pg.latest_max END AS latest_max,"
    "  CASE WHEN pg.results > 1 THEN pg.latest_percent END AS latest_percent,"
    "  CASE WHEN pg.results > 1 THEN pg.latest_on END AS latest_on,"
    "  CASE WHEN pg.results > 1 THEN pg.latest_window END AS latest_window,"
    "  pg.growth, pg.growth_points, pg.mastered,";

constexpr char progressFrom[] =
    " AS flag"
    " FROM seat_figures sf"
    " JOIN students s ON s.id = sf.student_id"
    " JOIN tutoring_groups g ON g.id = sf.group_id"
    " LEFT JOIN tutors t ON t.id = g.tutor_id"
    " LEFT JOIN probe_growth pg ON pg.student_id = sf.student_id AND pg.skill = g.skill_code";

QString escapeLike(QString text)
{
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    text.replace(QLatin1Char('%'), QLatin1String("\\%"));
    text.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return text;
}

// The SQL of a query and the values of its named parameters (besides :today and the flag thresholds).
struct Query {
    std::string sql;
    std::vector<std::pair<std::string, QString>> texts;
    std::vector<std::pair<std::string, std::int64_t>> numbers;
};

const char* flagCondition(ProgressFlagFilter flag)
{
    switch (flag) {
    case ProgressFlagFilter::Flagged:
        return "p.flag <> 0";
    case ProgressFlagFilter::NotImproving:
        return "p.flag = 1";
    case ProgressFlagFilter::NotAttending:
        return "p.flag = 2";
    case ProgressFlagFilter::All:
        break;
    }
    return nullptr;
}

// "WITH seats, seat_figures, progress" with the seat filters; `studentSearch` says whether search words
// look in the student's names (the student table) or are left to the caller (the group table).
Query progressQuery(Store& store, const QDate& today, const ProgressFilter& filter, bool studentSearch,
                    bool oneGroup)
{
    Query q;
    q.sql = "WITH " + SeatFigures::commonTables(store, today) + "," + progressColumns +
            ProgressFlags::sqlExpression() + progressFrom;
    std::vector<std::string> parts;
    if (!filter.includeGivenBack)
        parts.emplace_back("sf.status IN ('invited', 'consented', 'active')");
    if (oneGroup && filter.groupId) {
        parts.emplace_back("sf.group_id = :group");
        q.numbers.emplace_back(":group", *filter.groupId);
    }
    if (filter.tier) {
        parts.emplace_back("g.tier = :tier");
        q.numbers.emplace_back(":tier", *filter.tier);
    }
    if (!filter.subject.isEmpty()) {
        parts.emplace_back("g.subject = :subject");
        q.texts.emplace_back(":subject", filter.subject);
    }
    if (studentSearch) {
        const QStringList words = filter.search.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (int i = 0; i < words.size(); ++i) {
            const QString folded = foldForSearch(words.at(i)).trimmed();
            const std::string name = ":w" + std::to_string(i);
            parts.push_back("s.search_text LIKE " + name + " ESCAPE '\\'");
            q.texts.emplace_back(name, QLatin1Char('%') +
                                           escapeLike(folded.isEmpty() ? words.at(i) : folded) +
                                           QLatin1Char('%'));
        }
    }
    for (size_t i = 0; i < parts.size(); ++i)
        q.sql += (i == 0 ? " WHERE " : " AND ") + parts[i];
    q.sql += ")";
    return q;
}

std::string flagWhere(ProgressFlagFilter flag)
{
    const char* condition = flagCondition(flag);
    return condition ? std::string(" WHERE ") + condition : std::string();
}

Statement prepared(Store& store, const Query& q, const QDate& today, const ProgressFlagRules& rules)
{
    Statement st = store.db().prepare(q.sql);
    st.bindNamed(":today", today);
    ProgressFlags::bind(st, rules);
    for (const auto& [name, value] : q.texts)
        st.bindNamed(name.c_str(), value);
    for (const auto& [name, value] : q.numbers)
        st.bindNamed(name.c_str(), value);
    return st;
}

// The ORDER BY for a column: values first (nulls last either way), then names, then the group.
std::string orderBy(const ProgressSort& sort)
{
    const char* direction = sort.descending ? " DESC" : " ASC";
    const char* tieBreak = "p.last_key, p.first_key, p.student_id, p.group_name, p.enrollment_id";
    const char* expression = nullptr;
    switch (sort.column) {
    case ProgressColumn::Student:
        return sort.descending
                   ? " ORDER BY p.last_key DESC, p.first_key DESC, p.student_id DESC, p.group_name,"
                     " p.enrollment_id"
                   : std::string(" ORDER BY ") + tieBreak;
    case ProgressColumn::DistrictId:
        expression = "p.sourced_id";
        break;
    case ProgressColumn::Grade:
        expression = "p.grade_rank";
        break;
    case ProgressColumn::Group:
        expression = "p.group_name";
        break;
    case ProgressColumn::Tier:
        expression = "p.tier";
        break;
    case ProgressColumn::Subject:
        expression = "p.subject";
        break;
    case ProgressColumn::Tutor:
        expression = "lower(p.tutor_name)";
        break;
    case ProgressColumn::Skill:
        expression = "nullif(p.skill_code, '')";
        break;
    case ProgressColumn::Attended:
        expression = "p.sessions_attended";
        break;
    case ProgressColumn::Held:
        expression = "p.sessions_held";
        break;
    case ProgressColumn::AttendanceRate:
        expression = "p.attendance_rate";
        break;
    case ProgressColumn::Minutes:
        expression = "p.delivered_minutes";
        break;
    case ProgressColumn::PlannedMinutes:
        expression = "p.planned_minutes";
        break;
    case ProgressColumn::Pre:
        expression = "p.pre_percent";
        break;
    case ProgressColumn::Latest:
        expression = "p.latest_percent";
        break;
    case ProgressColumn::Growth:
        expression = "p.growth";
        break;
    case ProgressColumn::Mastered:
        expression = "p.mastered";
        break;
    case ProgressColumn::Flag:
        expression = "p.flag";
        break;
    case ProgressColumn::Status:
        expression = "p.status";
        break;
    }
    return std::string(" ORDER BY (") + expression + ") IS NULL, " + expression + direction + ", " + tieBreak;
}

constexpr char rowSelect[] =
    "SELECT p.enrollment_id, p.student_id, p.group_id, p.student_name, p.sourced_id, p.grade, p.group_name,"
    " p.tier, p.subject, p.tutor_name, p.skill_code, p.skill_description, p.status,"
    " p.sessions_attended, p.sessions_held, p.sessions_absent, p.attendance_rate,"
    " p.delivered_minutes, p.planned_minutes,"
    " p.pre_score, p.pre_max, p.pre_percent, p.pre_on,"
    " p.latest_score, p.latest_max, p.latest_percent, p.latest_on, p.latest_window,"
    " p.growth, p.growth_points, p.mastered, p.flag"
    " FROM progress p";

std::optional<ProgressProbe> probeAt(const Statement& st, int first, int windowColumn)
{
    if (st.isNull(first))
        return std::nullopt;
    ProgressProbe r;
    r.score = st.real(first);
    r.maxScore = st.real(first + 1);
    r.percent = st.real(first + 2);
    r.on = QDate::fromString(st.text(first + 3), Qt::ISODate);
    if (windowColumn >= 0)
        r.window = st.text(windowColumn);
    return r;
}

ProgressFlag flagOf(std::int64_t value)
{
    return value == 2   ? ProgressFlag::NotAttending
           : value == 1 ? ProgressFlag::NotImproving
                        : ProgressFlag::None;
}

ProgressRow readRow(const Statement& st)
{
    ProgressRow r;
    r.enrollmentId = st.integer(0);
    r.studentId = st.integer(1);
    r.groupId = st.integer(2);
    r.studentName = st.text(3);
    r.districtId = st.text(4);
    r.grade = st.text(5);
    r.groupName = st.text(6);
    r.tier = static_cast<int>(st.integer(7));
    r.subject = st.text(8);
    r.tutorName = st.text(9);
    r.skillCode = st.text(10);
    r.skillDescription = st.text(11);
    r.status = st.text(12);
    r.sessionsAttended = static_cast<int>(st.integer(13));
    r.sessionsHeld = static_cast<int>(st.integer(14));
    r.sessionsAbsent = static_cast<int>(st.integer(15));
    r.attendanceRate = st.optionalReal(16);
    r.deliveredMinutes = static_cast<int>(st.integer(17));
    r.plannedMinutes = static_cast<int>(st.integer(18));
    r.pre = probeAt(st, 19, -1); // probe_growth does not say the baseline's window
    r.latest = probeAt(st, 23, 27);
    r.growth = st.optionalReal(28);
    r.growthPoints = st.optionalReal(29);
    r.mastered = !st.isNull(30) && st.integer(30) != 0;
    r.flag = flagOf(st.integer(31));
    return r;
}

} // namespace

std::optional<double> GroupProgressRow::deliveryRate() const
{
    if (sessionsScheduled <= 0)
        return std::nullopt;
    return static_cast<double>(sessionsHeld) / sessionsScheduled;
}

int ProgressTable::count(Store& store, const QDate& today, const ProgressFilter& filter)
{
    Query q = progressQuery(store, today, filter, true, true);
    q.sql += " SELECT count(*) FROM progress p" + flagWhere(filter.flag);
    Statement st = prepared(store, q, today, ProgressFlags::load(store));
    return st.step() ? static_cast<int>(st.integer(0)) : 0;
}

std::vector<ProgressRow> ProgressTable::rows(Store& store, const QDate& today, const ProgressFilter& filter,
                                             const ProgressSort& sort, int offset, int limit)
{
    Query q = progressQuery(store, today, filter, true, true);
    q.sql += std::string(" ") + rowSelect + flagWhere(filter.flag) + orderBy(sort) +
             " LIMIT :limit OFFSET :offset";
    Statement st = prepared(store, q, today, ProgressFlags::load(store));
    st.bindNamed(":limit", std::max(0, limit));
    st.bindNamed(":offset", std::max(0, offset));
    std::vector<ProgressRow> rows;
    while (st.step())
        rows.push_back(readRow(st));
    return rows;
}

ProgressSummary ProgressTable::summary(Store& store, const QDate& today, const ProgressFilter& filter)
{
    Query q = progressQuery(store, today, filter, true, true);
    q.sql += " SELECT count(*), count(DISTINCT p.student_id),"
             " count(DISTINCT CASE WHEN p.flag = 2 THEN p.student_id END),"
             " count(DISTINCT CASE WHEN p.flag = 1 THEN p.student_id END),"
             " avg(p.growth), avg(p.attendance_rate)"
             " FROM progress p" +
             flagWhere(filter.flag);
    Statement st = prepared(store, q, today, ProgressFlags::load(store));
    ProgressSummary summary;
    if (st.step()) {
        summary.rows = static_cast<int>(st.integer(0));
        summary.students = static_cast<int>(st.integer(1));
        summary.notAttending = static_cast<int>(st.integer(2));
        summary.notImproving = static_cast<int>(st.integer(3));
        summary.meanGrowth = st.optionalReal(4);
        summary.meanAttendance = st.optionalReal(5);
    }
    return summary;
}

std::vector<GroupProgressRow> ProgressTable::groups(Store& store, const QDate& today,
                                                    const ProgressFilter& filter, const GroupSort& sort)
{
    Query q = progressQuery(store, today, filter, false, false);
    q.sql +=
        ", per_group AS ("
        " SELECT p.group_id, count(*) AS students, sum(p.delivered_minutes) AS delivered,"
        "  sum(p.planned_minutes) AS planned, avg(p.attendance_rate) AS attendance, avg(p.growth) AS growth,"
        "  sum(p.flag <> 0) AS flagged, sum(p.flag = 2) AS not_attending, sum(p.flag = 1) AS not_improving"
        " FROM progress p GROUP BY p.group_id)"
        " SELECT g.id, g.name, CASE WHEN t.id IS NOT NULL THEN t.first_name || ' ' || t.last_name END,"
        "  g.tier, g.subject, g.skill_code, g.skill_description, x.students,"
        "  (SELECT count(*) FROM sessions n WHERE n.group_id = g.id AND n.kind = 'regular'"
        "   AND n.day <= :today) AS scheduled,"
        "  (SELECT count(*) FROM sessions n WHERE n.group_id = g.id AND n.kind = 'regular'"
        "   AND n.day <= :today AND (n.status = 'held'"
        "   OR EXISTS (SELECT 1 FROM attendance a WHERE a.session_id = n.id))) AS held,"
        "  x.delivered, x.planned, x.attendance, x.growth, x.flagged, x.not_attending, x.not_improving"
        " FROM per_group x JOIN tutoring_groups g ON g.id = x.group_id"
        " LEFT JOIN tutors t ON t.id = g.tutor_id";
    std::vector<std::string> parts;
    const QStringList words = filter.search.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (int i = 0; i < words.size(); ++i) {
        const std::string name = ":w" + std::to_string(i);
        parts.push_back("(g.name || ' ' || g.skill_code || ' ' || g.skill_description || ' ' ||"
                        " coalesce(t.first_name || ' ' || t.last_name, '')) LIKE " +
                        name + " ESCAPE '\\'");
        q.texts.emplace_back(name, QLatin1Char('%') + escapeLike(words.at(i)) + QLatin1Char('%'));
    }
    switch (filter.flag) {
    case ProgressFlagFilter::Flagged:
        parts.emplace_back("x.flagged > 0");
        break;
    case ProgressFlagFilter::NotImproving:
        parts.emplace_back("x.not_improving > 0");
        break;
    case ProgressFlagFilter::NotAttending:
        parts.emplace_back("x.not_attending > 0");
        break;
    case ProgressFlagFilter::All:
        break;
    }
    for (size_t i = 0; i < parts.size(); ++i)
        q.sql += (i == 0 ? " WHERE " : " AND ") + parts[i];

    const char* expression = "g.name";
    switch (sort.column) {
    case GroupColumn::Group:
        break;
    case GroupColumn::Tutor:
        expression = "lower(t.last_name || ' ' || t.first_name)";
        break;
    case GroupColumn::Tier:
        expression = "g.tier";
        break;
    case GroupColumn::Subject:
        expression = "g.subject";
        break;
    case GroupColumn::Students:
        expression = "x.students";
        break;
    case GroupColumn::Delivery:
        expression = "(CASE WHEN scheduled > 0 THEN 1.0 * held / scheduled END)";
        break;
    case GroupColumn::Attendance:
        expression = "x.attendance";
        break;
    case GroupColumn::Minutes:
        expression = "x.delivered";
        break;
    case GroupColumn::Growth:
        expression = "x.growth";
        break;
    case GroupColumn::Flags:
        expression = "x.flagged";
        break;
    }
    q.sql += std::string(" ORDER BY (") + expression + ") IS NULL, " + expression +
             (sort.descending ? " DESC" : " ASC") + ", g.name, g.id";

    Statement st = prepared(store, q, today, ProgressFlags::load(store));
    std::vector<GroupProgressRow> rows;
    while (st.step()) {
        GroupProgressRow r;
        r.groupId = st.integer(0);
        r.groupName = st.text(1);
        r.tutorName = st.text(2);
        r.tier = static_cast<int>(st.integer(3));
        r.subject = st.text(4);
        r.skillCode = st.text(5);
        r.skillDescription = st.text(6);
        r.students = static_cast<int>(st.integer(7));
        r.sessionsScheduled = static_cast<int>(st.integer(8));
        r.sessionsHeld = static_cast<int>(st.integer(9));
        r.deliveredMinutes = static_cast<int>(st.integer(10));
        r.plannedMinutes = static_cast<int>(st.integer(11));
        r.meanAttendance = st.optionalReal(12);
        r.meanGrowth = st.optionalReal(13);
        r.flagged = static_cast<int>(st.integer(14));
        r.notAttending = static_cast<int>(st.integer(15));
        r.notImproving = static_cast<int>(st.integer(16));
        rows.push_back(std::move(r));
    }
    return rows;
}

FlaggedStudents ProgressTable::flagged(Store& store, const QDate& today)
{
    ProgressFilter filter;
    filter.flag = ProgressFlagFilter::Flagged;
    FlaggedStudents result;
    result.rules = ProgressFlags::load(store);
    Query q = progressQuery(store, today, filter, true, true);
    q.sql += std::string(" ") + rowSelect + flagWhere(filter.flag) + orderBy(ProgressSort{}) + " LIMIT -1";
    Statement st = prepared(store, q, today, result.rules);
    std::set<std::int64_t> notAttending;
    std::set<std::int64_t> notImproving;
    while (st.step()) {
        const ProgressRow row = readRow(st);
        FlaggedStudent f;
        f.studentId = row.studentId;
        f.enrollmentId = row.enrollmentId;
        f.groupId = row.groupId;
        f.studentName = row.studentName;
        f.districtId = row.districtId;
        f.groupName = row.groupName;
        f.flag = row.flag;
        f.sessionsAttended = row.sessionsAttended;
        f.attendanceRate = row.attendanceRate;
        f.growth = row.growth;
        (row.flag == ProgressFlag::NotAttending ? notAttending : notImproving).insert(row.studentId);
        result.seats.push_back(std::move(f));
    }
    result.notAttending = static_cast<int>(notAttending.size());
    result.notImproving = static_cast<int>(notImproving.size());
    return result;
}

} // namespace tutordesk
