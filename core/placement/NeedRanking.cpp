#include "placement/NeedRanking.h"

#include "store/Store.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <QCoreApplication>

#include <algorithm>
#include <unordered_map>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::NeedScore)
};

} // namespace

std::vector<NeedScoreRow> NeedRanking::rankWithin(Database& db, const NeedWeights& weights,
                                                  const std::vector<TierDefinition>& tiers)
{
    struct Student {
        NeedScoreRow identity;
        NeedEvidence evidence;
        std::optional<double> storedScore;
        std::optional<std::int64_t> storedTier;
        std::optional<QString> storedBreakdown;
    };
    std::vector<Student> students;
    std::unordered_map<std::int64_t, std::size_t> byId;
    Statement read =
        db.prepare("SELECT id, sourced_id, first_name, last_name, grade, attendance_rate, el_status,"
                   " iep, section_504, foster, homeless, disadvantaged, need_score, need_tier, "
                   "need_breakdown FROM students"
                   " WHERE status = 'active' ORDER BY id");
    while (read.step()) {
        Student s;
        s.identity.studentId = read.integer(0);
        s.identity.districtId = read.text(1);
        s.identity.name = read.text(2) + QLatin1Char(' ') + read.text(3);
        s.identity.grade = read.text(4);
        s.evidence.attendanceRate = read.optionalReal(5);
        s.evidence.elStatus = read.text(6);
        s.evidence.iep = read.integer(7) != 0;
        s.evidence.section504 = read.integer(8) != 0;
        s.evidence.foster = read.integer(9) != 0;
        s.evidence.homeless = read.integer(10) != 0;
        s.evidence.disadvantaged = read.integer(11) != 0;
        s.storedScore = read.optionalReal(12);
        s.storedTier = read.optionalInteger(13);
        s.storedBreakdown = read.optionalText(14);
        byId.emplace(s.identity.studentId, students.size());
        students.push_back(std::move(s));
    }

    // The latest benchmark per student and subject: rows come oldest first, so a later one replaces
    // the one before it (same day: the one entered last).
    Statement benchmarks = db.prepare("SELECT student_id, subject, levels_below, instrument, test_window,"
                                      " assessed_on FROM assessments WHERE kind = 'benchmark'"
                                      " ORDER BY student_id, subject, assessed_on, id");
    while (benchmarks.step()) {
        const auto found = byId.find(benchmarks.integer(0));
        if (found == byId.end())
            continue;
        std::vector<BenchmarkEvidence>& list = students[found->second].evidence.benchmarks;
        BenchmarkEvidence b;
        b.subject = benchmarks.text(1);
        if (const auto levels = benchmarks.optionalInteger(2))
            b.levelsBelow = static_cast<int>(*levels);
        b.instrument = benchmarks.text(3);
        b.window = benchmarks.text(4);
        b.on = QDate::fromString(benchmarks.text(5), Qt::ISODate);
        if (!list.empty() && list.back().subject == b.subject)
            list.back() = std::move(b);
        else
            list.push_back(std::move(b));
    }

    // Only a changed score is written, so that re-ranking an unchanged school leaves every row (and its
    // updated_at, which delta exports follow) as it was, and costs no writes.
    Statement write =
        db.prepare("UPDATE students SET need_score = ?, need_tier = ?, need_breakdown = ? WHERE id = ?");
    std::vector<NeedScoreRow> rows;
    rows.reserve(students.size());
    for (Student& s : students) {
        NeedScoreRow row = NeedScore::score(s.evidence, weights, tiers);
        row.studentId = s.identity.studentId;
        row.districtId = std::move(s.identity.districtId);
        row.name = std::move(s.identity.name);
        row.grade = std::move(s.identity.grade);
        const QString breakdown = NeedScore::breakdownJson(row);
        if (s.storedScore != row.score || s.storedTier != row.tier || s.storedBreakdown != breakdown) {
            write.bindAll(row.score, row.tier, breakdown, row.studentId);
            write.run();
        }
        rows.push_back(std::move(row));
    }
    std::sort(rows.begin(), rows.end(), &NeedScore::ranksBefore);
    return rows;
}

Result<std::vector<NeedScoreRow>> NeedScore::rankAll(Store& store)
{
    try {
        Database& db = store.db();
        Transaction tx(db);
        std::vector<NeedScoreRow> rows =
            NeedRanking::rankWithin(db, NeedWeights::load(store), Tiers::load(store));
        tx.commit();
        return rows;
    } catch (const StoreError& e) {
        return Error{Tr::tr("The need scores could not be saved: %1").arg(e.message())};
    }
}

std::optional<NeedScoreRow> NeedScore::forStudent(Store& store, std::int64_t studentId)
{
    Statement st =
        store.db().prepare("SELECT sourced_id, first_name, last_name, grade, need_score, need_tier,"
                           " need_breakdown, attendance_rate FROM students WHERE id = ?");
    st.bindAll(studentId);
    if (!st.step() || st.isNull(4))
        return std::nullopt;
    NeedScoreRow row;
    row.studentId = studentId;
    row.districtId = st.text(0);
    row.name = st.text(1) + QLatin1Char(' ') + st.text(2);
    row.grade = st.text(3);
    row.score = st.real(4);
    row.tier = st.isNull(5) ? 1 : static_cast<int>(st.integer(5));
    row.breakdown = parseBreakdown(st.text(6), &row.levelsBelow);
    row.attendanceRate = st.optionalReal(7);
    return row;
}

} // namespace tutordesk
