#include "progress/ProbeSheet.h"

#include "progress/AssessmentText.h"
#include "store/Store.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QLocale>
#include <QUuid>

#include <algorithm>
#include <limits>
#include <tuple>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::ProbeSheet)
};

// The instrument every probe entered in the grid names; a stored value, so not translated.
constexpr const char* probeInstrument = "Tutor skill probe";

// A seat in the group on a day: held now, or given back on or after the day; begun by then.
constexpr const char* seatedOnDay =
    "((e.status IN ('invited', 'consented', 'active')"
    "   OR (e.status IN ('paused', 'exited') AND coalesce(e.end_day, e.status_since) >= :day))"
    "  AND (e.begin_day IS NULL OR e.begin_day <= :day))";

int windowOrder(const QString& window)
{
    if (window == QLatin1String("pre"))
        return 0;
    if (window == QLatin1String("progress"))
        return 1;
    return 2;
}

QString score(double value)
{
    return QLocale().toString(value, 'g', 6);
}

// One result as probe_growth ranks it.
struct Ranked {
    std::int64_t id = 0;
    QDate day;
    QString window;
    double score = 0;
    double maxScore = 1;
    double percent() const { return 100.0 * score / maxScore; }
};

std::optional<double> growthOf(const std::vector<Ranked>& results)
{
    if (results.size() < 2)
        return std::nullopt;
    // The view: baseline orders by (window = 'pre') DESC, assessed_on, id; latest by assessed_on DESC,
    // (window = 'post') DESC, id DESC.
    const auto baseline =
        std::min_element(results.begin(), results.end(), [](const Ranked& a, const Ranked& b) {
            const bool preA = a.window == QLatin1String("pre");
            const bool preB = b.window == QLatin1String("pre");
            return std::tuple(!preA, a.day, a.id) < std::tuple(!preB, b.day, b.id);
        });
    const auto latest =
        std::min_element(results.begin(), results.end(), [](const Ranked& a, const Ranked& b) {
            const bool postA = a.window == QLatin1String("post");
            const bool postB = b.window == QLatin1String("post");
            return std::tuple(b.day, postB, b.id) < std::tuple(a.day, postA, a.id);
        });
    if (baseline->id == latest->id)
        return std::nullopt;
    return latest->percent() - baseline->percent();
}

struct GroupFacts {
    QString name;
    QString subject;
    QString skill;
    QString skillTitle;
    QDate start;
    QDate end;
    std::optional<std::int64_t> tutor;
};

std::optional<GroupFacts> groupFacts(Database& db, std::int64_t groupId)
{
    Statement st =
        db.prepare("SELECT name, subject, skill_code, skill_description, start_day, end_day, tutor_id"
                   " FROM tutoring_groups WHERE id = ?");
    st.bindAll(groupId);
    if (!st.step())
        return std::nullopt;
    return GroupFacts{st.text(0),
                      st.text(1),
                      st.text(2).trimmed(),
                      st.text(3),
                      QDate::fromString(st.text(4), Qt::ISODate),
                      QDate::fromString(st.text(5), Qt::ISODate),
                      st.optionalInteger(6)};
}

QString studentName(Database& db, std::int64_t studentId)
{
    const QString name =
        db.queryText("SELECT CASE WHEN preferred_name <> '' THEN preferred_name ELSE first_name END"
                     " || ' ' || last_name FROM students WHERE id = ?",
                     studentId);
    return name.isEmpty() ? Tr::tr("student %1").arg(studentId) : name;
}

double defaultMax(Database& db, const QString& skill, const QString& subject)
{
    Statement st = db.prepare("SELECT max_score FROM probe_skills WHERE skill = ? AND max_score IS NOT NULL");
    st.bindAll(skill);
    if (st.step())
        return st.real(0);
    Statement last = db.prepare("SELECT max_score FROM assessments WHERE kind = 'probe' AND skill = ?"
                                " AND max_score > 0 ORDER BY assessed_on DESC, id DESC LIMIT 1");
    last.bindAll(skill);
    if (last.step())
        return last.real(0);
    return subject == QLatin1String("reading") ? 40.0 : 20.0;
}

double masteryOf(Database& db, const QString& skill)
{
    Statement st = db.prepare("SELECT mastery_percent FROM probe_skills WHERE skill = ?");
    st.bindAll(skill);
    return st.step() ? st.real(0) : 80.0;
}

// Why `entry` cannot be saved for the group, or nothing.
std::optional<QString> refusal(Database& db, std::int64_t groupId, const GroupFacts& group,
                               const ProbeEntry& entry, const QDate& today)
{
    const QLocale locale;
    if (group.skill.isEmpty())
        return Tr::tr(
                   "%1 has no target skill, so its probes cannot be compared. Give the group a skill code on "
                   "the Schedule page first.")
            .arg(group.name);
    if (!entry.day.isValid())
        return Tr::tr("Choose the day the probe was given.");
    if (entry.day > today)
        return Tr::tr("The probe day %1 is in the future. Enter probes on or after the day they are given.")
            .arg(locale.toString(entry.day, QLocale::ShortFormat));
    if (entry.day < group.start)
        return Tr::tr("The probe day %1 is before %2 starts (%3). Check the day.")
            .arg(locale.toString(entry.day, QLocale::ShortFormat), group.name,
                 locale.toString(group.start, QLocale::ShortFormat));
    if (!AssessmentText::probeWindows().contains(entry.window))
        return Tr::tr("Choose the probe window: pre, progress or post.");
    if (!(entry.maxScore > 0))
        return Tr::tr("The probe's maximum score must be more than 0.");
    Statement seat = db.prepare(std::string("SELECT count(*) FROM enrollments e WHERE e.group_id = :group"
                                            " AND e.student_id = :student AND ") +
                                seatedOnDay);
    for (const ProbeCell& cell : entry.cells) {
        if (!cell.score)
            continue;
        if (*cell.score < 0 || *cell.score > entry.maxScore)
            return Tr::tr("%1's score %2 is outside 0 to %3. Correct the score or the probe's maximum.")
                .arg(studentName(db, cell.studentId), score(*cell.score), score(entry.maxScore));
        seat.reset();
        seat.bindNamed(":group", groupId);
        seat.bindNamed(":student", cell.studentId);
        seat.bindNamed(":day", entry.day);
        if (!seat.step() || seat.integer(0) == 0)
            return Tr::tr(
                       "%1 has no seat in %2 on %3, so the score %4 cannot be recorded for the group. Clear "
                       "the score or check the day.")
                .arg(studentName(db, cell.studentId), group.name,
                     locale.toString(entry.day, QLocale::ShortFormat), score(*cell.score));
    }
    return std::nullopt;
}

} // namespace

std::vector<ProbeGroup> ProbeSheet::groups(Store& store, const QDate& day)
{
    Statement st = store.db().prepare("SELECT g.id, g.name, coalesce(t.first_name || ' ' || t.last_name, "
                                      "''), g.skill_code, g.status = 'ended',"
                                      " EXISTS (SELECT 1 FROM sessions s WHERE s.group_id = g.id AND s.day = "
                                      "? AND s.status <> 'cancelled') AS today"
                                      " FROM tutoring_groups g LEFT JOIN tutors t ON t.id = g.tutor_id"
                                      " ORDER BY g.status = 'ended', g.name, g.id");
    st.bindAll(day);
    std::vector<ProbeGroup> groups;
    while (st.step())
        groups.push_back(
            {st.integer(0), st.text(1), st.text(2), st.text(3), st.integer(4) != 0, st.integer(5) != 0});
    return groups;
}

std::optional<ProbeSheet> ProbeSheet::load(Store& store, std::int64_t groupId, const QDate& day)
{
    Database& db = store.db();
    const auto group = groupFacts(db, groupId);
    if (!group)
        return std::nullopt;
    ProbeSheet sheet;
    sheet.groupId = groupId;
    sheet.groupName = group->name;
    sheet.subject = group->subject;
    sheet.skill = group->skill;
    sheet.skillTitle = group->skillTitle;
    sheet.startDay = group->start;
    sheet.endDay = group->end;
    sheet.day = day;
    sheet.maxScore = defaultMax(db, group->skill, group->subject);
    sheet.masteryPercent = masteryOf(db, group->skill);

    // Seated students, and those who gave the seat back but have results from this group.
    Statement st = db.prepare(
        std::string(
            "SELECT st.id, CASE WHEN st.preferred_name <> '' THEN st.preferred_name ELSE st.first_name"
            " END || ' ' || st.last_name, max(") +
        seatedOnDay +
        ") AS seated FROM enrollments e JOIN students st ON st.id = e.student_id"
        " WHERE e.group_id = :group AND e.status <> 'waitlisted'"
        " GROUP BY st.id"
        " HAVING seated OR EXISTS (SELECT 1 FROM assessments a WHERE a.kind = 'probe' AND a.student_id = "
        "st.id"
        "  AND a.skill = :skill AND a.group_id = :group AND a.score IS NOT NULL)"
        " ORDER BY st.last_name_key, st.first_name_key, st.id");
    st.bindNamed(":day", day);
    st.bindNamed(":group", groupId);
    st.bindNamed(":skill", group->skill);
    while (st.step()) {
        ProbeRow row;
        row.studentId = st.integer(0);
        row.name = st.text(1);
        row.seatGivenBack = st.integer(2) == 0;
        sheet.rows.push_back(std::move(row));
    }

    // Every result on the skill, whichever group gave it: growth is per student and skill.
    struct Found {
        std::size_t row;
        ProbeOccasion occasion;
        ProbeScore result;
    };
    std::vector<Found> found;
    Statement results =
        db.prepare("SELECT id, assessed_on, test_window, score, max_score FROM assessments"
                   " WHERE kind = 'probe' AND student_id = ? AND skill = ? AND score IS NOT NULL"
                   " AND max_score > 0 AND test_window IN ('pre', 'progress', 'post')"
                   " ORDER BY assessed_on, id");
    Statement growth =
        db.prepare("SELECT growth, mastered FROM probe_growth WHERE student_id = ? AND skill = ?");
    for (std::size_t i = 0; i < sheet.rows.size(); ++i) {
        ProbeRow& row = sheet.rows[i];
        results.bindAll(row.studentId, group->skill);
        while (results.step())
            found.push_back({i,
                             {QDate::fromString(results.text(1), Qt::ISODate), results.text(2)},
                             {results.integer(0), results.real(3), results.real(4)}});
        growth.bindAll(row.studentId, group->skill);
        if (growth.step()) {
            row.growth = growth.optionalReal(0);
            row.mastered = growth.integer(1) != 0;
        }
    }
    for (const Found& f : found) {
        if (sheet.occasionIndex(f.occasion.day, f.occasion.window) < 0)
            sheet.occasions.push_back(f.occasion);
    }
    std::sort(sheet.occasions.begin(), sheet.occasions.end(),
              [](const ProbeOccasion& a, const ProbeOccasion& b) {
                  return std::pair(a.day, windowOrder(a.window)) < std::pair(b.day, windowOrder(b.window));
              });
    for (ProbeRow& row : sheet.rows)
        row.results.resize(sheet.occasions.size());
    for (const Found& f : found) {
        auto& cell =
            sheet.rows[f.row]
                .results[static_cast<std::size_t>(sheet.occasionIndex(f.occasion.day, f.occasion.window))];
        if (!cell) // the first of duplicates in one (day, window)
            cell = f.result;
    }

    const bool ended = group->end.isValid() && day >= group->end;
    bool anyResult = false;
    for (ProbeRow& row : sheet.rows) {
        const bool has =
            std::any_of(row.results.begin(), row.results.end(), [](const auto& r) { return r.has_value(); });
        anyResult = anyResult || (has && !row.seatGivenBack);
        row.suggestedWindow = ended ? QStringLiteral("post")
                              : has ? QStringLiteral("progress")
                                    : QStringLiteral("pre");
    }
    sheet.suggestedWindow = ended       ? QStringLiteral("post")
                            : anyResult ? QStringLiteral("progress")
                                        : QStringLiteral("pre");
    return sheet;
}

int ProbeSheet::occasionIndex(const QDate& onDay, const QString& window) const
{
    for (std::size_t i = 0; i < occasions.size(); ++i) {
        if (occasions[i].day == onDay && occasions[i].window == window)
            return static_cast<int>(i);
    }
    return -1;
}

std::optional<double> ProbeSheet::previewGrowth(const ProbeRow& row, const ProbeEntry& entry,
                                                std::optional<double> newScore) const
{
    std::vector<Ranked> results;
    const int editing = occasionIndex(entry.day, entry.window);
    std::int64_t replacedId = std::numeric_limits<std::int64_t>::max(); // a new row comes last
    for (std::size_t i = 0; i < occasions.size() && i < row.results.size(); ++i) {
        if (!row.results[i])
            continue;
        if (static_cast<int>(i) == editing) {
            replacedId = row.results[i]->id;
            continue;
        }
        results.push_back({row.results[i]->id, occasions[i].day, occasions[i].window, row.results[i]->score,
                           row.results[i]->maxScore});
    }
    if (newScore && entry.maxScore > 0)
        results.push_back({replacedId, entry.day, entry.window, *newScore, entry.maxScore});
    return growthOf(results);
}

Result<ProbeSaveCounts> ProbeSheet::save(Store& store, std::int64_t groupId, const ProbeEntry& entry,
                                         const QDate& today)
{
    Database& db = store.db();
    try {
        const auto group = groupFacts(db, groupId);
        if (!group)
            return Error{Tr::tr("There is no group %1 (it may have been removed). Choose another group.")
                             .arg(groupId)};
        Transaction tx(db);
        if (auto refused = refusal(db, groupId, *group, entry, today))
            return Error{*refused};
        ProbeSaveCounts counts;
        Statement existing =
            db.prepare("SELECT id, score, max_score FROM assessments WHERE kind = 'probe'"
                       " AND student_id = ? AND skill = ? AND assessed_on = ? AND test_window = ?"
                       " ORDER BY id LIMIT 1");
        for (const ProbeCell& cell : entry.cells) {
            existing.bindAll(cell.studentId, group->skill, entry.day, entry.window);
            std::optional<std::int64_t> id;
            std::optional<double> oldScore;
            double oldMax = 0;
            if (existing.step()) {
                id = existing.integer(0);
                oldScore = existing.optionalReal(1);
                oldMax = existing.isNull(2) ? 0.0 : existing.real(2);
            }
            existing.reset(); // done reading before this row is written
            if (!cell.score) {
                if (id) {
                    db.run("DELETE FROM assessments WHERE id = ?", *id);
                    ++counts.cleared;
                }
            } else if (!id) {
                db.run("INSERT INTO assessments (sourced_id, student_id, kind, subject, skill, instrument,"
                       " test_window, score, max_score, assessed_on, group_id, tutor_id)"
                       " VALUES (?, ?, 'probe', ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       QUuid::createUuid().toString(QUuid::WithoutBraces), cell.studentId, group->subject,
                       group->skill, probeInstrument, entry.window, *cell.score, entry.maxScore, entry.day,
                       groupId, group->tutor);
                ++counts.added;
            } else if (oldScore != cell.score || oldMax != entry.maxScore) {
                db.run("UPDATE assessments SET score = ?, max_score = ? WHERE id = ?", *cell.score,
                       entry.maxScore, *id);
                ++counts.changed;
            }
        }
        tx.commit();
        return counts;
    } catch (const StoreError& e) {
        return Error{Tr::tr("The probe scores could not be saved in %1: %2. Nothing was changed; try again.")
                         .arg(store.path(), e.message())};
    }
}

} // namespace tutordesk
