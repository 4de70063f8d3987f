// Benchmark scores files (i-Ready, STAR style) into the assessments table, validated first.
#include "roster/ScoresImport.h"

#include "core/ImportFixtures.h"
#include "roster/SavedMappings.h"
#include "roster/ScoreValues.h"
#include "roster/ScoresReader.h"
#include "support/Fixtures.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>

namespace tutordesk::test {
namespace {

class ScoresImportTest : public TempDirTest {
protected:
    void SetUp() override
    {
        m_store = openStore(dbPath());
        ASSERT_TRUE(m_store);
        createSchool(*m_store);
        for (const char* id : {"100234", "100235", "u-1003"})
            addStudent(*m_store, QLatin1String(id));
    }

    Result<ImportReport> import(const QString& path, bool dryRun = false)
    {
        return importScores(*m_store, path, {std::nullopt, dryRun});
    }
    static QString scores(const char* name)
    {
        return importData(QStringLiteral("scores/") + QLatin1String(name));
    }
    std::int64_t benchmarks() { return m_store->db().queryInteger("SELECT count(*) FROM assessments"); }
    QString lastChange() { return m_store->db().queryText("SELECT max(updated_at) FROM assessments"); }

    std::unique_ptr<Store> m_store;
};

std::string problemsOf(const ImportReport& report)
{
    std::string text;
    for (const ImportProblem& problem : report.problems)
        text += problem.toText().toStdString() + "\n";
    return text;
}

TEST_F(ScoresImportTest, IReadyFileAddsBenchmarks)
{
    const auto report = import(scores("iready_fall.csv"));
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    EXPECT_TRUE(report->problems.empty()) << problemsOf(report.value());
    EXPECT_TRUE(report->applied);
    EXPECT_EQ(report->read, 4);
    EXPECT_EQ(report->scoresAdded, 4);
    EXPECT_EQ(benchmarks(), 4);

    Statement st = m_store->db().prepare("SELECT a.kind, a.subject, a.test_window, a.score, a.placement, "
                                         "a.levels_below, a.assessed_on, a.instrument"
                                         " FROM assessments a JOIN students s ON s.id = a.student_id"
                                         " WHERE s.sourced_id = '100234' AND a.subject = 'reading'");
    ASSERT_TRUE(st.step());
    EXPECT_EQ(st.text(0), QStringLiteral("benchmark"));
    EXPECT_EQ(st.text(2), QStringLiteral("BOY"));
    EXPECT_EQ(st.real(3), 452.0);
    EXPECT_EQ(st.text(4), QStringLiteral("2 Grade Levels Below"));
    EXPECT_EQ(st.integer(5), 2);
    EXPECT_EQ(st.text(6), QStringLiteral("2025-09-03")); // the completion date, not the start
    EXPECT_EQ(st.text(7), QStringLiteral("benchmark"));
    EXPECT_EQ(
        m_store->db().queryInteger("SELECT levels_below FROM assessments WHERE placement LIKE '3 or More%'"),
        3);
    EXPECT_EQ(m_store->db().queryInteger("SELECT count(*) FROM assessments WHERE subject = 'math'"), 2);

    // The mapping is kept for next time.
    const auto saved = SavedMappings::load(*m_store, QStringLiteral("scores"));
    ASSERT_TRUE(saved.has_value());
    EXPECT_EQ(saved->headerFor(QStringLiteral("assessedOn")), QStringLiteral("Completion Date"));
}

TEST_F(ScoresImportTest, ReimportChangesNothingAndAChangedScoreIsUpdated)
{
    ASSERT_TRUE(import(scores("iready_fall.csv")).ok());
    const QString before = lastChange();
    const auto again = import(scores("iready_fall.csv"));
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->scoresAdded, 0);
    EXPECT_EQ(again->scoresUpdated, 0);
    EXPECT_EQ(again->unchanged, 4);
    EXPECT_EQ(benchmarks(), 4);
    EXPECT_EQ(lastChange(), before);

    QFile in(scores("iready_fall.csv"));
    ASSERT_TRUE(in.open(QIODevice::ReadOnly));
    const QString corrected = file(QStringLiteral("iready_fall_corrected.csv"));
    QFile out(corrected);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(
        QString::fromUtf8(in.readAll()).replace(QStringLiteral(",452,"), QStringLiteral(",455,")).toUtf8());
    out.close();
    const auto updated = import(corrected);
    ASSERT_TRUE(updated.ok());
    EXPECT_EQ(updated->scoresUpdated, 1);
    EXPECT_EQ(updated->unchanged, 3);
    EXPECT_EQ(m_store->db().queryInteger("SELECT count(*) FROM assessments WHERE score = 455"), 1);
}

TEST_F(ScoresImportTest, StarFileWithOtherHeadersIsReadToo)
{
    ASSERT_TRUE(import(scores("iready_fall.csv")).ok());
    // The saved i-Ready mapping does not fit STAR's columns: they are matched by name instead.
    const auto report = import(scores("star_winter.csv"));
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    EXPECT_TRUE(report->problems.empty()) << problemsOf(report.value());
    EXPECT_EQ(report->scoresAdded, 3);
    Statement st =
        m_store->db().prepare("SELECT a.subject, a.test_window, a.levels_below, a.instrument, a.assessed_on"
                              " FROM assessments a JOIN students s ON s.id = a.student_id"
                              " WHERE a.test_window = 'MOY' ORDER BY s.sourced_id");
    ASSERT_TRUE(st.step());
    EXPECT_EQ(st.text(0), QStringLiteral("reading")); // 100234: Star Reading, Urgent Intervention
    EXPECT_EQ(st.integer(2), 2);
    EXPECT_EQ(st.text(3), QStringLiteral("Star Reading"));
    EXPECT_EQ(st.text(4), QStringLiteral("2026-01-14"));
    ASSERT_TRUE(st.step());
    EXPECT_EQ(st.text(0), QStringLiteral("reading")); // 100235: Star Early Literacy, On Watch
    EXPECT_EQ(st.integer(2), 0);
    ASSERT_TRUE(st.step());
    EXPECT_EQ(st.text(0), QStringLiteral("math")); // u-1003: Star Math, Intervention
    EXPECT_EQ(st.integer(2), 1);
    EXPECT_FALSE(st.step());
}

TEST_F(ScoresImportTest, UnknownStudentIsAProblemAndNothingIsWritten)
{
    const auto report = import(scores("unknown_student.csv"));
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    EXPECT_FALSE(report->applied);
    ASSERT_EQ(report->problems.size(), 1u) << problemsOf(report.value());
    const ImportProblem& problem = report->problems.front();
    EXPECT_EQ(problem.line, 3);
    EXPECT_EQ(problem.column, 1);
    EXPECT_EQ(problem.field, QStringLiteral("Student ID"));
    EXPECT_TRUE(problem.message.contains(QStringLiteral("999999")));
    EXPECT_EQ(benchmarks(), 0);
    EXPECT_FALSE(SavedMappings::load(*m_store, QStringLiteral("scores")).has_value());
}

TEST_F(ScoresImportTest, DryRunCountsButWritesNothing)
{
    const auto report = import(scores("iready_fall.csv"), true);
    ASSERT_TRUE(report.ok());
    EXPECT_FALSE(report->applied);
    EXPECT_EQ(report->scoresAdded, 4);
    EXPECT_EQ(benchmarks(), 0);
    EXPECT_FALSE(SavedMappings::load(*m_store, QStringLiteral("scores")).has_value());
}

TEST_F(ScoresImportTest, UnreadableValuesAreProblemsAtTheirColumn)
{
    const QString path = file(QStringLiteral("bad.csv"));
    QFile out(path);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write("Student ID,Subject,Test Window,Date,Scale Score,Levels Below\n"
              "100234,Science,BOY,2025-09-03,452,2\n"
              "100234,Math,Summer,2025-09-03,452,2\n"
              "100234,Math,BOY,someday,452,2\n"
              "100234,Math,BOY,2025-09-03,lots,2\n"
              "100234,Math,BOY,2025-09-03,452,twenty\n"
              "100235,Reading,MOY,1/20/2026,410,0\n"
              "100235,Reading,Winter,2026-01-20,411,0\n");
    out.close();
    const auto report = import(path);
    ASSERT_TRUE(report.ok());
    ASSERT_EQ(report->problems.size(), 6u) << problemsOf(report.value());
    const std::vector<std::pair<int, int>> where = {{2, 2}, {3, 3}, {4, 4}, {5, 5}, {6, 6}, {8, 1}};
    for (std::size_t i = 0; i < where.size(); ++i) {
        EXPECT_EQ(report->problems[i].line, where[i].first) << i;
        EXPECT_EQ(report->problems[i].column, where[i].second) << i;
    }
    EXPECT_TRUE(report->problems.back().message.contains(QStringLiteral("7"))); // the same result on line 7
    EXPECT_EQ(benchmarks(), 0);
}

TEST_F(ScoresImportTest, AWholeWrongColumnIsListedOnceNotThousandsOfTimes)
{
    const QString path = file(QStringLiteral("wrong_ids.csv"));
    QFile out(path);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write("Student ID,Subject,Date,Scale Score\n");
    for (int i = 0; i < 600; ++i)
        out.write(QStringLiteral("X%1,Math,2025-09-03,400\n").arg(i).toUtf8());
    out.close();
    const auto report = import(path);
    ASSERT_TRUE(report.ok());
    ASSERT_EQ(report->problems.size(), 501u);
    EXPECT_TRUE(report->problems.back().message.contains(QStringLiteral("100 more")));
}

TEST_F(ScoresImportTest, AMappingForAnotherKindOfFileIsRefused)
{
    ColumnMapping roster(QStringLiteral("roster"));
    roster.set(QStringLiteral("districtId"), QStringLiteral("Student ID"));
    const auto report = importScores(*m_store, scores("iready_fall.csv"), {roster, false});
    ASSERT_FALSE(report.ok());
    EXPECT_TRUE(report.error().message.contains(QStringLiteral("roster")));
}

TEST(ScoreValuesTest, PlacementsSubjectsAndWindows)
{
    EXPECT_EQ(ScoreValues::levelsFromPlacement(QStringLiteral("3 or More Grade Levels Below")), 3);
    EXPECT_EQ(ScoreValues::levelsFromPlacement(QStringLiteral("2 Grade Levels Below")), 2);
    EXPECT_EQ(ScoreValues::levelsFromPlacement(QStringLiteral("1 Grade Level Below")), 1);
    EXPECT_EQ(ScoreValues::levelsFromPlacement(QStringLiteral("Early On Grade Level")), 0);
    EXPECT_EQ(ScoreValues::levelsFromPlacement(QStringLiteral("Mid or Above Grade Level")), 0);
    EXPECT_EQ(ScoreValues::levelsFromPlacement(QStringLiteral("On/Above Grade Level")), 0);
    EXPECT_EQ(ScoreValues::levelsFromPlacement(QStringLiteral("Tier 3")), 2);
    EXPECT_EQ(ScoreValues::levelsFromPlacement(QStringLiteral("Tier 1")), 0);
    EXPECT_EQ(ScoreValues::levelsFromPlacement(QStringLiteral("Two grade levels below")), 2);
    EXPECT_EQ(ScoreValues::levelsFromPlacement(QStringLiteral("At/Above Benchmark")), 0);
    EXPECT_FALSE(ScoreValues::levelsFromPlacement(QStringLiteral("Level 2")).has_value());
    EXPECT_FALSE(ScoreValues::levelsFromPlacement(QStringLiteral("HiAvg")).has_value());
    EXPECT_EQ(ScoreValues::levelsBelow(QStringLiteral("3+")), 3);
    EXPECT_EQ(ScoreValues::levelsBelow(QStringLiteral("-1")), -1);
    EXPECT_FALSE(ScoreValues::levelsBelow(QStringLiteral("13")).has_value());
    EXPECT_FALSE(ScoreValues::levelsBelow(QStringLiteral("1.5")).has_value());

    EXPECT_EQ(ScoreValues::subject(QStringLiteral("ELA")), QStringLiteral("reading"));
    EXPECT_EQ(ScoreValues::subject(QStringLiteral("English Language Arts")), QStringLiteral("reading"));
    EXPECT_EQ(ScoreValues::subject(QStringLiteral("Mathematics")), QStringLiteral("math"));
    EXPECT_EQ(ScoreValues::subject(QStringLiteral("Language Usage")), QStringLiteral("writing"));
    EXPECT_FALSE(ScoreValues::subject(QStringLiteral("Science")).has_value());

    EXPECT_EQ(ScoreValues::window(QStringLiteral("Fall 2025-2026")), QStringLiteral("BOY"));
    EXPECT_EQ(ScoreValues::window(QStringLiteral("Winter")), QStringLiteral("MOY"));
    EXPECT_EQ(ScoreValues::window(QStringLiteral("End of Year")), QStringLiteral("EOY"));
    EXPECT_EQ(ScoreValues::window(QStringLiteral("moy")), QStringLiteral("MOY"));
    EXPECT_FALSE(ScoreValues::window(QStringLiteral("Summer")).has_value());
    EXPECT_EQ(ScoreValues::windowOf(QDate(2025, 9, 8)), QStringLiteral("BOY"));
    EXPECT_EQ(ScoreValues::windowOf(QDate(2026, 1, 20)), QStringLiteral("MOY"));
    EXPECT_EQ(ScoreValues::windowOf(QDate(2026, 5, 12)), QStringLiteral("EOY"));

    EXPECT_EQ(ScoreValues::score(QStringLiteral("1,032")), 1032.0);
    EXPECT_FALSE(ScoreValues::score(QStringLiteral("n/a")).has_value());
}

} // namespace
} // namespace tutordesk::test
