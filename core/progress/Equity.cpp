#include "progress/Equity.h"

#include "progress/SeatFigures.h"
#include "store/Store.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <array>
#include <functional>
#include <string>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::Equity)
};

constexpr const char* settingsKey = "equity.gapThreshold";

// One student of the audit: the eligible, and the tutored who are no longer eligible (for the note).
struct StudentFacts {
    QString grade;
    bool hispanic = false;
    int races = 0;    // how many race flags
    QString race;     // the one race flag set, when exactly one
    QString elStatus; // empty: not reported
    bool disability = false;
    bool foster = false;
    bool homeless = false;
    bool disadvantaged = false;
    bool eligible = false;
    bool offered = false;
    bool enrolled = false;
    std::int64_t minutes = 0;
    std::int64_t attended = 0;
    std::int64_t absent = 0;
    std::optional<double> growth;
    bool paused = false;
    bool exited = false;
    std::int64_t makeupsOffered = 0;
    std::int64_t makeupsAttended = 0;
};

// Every seat's figures summed per student, the student's mean growth on the skills of their groups (from
// probe_growth, one value per skill), pauses, exits and make-ups offered; one row per active student who
// is eligible or was offered a seat.
std::string factsQuery(Store& store, const QDate& today)
{
    return "WITH " + SeatFigures::commonTables(store, today) +
           ", per_seat AS ("
           " SELECT sf.*, (sf.status = 'active' OR sf.sessions_attended + sf.sessions_absent > 0"
           "  OR (sf.status IN ('paused', 'exited') AND EXISTS (SELECT 1 FROM enrollments e2"
           "   JOIN audit_log l ON l.entity = 'enrollment' AND l.entity_id = e2.sourced_id"
           "   WHERE e2.id = sf.enrollment_id AND json_extract(l.new_value, '$.status') = 'active')))"
           "  AS taken_up"
           " FROM seat_figures sf),"
           " per_student AS ("
           " SELECT student_id, max(taken_up) AS enrolled,"
           "  sum(delivered_minutes) AS minutes, sum(sessions_attended) AS attended,"
           "  sum(sessions_absent) AS absent, max(status = 'paused') AS paused, max(status = 'exited') AS "
           "exited,"
           "  sum(makeups_attended) AS makeups_attended"
           " FROM per_seat GROUP BY student_id),"
           " skills AS (SELECT DISTINCT ps.student_id, g.skill_code FROM per_seat ps"
           "  JOIN tutoring_groups g ON g.id = ps.group_id WHERE ps.taken_up AND g.skill_code <> ''),"
           " growth AS (SELECT sk.student_id, avg(pg.growth) AS growth FROM skills sk"
           "  JOIN probe_growth pg ON pg.student_id = sk.student_id AND pg.skill = sk.skill_code"
           "  WHERE pg.growth IS NOT NULL GROUP BY sk.student_id),"
           " makeup_offers AS ("
           "  SELECT ss.student_id, s.id AS session_id FROM session_students ss"
           "  JOIN sessions s ON s.id = ss.session_id"
           "  WHERE s.kind = 'makeup' AND s.status <> 'cancelled' AND s.day <= :today"
           "  UNION"
           "  SELECT st.student_id, s.id FROM seats st"
           "  JOIN sessions s ON s.group_id = st.group_id AND s.day BETWEEN st.since AND st.until"
           "  WHERE s.kind = 'makeup' AND s.status <> 'cancelled'"
           "  AND NOT EXISTS (SELECT 1 FROM session_students x WHERE x.session_id = s.id)),"
           " makeups AS (SELECT student_id, count(*) AS offered FROM makeup_offers GROUP BY student_id),"
           " pause_offers AS (SELECT DISTINCT student_id FROM protocol_actions"
           "  WHERE rule = 'pause_offer_seat' AND status <> 'withdrawn' AND student_id IS NOT NULL"
           "  AND created_on <= :today)"
           " SELECT s.grade, s.hispanic_latino,"
           "  s.race_american_indian + s.race_asian + s.race_black + s.race_pacific_islander + s.race_white,"
           "  CASE WHEN s.race_american_indian THEN 'american_indian' WHEN s.race_asian THEN 'asian'"
           "   WHEN s.race_black THEN 'black' WHEN s.race_pacific_islander THEN 'pacific_islander'"
           "   WHEN s.race_white THEN 'white' ELSE '' END,"
           "  coalesce(s.el_status, ''), (s.iep OR s.section_504), s.foster, s.homeless, s.disadvantaged,"
           "  (s.need_tier IN (2, 3)), (p.student_id IS NOT NULL), coalesce(p.enrolled, 0),"
           "  coalesce(p.minutes, 0), coalesce(p.attended, 0), coalesce(p.absent, 0), gr.growth,"
           "  (coalesce(p.paused, 0) OR po.student_id IS NOT NULL), coalesce(p.exited, 0),"
           "  coalesce(m.offered, 0), coalesce(p.makeups_attended, 0)"
           " FROM students s"
           " LEFT JOIN per_student p ON p.student_id = s.id"
           " LEFT JOIN growth gr ON gr.student_id = s.id"
           " LEFT JOIN makeups m ON m.student_id = s.id"
           " LEFT JOIN pause_offers po ON po.student_id = s.id"
           " WHERE s.status = 'active' AND (s.need_tier IN (2, 3) OR p.student_id IS NOT NULL)";
}

std::vector<StudentFacts> loadFacts(Store& store, const QDate& today)
{
    Statement st = store.db().prepare(factsQuery(store, today));
    st.bindNamed(":today", today);
    std::vector<StudentFacts> facts;
    while (st.step()) {
        StudentFacts f;
        f.grade = st.text(0);
        f.hispanic = st.integer(1) != 0;
        f.races = static_cast<int>(st.integer(2));
        f.race = st.text(3);
        f.elStatus = st.text(4);
        f.disability = st.integer(5) != 0;
        f.foster = st.integer(6) != 0;
        f.homeless = st.integer(7) != 0;
        f.disadvantaged = st.integer(8) != 0;
        f.eligible = st.integer(9) != 0;
        f.offered = st.integer(10) != 0;
        f.enrolled = st.integer(11) != 0;
        f.minutes = st.integer(12);
        f.attended = st.integer(13);
        f.absent = st.integer(14);
        f.growth = st.optionalReal(15);
        f.paused = st.integer(16) != 0;
        f.exited = st.integer(17) != 0;
        f.makeupsOffered = st.integer(18);
        f.makeupsAttended = st.integer(19);
        facts.push_back(std::move(f));
    }
    return facts;
}

// The federal reporting category of race/ethnicity: Hispanic or Latino of any race, else two or more races,
// else the one race, else not reported. Every student is in exactly one.
QString raceGroup(const StudentFacts& f)
{
    if (f.hispanic)
        return QStringLiteral("hispanic");
    if (f.races > 1)
        return QStringLiteral("two_or_more");
    if (f.races == 1)
        return f.race;
    return QStringLiteral("not_reported");
}

QString elGroup(const StudentFacts& f)
{
    if (f.elStatus == QLatin1String("EO") || f.elStatus == QLatin1String("IFEP"))
        return QStringLiteral("eo_ifep");
    if (f.elStatus.isEmpty())
        return QStringLiteral("not_reported");
    return f.elStatus.toLower();
}

struct GroupSpec {
    QString key;
    QString name; // English, stable (JSON)
    std::function<bool(const StudentFacts&)> member;
};

struct DimensionSpec {
    EquityDimension dimension;
    QString name;
    bool partition; // its groups add up to every student
    std::vector<GroupSpec> groups;
};

GroupSpec keyed(const QString& key, const QString& name, QString (*of)(const StudentFacts&))
{
    return {key, name, [key, of](const StudentFacts& f) { return of(f) == key; }};
}

// The dimensions and their groups. "Not reported" groups and grades appear only when some active student
// of the school (in need or not) is in them, so that their presence says nothing about the students in need.
std::vector<DimensionSpec> dimensions(Store& store)
{
    std::vector<DimensionSpec> list;
    DimensionSpec race{EquityDimension::RaceEthnicity, QStringLiteral("Race/ethnicity"), true, {}};
    race.groups = {keyed(QStringLiteral("hispanic"), QStringLiteral("Hispanic or Latino"), raceGroup),
                   keyed(QStringLiteral("american_indian"),
                         QStringLiteral("American Indian or Alaska Native"), raceGroup),
                   keyed(QStringLiteral("asian"), QStringLiteral("Asian"), raceGroup),
                   keyed(QStringLiteral("black"), QStringLiteral("Black or African American"), raceGroup),
                   keyed(QStringLiteral("pacific_islander"),
                         QStringLiteral("Native Hawaiian or Pacific Islander"), raceGroup),
                   keyed(QStringLiteral("white"), QStringLiteral("White"), raceGroup),
                   keyed(QStringLiteral("two_or_more"), QStringLiteral("Two or more races"), raceGroup)};
    if (store.db().queryInteger("SELECT EXISTS (SELECT 1 FROM students WHERE status = 'active'"
                                " AND hispanic_latino = 0 AND race_american_indian = 0 AND race_asian = 0"
                                " AND race_black = 0 AND race_pacific_islander = 0 AND race_white = 0)"))
        race.groups.push_back(
            keyed(QStringLiteral("not_reported"), QStringLiteral("Not reported"), raceGroup));
    list.push_back(std::move(race));

    DimensionSpec el{EquityDimension::ElStatus, QStringLiteral("EL status"), true, {}};
    el.groups = {keyed(QStringLiteral("el"), QStringLiteral("EL"), elGroup),
                 keyed(QStringLiteral("rfep"), QStringLiteral("RFEP"), elGroup),
                 keyed(QStringLiteral("eo_ifep"), QStringLiteral("EO/IFEP"), elGroup),
                 keyed(QStringLiteral("tbd"), QStringLiteral("TBD"), elGroup)};
    if (store.db().queryInteger(
            "SELECT EXISTS (SELECT 1 FROM students WHERE status = 'active' AND el_status IS NULL)"))
        el.groups.push_back(keyed(QStringLiteral("not_reported"), QStringLiteral("Not reported"), elGroup));
    list.push_back(std::move(el));

    list.push_back({EquityDimension::Disability,
                    QStringLiteral("Disability"),
                    true,
                    {{QStringLiteral("iep_504"), QStringLiteral("IEP or 504"),
                      [](const StudentFacts& f) { return f.disability; }},
                     {QStringLiteral("none"), QStringLiteral("No IEP or 504"),
                      [](const StudentFacts& f) { return !f.disability; }}}});
    list.push_back({EquityDimension::Foster,
                    QStringLiteral("Foster youth"),
                    false,
                    {{QStringLiteral("foster"), QStringLiteral("Foster youth"),
                      [](const StudentFacts& f) { return f.foster; }}}});
    list.push_back({EquityDimension::Homeless,
                    QStringLiteral("Homeless"),
                    false,
                    {{QStringLiteral("homeless"), QStringLiteral("Homeless"),
                      [](const StudentFacts& f) { return f.homeless; }}}});
    list.push_back({EquityDimension::Disadvantaged,
                    QStringLiteral("Socio-economically disadvantaged"),
                    false,
                    {{QStringLiteral("disadvantaged"), QStringLiteral("Socio-economically disadvantaged"),
                      [](const StudentFacts& f) { return f.disadvantaged; }}}});

    DimensionSpec grade{EquityDimension::Grade, QStringLiteral("Grade"), true, {}};
    Statement st =
        store.db().prepare("SELECT DISTINCT grade, grade_rank FROM students WHERE status = 'active'"
                           " ORDER BY grade_rank");
    st.bindAll();
    while (st.step()) {
        const QString code = st.text(0);
        grade.groups.push_back({code, QStringLiteral("Grade ") + code,
                                [code](const StudentFacts& f) { return f.grade == code; }});
    }
    list.push_back(std::move(grade));
    return list;
}

// What a group adds up to, before any suppression.
struct Tally {
    int eligible = 0;
    int offered = 0;
    int enrolled = 0;
    std::int64_t minutes = 0;
    std::int64_t attended = 0;
    std::int64_t absent = 0;
    int withAttendance = 0; // enrolled students with attendance taken
    int withGrowth = 0;
    double growthSum = 0;
    int paused = 0;
    int exited = 0;
    std::int64_t makeupsOffered = 0;
    std::int64_t makeupsAttended = 0;

    void add(const StudentFacts& f)
    {
        ++eligible;
        offered += f.offered ? 1 : 0;
        if (!f.enrolled)
            return;
        ++enrolled;
        minutes += f.minutes;
        attended += f.attended;
        absent += f.absent;
        withAttendance += f.attended + f.absent > 0 ? 1 : 0;
        if (f.growth) {
            ++withGrowth;
            growthSum += *f.growth;
        }
        paused += f.paused ? 1 : 0;
        exited += f.exited ? 1 : 0;
        makeupsOffered += f.makeupsOffered;
        makeupsAttended += f.makeupsAttended;
    }
};

EquityFigure figure(double value)
{
    return {value, EquityWithheld::None};
}

EquityFigure withheld(EquityWithheld why)
{
    return {std::nullopt, why};
}

// A figure resting on `basis` students: withheld under 10.
EquityFigure over(int basis, double numerator, double denominator)
{
    if (basis < Equity::smallestGroup)
        return withheld(EquityWithheld::FewStudents);
    if (denominator <= 0)
        return withheld(EquityWithheld::NoData);
    return figure(numerator / denominator);
}

EquityFigure share(double part, double whole)
{
    return whole > 0 ? figure(part / whole) : withheld(EquityWithheld::NoData);
}

void suppressRow(EquityRow& row, EquitySuppression why)
{
    const EquityRow kept = row;
    row = EquityRow();
    row.dimension = kept.dimension;
    row.dimensionName = kept.dimensionName;
    row.groupName = kept.groupName;
    row.groupKey = kept.groupKey;
    row.suppression = why;
    for (EquityFigure* f :
         {&row.meanDosageMinutes, &row.attendanceRate, &row.growth, &row.needShare, &row.seatShare,
          &row.minutesShare, &row.pausedRate, &row.exitRate, &row.makeupsOffered, &row.makeupsAttended})
        *f = withheld(EquityWithheld::GroupSuppressed);
}

// In a dimension whose groups add up to the whole, a single hidden group could be worked out from the
// others and the whole (which the shares give away). Hold back one more: the smallest of those shown.
void protectComplements(std::vector<EquityRow>& rows, const std::vector<Tally>& tallies)
{
    int hidden = 0;
    for (std::size_t i = 0; i < rows.size(); ++i)
        hidden += rows[i].suppressed() && tallies[i].eligible > 0 ? 1 : 0;
    if (hidden == 1) {
        std::optional<std::size_t> smallest;
        for (std::size_t i = 0; i < rows.size(); ++i) {
            if (!rows[i].suppressed() && (!smallest || tallies[i].eligible < tallies[*smallest].eligible))
                smallest = i;
        }
        if (smallest)
            suppressRow(rows[*smallest], EquitySuppression::ProtectsSmallerGroup);
    }
    // The same for minutes among the groups still shown: a group's minutes are its mean times its enrolled,
    // and the whole comes from any share; one group's minutes hidden would be the whole less the others.
    int minutesHidden = 0;
    for (std::size_t i = 0; i < rows.size(); ++i)
        minutesHidden += tallies[i].minutes > 0 && !rows[i].minutesShare.value ? 1 : 0;
    if (minutesHidden == 1) {
        std::optional<std::size_t> smallest;
        for (std::size_t i = 0; i < rows.size(); ++i) {
            if (rows[i].minutesShare.value && tallies[i].minutes > 0 &&
                (!smallest || tallies[i].enrolled < tallies[*smallest].enrolled))
                smallest = i;
        }
        if (smallest) {
            rows[*smallest].meanDosageMinutes = withheld(EquityWithheld::Complement);
            rows[*smallest].minutesShare = withheld(EquityWithheld::Complement);
        }
    }
}

} // namespace

EquityAudit Equity::audit(Store& store, const QDate& today, std::optional<double> threshold)
{
    EquityAudit audit;
    audit.today = today;
    audit.threshold = threshold.value_or(gapThreshold(store));

    const std::vector<StudentFacts> facts = loadFacts(store, today);
    Tally all;
    for (const StudentFacts& f : facts) {
        if (f.eligible)
            all.add(f);
        else if (f.enrolled)
            ++audit.tutoredNoLongerEligible;
    }

    for (const DimensionSpec& dimension : dimensions(store)) {
        std::vector<EquityRow> rows;
        std::vector<Tally> tallies;
        for (const GroupSpec& group : dimension.groups) {
            Tally t;
            for (const StudentFacts& f : facts) {
                if (f.eligible && group.member(f))
                    t.add(f);
            }
            EquityRow row;
            row.dimension = dimension.dimension;
            row.dimensionName = dimension.name;
            row.groupName = group.name;
            row.groupKey = group.key;
            row.eligible = t.eligible;
            row.offered = t.offered;
            row.enrolled = t.enrolled;
            row.meanDosageMinutes = over(t.enrolled, static_cast<double>(t.minutes), t.enrolled);
            row.attendanceRate = over(t.withAttendance, static_cast<double>(t.attended),
                                      static_cast<double>(t.attended + t.absent));
            row.growth = over(t.withGrowth, t.growthSum, t.withGrowth);
            row.needShare = share(t.eligible, all.eligible);
            row.seatShare = share(t.enrolled, all.enrolled);
            row.minutesShare = t.enrolled < smallestGroup
                                   ? withheld(EquityWithheld::FewStudents)
                                   : share(static_cast<double>(t.minutes), static_cast<double>(all.minutes));
            row.pausedRate = over(t.enrolled, t.paused, t.enrolled);
            row.exitRate = over(t.enrolled, t.exited, t.enrolled);
            row.makeupsOffered = over(t.enrolled, static_cast<double>(t.makeupsOffered), t.enrolled);
            row.makeupsAttended = over(t.enrolled, static_cast<double>(t.makeupsAttended), t.enrolled);
            if (t.eligible < smallestGroup)
                suppressRow(row, EquitySuppression::FewerThanTen);
            rows.push_back(std::move(row));
            tallies.push_back(t);
        }
        if (dimension.partition)
            protectComplements(rows, tallies);
        for (EquityRow& row : rows) {
            const std::size_t index = audit.rows.size();
            const double need = row.needShare.value.value_or(0);
            if (!row.suppressed() && need > 0) {
                if (row.seatShare.value && *row.seatShare.value / need < audit.threshold) {
                    row.seatGap = true;
                    audit.gaps.push_back({EquityGap::Kind::Seats, index, *row.seatShare.value, need,
                                          *row.seatShare.value / need});
                }
                if (row.minutesShare.value && *row.minutesShare.value / need < audit.threshold) {
                    row.minutesGap = true;
                    audit.gaps.push_back({EquityGap::Kind::Minutes, index, *row.minutesShare.value, need,
                                          *row.minutesShare.value / need});
                }
            }
            audit.rows.push_back(std::move(row));
        }
    }
    return audit;
}

double Equity::gapThreshold(Store& store)
{
    Statement st = store.db().prepare("SELECT value FROM settings WHERE key = ?");
    st.bindAll(settingsKey);
    if (!st.step())
        return defaultThreshold;
    bool ok = false;
    const double value = st.text(0).trimmed().toDouble(&ok);
    return ok && !validateThreshold(value) ? value : defaultThreshold;
}

std::optional<QString> Equity::validateThreshold(double threshold)
{
    if (threshold > 0 && threshold <= 1)
        return std::nullopt;
    return Tr::tr(
               "The gap threshold must be above 0 and at most 1 (0.8 is the \"four-fifths\" rule), not %1.")
        .arg(QLocale().toString(threshold));
}

Result<void> Equity::setGapThreshold(Store& store, double threshold)
{
    if (const auto problem = validateThreshold(threshold))
        return Error{*problem};
    try {
        Database& db = store.db();
        Transaction tx(db);
        db.run("INSERT INTO settings (key, value) VALUES (?, ?)"
               " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
               settingsKey, QString::number(threshold, 'g', 6));
        tx.commit();
    } catch (const StoreError& e) {
        return Error{Tr::tr("The equity gap threshold could not be saved: %1").arg(e.message())};
    }
    return {};
}

} // namespace tutordesk
