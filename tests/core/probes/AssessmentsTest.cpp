// A student's other assessments: observations, confidence, benchmarks typed in, listed and removed.
#include "progress/Assessments.h"

#include "ProbeFixtures.h"

#include <gtest/gtest.h>

namespace tutordesk::test {
namespace {

class AssessmentsTest : public ProbeFixture {
protected:
    const QDate today = QDate(2026, 10, 15);
};

TEST_F(AssessmentsTest, ObservationNeedsNotesAndTakesTheGroupsSubjectAndTutor)
{
    ObservationInput in;
    in.studentId = avila;
    in.on = QDate(2026, 10, 14);
    in.groupId = math;
    in.rating = 3;
    EXPECT_FALSE(Assessments::recordObservation(*store, in, today).ok()) << "no notes";
    in.notes = QStringLiteral("Uses arrays for 6×7 without prompting.");
    in.rating = 5;
    EXPECT_FALSE(Assessments::recordObservation(*store, in, today).ok()) << "rating 1–4";
    in.rating = 3;
    const auto id = Assessments::recordObservation(*store, in, today);
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    EXPECT_EQ(count("SELECT count(*) FROM assessments WHERE kind = 'observation' AND subject = 'math'"
                    " AND tutor_id IS NOT NULL AND score = 3 AND notes LIKE 'Uses arrays%'"),
              1);
    in.rating.reset();
    in.groupId.reset();
    in.on = today.addDays(1);
    EXPECT_FALSE(Assessments::recordObservation(*store, in, today).ok()) << "future";
    in.on = today;
    ASSERT_TRUE(Assessments::recordObservation(*store, in, today).ok());
    EXPECT_EQ(count("SELECT count(*) FROM assessments WHERE kind = 'observation' AND subject = 'other'"
                    " AND score IS NULL"),
              1);
}

TEST_F(AssessmentsTest, ConfidenceIsOneToFive)
{
    ConfidenceInput in{avila, today, 6, math};
    EXPECT_FALSE(Assessments::recordConfidence(*store, in, today).ok());
    in.rating = 0;
    EXPECT_FALSE(Assessments::recordConfidence(*store, in, today).ok());
    in.rating = 4;
    ASSERT_TRUE(Assessments::recordConfidence(*store, in, today).ok());
    EXPECT_EQ(
        count("SELECT count(*) FROM assessments WHERE kind = 'confidence' AND score = 4 AND max_score = 5"),
        1);
}

TEST_F(AssessmentsTest, BenchmarkByHandThenHistoryNewestFirstThenDelete)
{
    BenchmarkInput b;
    b.studentId = avila;
    b.subject = QStringLiteral("math");
    b.instrument = QStringLiteral("i-Ready Diagnostic");
    b.window = QStringLiteral("pre"); // not a benchmark window
    b.scaleScore = 402;
    b.placement = QStringLiteral("2 grade levels below");
    b.levelsBelow = 2;
    b.on = QDate(2026, 9, 2);
    EXPECT_FALSE(Assessments::recordBenchmark(*store, b, today).ok());
    b.window = QStringLiteral("BOY");
    const auto benchmark = Assessments::recordBenchmark(*store, b, today);
    ASSERT_TRUE(benchmark.ok()) << benchmark.error().message.toStdString();
    probe(avila, QStringLiteral("3.OA.7"), "pre", 8, 20, QStringLiteral("2026-09-10"));
    ASSERT_TRUE(Assessments::recordConfidence(*store, {avila, today, 2, math}, today).ok());

    const auto history = Assessments::history(*store, avila);
    ASSERT_EQ(history.size(), 3u);
    EXPECT_EQ(history[0].kind, QStringLiteral("confidence"));
    EXPECT_EQ(history[1].kind, QStringLiteral("probe"));
    EXPECT_EQ(history[1].groupName, QStringLiteral("Math 3 T2-01"));
    EXPECT_EQ(history[2].kind, QStringLiteral("benchmark"));
    EXPECT_EQ(history[2].placement, QStringLiteral("2 grade levels below"));
    EXPECT_EQ(history[2].levelsBelow, std::optional<int>(2));
    EXPECT_EQ(history[2].window, QStringLiteral("BOY"));

    ASSERT_TRUE(Assessments::remove(*store, benchmark.value()).ok());
    EXPECT_EQ(Assessments::history(*store, avila).size(), 2u);
    EXPECT_EQ(count("SELECT count(*) FROM tombstones WHERE table_name = 'assessments'"), 1);
    EXPECT_FALSE(Assessments::remove(*store, benchmark.value()).ok()) << "already gone";
}

} // namespace
} // namespace tutordesk::test
