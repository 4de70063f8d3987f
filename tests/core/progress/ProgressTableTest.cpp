// The 30-second view on a fixture computed by hand (ProgressFixture.h): each row's figures, the flags at
// their edges, sorting and filtering in SQL, the summary line, the per-group table and the weekly review's
// list of flagged students.
#include "progress/ProgressTable.h"

#include "core/progress/ProgressFixture.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>

namespace tutordesk::test {
namespace {

class ProgressTableTest : public ProgressFixture {
protected:
    std::vector<ProgressRow> all(const ProgressFilter& filter = {}, const ProgressSort& sort = {})
    {
        return ProgressTable::rows(store(), today(), filter, sort, 0, 1000);
    }

    // The row of a student's seat in a group.
    ProgressRow rowOf(std::int64_t student, std::int64_t group)
    {
        ProgressFilter filter;
        filter.includeGivenBack = true;
        for (const ProgressRow& r : all(filter))
            if (r.studentId == student && r.groupId == group)
                return r;
        ADD_FAILURE() << "no row for student " << student << " in group " << group;
        return {};
    }

    std::map<std::int64_t, ProgressFlag> flagsOfReading()
    {
        std::map<std::int64_t, ProgressFlag> flags;
        for (const ProgressRow& r : all())
            if (r.groupId == m_reading)
                flags[r.studentId] = r.flag;
        return flags;
    }

    static std::vector<QString> names(const std::vector<ProgressRow>& rows)
    {
        std::vector<QString> list;
        for (const ProgressRow& r : rows)
            list.push_back(r.studentName);
        return list;
    }
};

TEST_F(ProgressTableTest, ARowShowsAttendanceMinutesSkillPrePostAndGrowth)
{
    const ProgressRow cruz = rowOf(m_cruz, m_reading);
    EXPECT_EQ(cruz.studentName, QStringLiteral("Ben Cruz"));
    EXPECT_EQ(cruz.grade, QStringLiteral("3"));
    EXPECT_EQ(cruz.tutorName, QStringLiteral("Ana Kim"));
    EXPECT_EQ(cruz.skillCode, QStringLiteral("3.RF.3"));
    EXPECT_EQ(cruz.skillDescription, QStringLiteral("Decoding multisyllable words"));
    EXPECT_EQ(cruz.tier, 2);
    EXPECT_EQ(cruz.subject, QStringLiteral("reading"));
    EXPECT_EQ(cruz.sessionsAttended, 8);
    EXPECT_EQ(cruz.sessionsHeld, 10);
    EXPECT_EQ(cruz.sessionsAbsent, 2);
    ASSERT_TRUE(cruz.attendanceRate);
    EXPECT_DOUBLE_EQ(*cruz.attendanceRate, 0.8);
    EXPECT_EQ(cruz.deliveredMinutes, 240);
    EXPECT_EQ(cruz.plannedMinutes, 300);
    ASSERT_TRUE(cruz.pre);
    EXPECT_DOUBLE_EQ(cruz.pre->score, 10);
    EXPECT_DOUBLE_EQ(cruz.pre->maxScore, 20);
    EXPECT_DOUBLE_EQ(cruz.pre->percent, 50);
    EXPECT_EQ(cruz.pre->on, QDate(2026, 9, 10));
    ASSERT_TRUE(cruz.latest) << "the post probe, not the better progress probe before it";
    EXPECT_DOUBLE_EQ(cruz.latest->score, 10.8);
    EXPECT_DOUBLE_EQ(cruz.latest->percent, 54);
    EXPECT_EQ(cruz.latest->window, QStringLiteral("post"));
    EXPECT_EQ(cruz.latest->on, QDate(2026, 11, 20));
    ASSERT_TRUE(cruz.growth);
    EXPECT_NEAR(*cruz.growth, 4.0, 1e-9);
    ASSERT_TRUE(cruz.growthPoints);
    EXPECT_NEAR(*cruz.growthPoints, 0.8, 1e-9);
    EXPECT_FALSE(cruz.mastered);
    EXPECT_EQ(cruz.flag, ProgressFlag::NotImproving);

    const ProgressRow lopezMath = rowOf(m_lopez, m_math);
    EXPECT_EQ(lopezMath.sessionsAttended, 4);
    EXPECT_EQ(lopezMath.sessionsHeld, 8);
    EXPECT_EQ(lopezMath.deliveredMinutes, 180);
    EXPECT_EQ(lopezMath.plannedMinutes, 360);
    EXPECT_EQ(lopezMath.tier, 3);
    EXPECT_EQ(lopezMath.tutorName, QStringLiteral("Ra\u00fal Ortiz"));
    ASSERT_TRUE(lopezMath.growth);
    EXPECT_NEAR(*lopezMath.growth, 40.0, 1e-9) << "the math probe, not the reading one";
    EXPECT_TRUE(lopezMath.mastered);
}

TEST_F(ProgressTableTest, AStudentWithOneProbeHasAPreAndNoGrowthYet)
{
    probe(m_fox, "math", "3.OA.7", "pre", 4, 20, "2026-09-11");
    const ProgressRow fox = rowOf(m_fox, m_math);
    ASSERT_TRUE(fox.pre);
    EXPECT_DOUBLE_EQ(fox.pre->percent, 20);
    EXPECT_FALSE(fox.latest);
    EXPECT_FALSE(fox.growth);
    const ProgressRow evans = rowOf(m_evans, m_reading);
    EXPECT_FALSE(evans.pre) << "a probe on another skill is not this group's";
    EXPECT_FALSE(evans.growth);
    EXPECT_FALSE(evans.attendanceRate == std::nullopt);
}

TEST_F(ProgressTableTest, TheFlagsAtTheirEdges)
{
    auto flags = flagsOfReading();
    EXPECT_EQ(flags[m_lopez], ProgressFlag::None) << "growth 5 is not below 5";
    EXPECT_EQ(flags[m_cruz], ProgressFlag::NotImproving) << "8 attended at 80%, growth 4";
    EXPECT_EQ(flags[m_diaz], ProgressFlag::None) << "60% is neither attending well nor under 60%";
    EXPECT_EQ(flags[m_evans], ProgressFlag::NotAttending) << "50% of 10";
    EXPECT_EQ(rowOf(m_fox, m_math).flag, ProgressFlag::None) << "3 sessions are too few to judge";
    EXPECT_EQ(rowOf(m_gil, m_math).flag, ProgressFlag::NotAttending) << "0% of 4";
    EXPECT_EQ(rowOf(m_hana, m_math).flag, ProgressFlag::None) << "growth 2.5 but mastered";
    EXPECT_EQ(rowOf(m_ito, m_reading).flag, ProgressFlag::None) << "a paused seat is never flagged";

    // One more present for Ben Cruz is 9 attended at 82%: still flagged; one less attended, 7: not judged.
    ProgressFlagRules rules;
    rules.minSessionsAttended = 9;
    ASSERT_TRUE(ProgressFlags::save(store(), rules).ok());
    EXPECT_EQ(flagsOfReading()[m_cruz], ProgressFlag::None) << "8 attended is under 9";
    rules = {};
    rules.wellAttendedRate = 0.81;
    ASSERT_TRUE(ProgressFlags::save(store(), rules).ok());
    EXPECT_EQ(flagsOfReading()[m_cruz], ProgressFlag::None) << "80% is under 81%";
    rules = {};
    rules.minGrowth = 4.0;
    ASSERT_TRUE(ProgressFlags::save(store(), rules).ok());
    EXPECT_EQ(flagsOfReading()[m_cruz], ProgressFlag::None) << "growth 4 is not below 4";
    rules = {};
    rules.notAttendingRate = 0.5;
    ASSERT_TRUE(ProgressFlags::save(store(), rules).ok());
    EXPECT_EQ(flagsOfReading()[m_evans], ProgressFlag::None) << "50% is not under 50%";
    rules = {};
    rules.notAttendingRate = 0.61;
    ASSERT_TRUE(ProgressFlags::save(store(), rules).ok());
    EXPECT_EQ(flagsOfReading()[m_diaz], ProgressFlag::NotAttending) << "60% is under 61%";
    rules = {};
    rules.minSessionsHeld = 3;
    ASSERT_TRUE(ProgressFlags::save(store(), rules).ok());
    EXPECT_EQ(rowOf(m_fox, m_math).flag, ProgressFlag::NotAttending) << "3 sessions are enough now";
}

TEST_F(ProgressTableTest, SortsByAnyColumnInSqlWithNamesBreakingTies)
{
    ProgressSort growth{ProgressColumn::Growth, true};
    EXPECT_EQ(names(all({}, growth)),
              (std::vector<QString>{u("Ana López"), u("Ana López"), u("Ben Cruz"), u("Gus Hana"),
                                    u("Cy Diaz"), u("Dee Evans"), u("Eli Fox"), u("Fay Gil")}))
        << "no growth yet comes last";
    growth.descending = false;
    EXPECT_EQ(names(all({}, growth)),
              (std::vector<QString>{u("Cy Diaz"), u("Gus Hana"), u("Ben Cruz"), u("Ana López"),
                                    u("Ana López"), u("Dee Evans"), u("Eli Fox"), u("Fay Gil")}));

    const auto byName = all({}, {ProgressColumn::Student, false});
    EXPECT_EQ(names(byName),
              (std::vector<QString>{u("Ben Cruz"), u("Cy Diaz"), u("Dee Evans"), u("Eli Fox"), u("Fay Gil"),
                                    u("Gus Hana"), u("Ana López"), u("Ana López")}))
        << "López sorts as Lopez, after Hana";
    EXPECT_EQ(byName[6].groupId, m_math) << "the group's name breaks the tie: Math before Reading";

    const auto byFlag = all({}, {ProgressColumn::Flag, true});
    EXPECT_EQ(names(byFlag),
              (std::vector<QString>{u("Dee Evans"), u("Fay Gil"), u("Ben Cruz"), u("Cy Diaz"), u("Eli Fox"),
                                    u("Gus Hana"), u("Ana López"), u("Ana López")}));

    const auto byAttendance = all({}, {ProgressColumn::AttendanceRate, false});
    EXPECT_EQ(byAttendance.front().studentName, u("Eli Fox"));
    EXPECT_EQ(byAttendance.back().studentName, u("Ana López"));

    // Every column sorts without an SQL error and keeps every row.
    for (int c = 0; c <= static_cast<int>(ProgressColumn::Status); ++c)
        for (const bool descending : {false, true})
            EXPECT_EQ(all({}, {static_cast<ProgressColumn>(c), descending}).size(), 8u) << "column " << c;
}

TEST_F(ProgressTableTest, AWindowIsASliceOfTheWholeOrder)
{
    const ProgressSort sort{ProgressColumn::Growth, true};
    const auto whole = all({}, sort);
    const auto window = ProgressTable::rows(store(), today(), {}, sort, 2, 3);
    ASSERT_EQ(window.size(), 3u);
    for (size_t i = 0; i < window.size(); ++i)
        EXPECT_EQ(window[i].enrollmentId, whole[i + 2].enrollmentId);
    EXPECT_TRUE(ProgressTable::rows(store(), today(), {}, sort, 8, 10).empty());
}

TEST_F(ProgressTableTest, FiltersNarrowTheRows)
{
    ProgressFilter filter;
    EXPECT_EQ(ProgressTable::count(store(), today(), filter), 8);

    filter.flag = ProgressFlagFilter::NotAttending;
    EXPECT_EQ(names(all(filter)), (std::vector<QString>{u("Dee Evans"), u("Fay Gil")}));
    filter.flag = ProgressFlagFilter::NotImproving;
    EXPECT_EQ(names(all(filter)), (std::vector<QString>{u("Ben Cruz")}));
    filter.flag = ProgressFlagFilter::Flagged;
    EXPECT_EQ(ProgressTable::count(store(), today(), filter), 3);

    filter = {};
    filter.groupId = m_math;
    EXPECT_EQ(ProgressTable::count(store(), today(), filter), 4);
    filter = {};
    filter.tier = 3;
    EXPECT_EQ(ProgressTable::count(store(), today(), filter), 4);
    filter = {};
    filter.subject = QStringLiteral("reading");
    EXPECT_EQ(ProgressTable::count(store(), today(), filter), 4);

    filter = {};
    filter.search = QStringLiteral("L\u00d3PEZ");
    const auto lopez = all(filter);
    ASSERT_EQ(lopez.size(), 2u) << "the search folds case and accents as the names were folded";
    filter.search = QStringLiteral("ana lopez");
    EXPECT_EQ(ProgressTable::count(store(), today(), filter), 2);
    filter.search = QStringLiteral("100%_");
    EXPECT_EQ(ProgressTable::count(store(), today(), filter), 0) << "LIKE's wildcards are literal";

    filter = {};
    filter.includeGivenBack = true;
    EXPECT_EQ(ProgressTable::count(store(), today(), filter), 9);
    const ProgressRow ito = rowOf(m_ito, m_reading);
    EXPECT_EQ(ito.status, QStringLiteral("paused"));
    EXPECT_EQ(ito.sessionsHeld, 3) << "counted up to the day the seat was paused (1 October)";
    EXPECT_EQ(ito.plannedMinutes, 90);
    EXPECT_EQ(ito.sessionsAbsent, 1);
}

TEST_F(ProgressTableTest, TheSummaryCountsStudentsFlagsAndMeans)
{
    const ProgressSummary s = ProgressTable::summary(store(), today(), {});
    EXPECT_EQ(s.rows, 8);
    EXPECT_EQ(s.students, 7) << "Ana López has two seats";
    EXPECT_EQ(s.notAttending, 2);
    EXPECT_EQ(s.notImproving, 1);
    ASSERT_TRUE(s.meanGrowth);
    EXPECT_NEAR(*s.meanGrowth, (5 + 4 + 0 + 2.5 + 40) / 5.0, 1e-9);
    ASSERT_TRUE(s.meanAttendance);
    EXPECT_NEAR(*s.meanAttendance, (0.9 + 0.8 + 0.6 + 0.5 + 0 + 0 + 1 + 1) / 8.0, 1e-9);

    ProgressFilter flagged;
    flagged.flag = ProgressFlagFilter::Flagged;
    const ProgressSummary f = ProgressTable::summary(store(), today(), flagged);
    EXPECT_EQ(f.rows, 3);
    EXPECT_EQ(f.notAttending, 2);
    EXPECT_EQ(f.notImproving, 1);

    ProgressFilter nobody;
    nobody.search = QStringLiteral("zzz");
    const ProgressSummary n = ProgressTable::summary(store(), today(), nobody);
    EXPECT_EQ(n.rows, 0);
    EXPECT_FALSE(n.meanGrowth);
    EXPECT_FALSE(n.meanAttendance);
}

TEST_F(ProgressTableTest, TheGroupTableShowsDeliveryDosageGrowthAndFlags)
{
    const auto groups = ProgressTable::groups(store(), today(), {}, {GroupColumn::Group, false});
    ASSERT_EQ(groups.size(), 2u);
    const GroupProgressRow& math = groups[0];
    const GroupProgressRow& reading = groups[1];
    EXPECT_EQ(math.groupId, m_math);
    EXPECT_EQ(reading.groupId, m_reading);

    EXPECT_EQ(reading.tutorName, QStringLiteral("Ana Kim"));
    EXPECT_EQ(reading.tier, 2);
    EXPECT_EQ(reading.students, 4) << "the paused seat is left out";
    EXPECT_EQ(reading.sessionsScheduled, 10);
    EXPECT_EQ(reading.sessionsHeld, 10);
    EXPECT_EQ(reading.deliveredMinutes, 270 + 240 + 180 + 150);
    EXPECT_EQ(reading.plannedMinutes, 4 * 300);
    ASSERT_TRUE(reading.meanAttendance);
    EXPECT_NEAR(*reading.meanAttendance, 0.7, 1e-9);
    ASSERT_TRUE(reading.meanGrowth);
    EXPECT_NEAR(*reading.meanGrowth, 3.0, 1e-9);
    EXPECT_EQ(reading.flagged, 2);
    EXPECT_EQ(reading.notAttending, 1);
    EXPECT_EQ(reading.notImproving, 1);

    EXPECT_EQ(math.students, 4);
    EXPECT_EQ(math.sessionsScheduled, 8);
    EXPECT_EQ(math.deliveredMinutes, 360 + 180);
    EXPECT_EQ(math.plannedMinutes, 4 * 360);
    ASSERT_TRUE(math.meanGrowth);
    EXPECT_NEAR(*math.meanGrowth, 21.25, 1e-9);
    EXPECT_EQ(math.flagged, 1);

    // A cancelled session is scheduled, not held.
    db().run("DELETE FROM attendance WHERE session_id = ?", m_mathSessions[7]);
    db().run("UPDATE sessions SET status = 'cancelled', cancel_reason = 'weather' WHERE id = ?",
             m_mathSessions[7]);
    const auto after = ProgressTable::groups(store(), today(), {}, {GroupColumn::Group, false});
    EXPECT_EQ(after[0].sessionsScheduled, 8);
    EXPECT_EQ(after[0].sessionsHeld, 7);
    ASSERT_TRUE(after[0].deliveryRate());
    EXPECT_NEAR(*after[0].deliveryRate(), 7.0 / 8.0, 1e-9);

    const auto byFlags = ProgressTable::groups(store(), today(), {}, {GroupColumn::Flags, true});
    EXPECT_EQ(byFlags[0].groupId, m_reading);
    ProgressFilter filter;
    filter.flag = ProgressFlagFilter::NotImproving;
    const auto notImproving = ProgressTable::groups(store(), today(), filter);
    ASSERT_EQ(notImproving.size(), 1u);
    EXPECT_EQ(notImproving[0].groupId, m_reading);
    filter = {};
    filter.search = QStringLiteral("ortiz");
    ASSERT_EQ(ProgressTable::groups(store(), today(), filter).size(), 1u);
    filter.search = QStringLiteral("3.RF");
    ASSERT_EQ(ProgressTable::groups(store(), today(), filter).size(), 1u);
    filter = {};
    filter.includeGivenBack = true;
    const auto withPaused = ProgressTable::groups(store(), today(), filter, {GroupColumn::Group, false});
    EXPECT_EQ(withPaused[1].students, 5);
}

TEST_F(ProgressTableTest, TheWeeklyReviewGetsTheFlaggedStudentsAndTheirCounts)
{
    const FlaggedStudents flagged = ProgressTable::flagged(store(), today());
    ASSERT_EQ(flagged.seats.size(), 3u);
    EXPECT_EQ(flagged.seats[0].studentName, u("Dee Evans"));
    EXPECT_EQ(flagged.seats[0].flag, ProgressFlag::NotAttending);
    EXPECT_EQ(flagged.seats[1].studentName, u("Fay Gil"));
    EXPECT_EQ(flagged.seats[2].studentName, u("Ben Cruz"));
    EXPECT_EQ(flagged.seats[2].flag, ProgressFlag::NotImproving);
    ASSERT_TRUE(flagged.seats[2].growth);
    EXPECT_NEAR(*flagged.seats[2].growth, 4.0, 1e-9);
    EXPECT_EQ(flagged.notAttending, 2);
    EXPECT_EQ(flagged.notImproving, 1);
    EXPECT_EQ(flagged.rules.minSessionsAttended, 8);
    const ProgressSummary summary = ProgressTable::summary(store(), today(), {});
    EXPECT_EQ(flagged.notAttending, summary.notAttending);
    EXPECT_EQ(flagged.notImproving, summary.notImproving);
}

TEST_F(ProgressTableTest, FiguresCountUpToToday)
{
    // On 25 September only the first two reading sessions had happened.
    const auto rows =
        ProgressTable::rows(store(), QDate(2026, 9, 25), {}, {ProgressColumn::Student, false}, 0, 100);
    const auto cruz = std::find_if(rows.begin(), rows.end(),
                                   [this](const ProgressRow& r) { return r.studentId == m_cruz; });
    ASSERT_NE(cruz, rows.end());
    EXPECT_EQ(cruz->sessionsHeld, 2);
    EXPECT_EQ(cruz->plannedMinutes, 60);
    EXPECT_EQ(cruz->flag, ProgressFlag::None);
}

} // namespace
} // namespace tutordesk::test
