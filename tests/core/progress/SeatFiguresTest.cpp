// The set-based dosage every progress view reads must give, seat by seat, the figures a student's own page
// shows (Dosage): otherwise the 30-second view and the Students page would disagree about one child.
#include "progress/SeatFigures.h"

#include "attendance/Dosage.h"
#include "demo/DemoSchool.h"
#include "store/Statement.h"
#include "store/Store.h"
#include "support/Fixtures.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>

#include <string>

using namespace tutordesk;
using namespace tutordesk::test;

namespace {

class SeatFiguresTest : public TempDirTest {};

TEST_F(SeatFiguresTest, EverySeatOfTheDemoSchoolHasTheFiguresDosageGives)
{
    auto store = openStore(file(QStringLiteral("demo.sqlite")));
    ASSERT_TRUE(store);
    DemoOptions options;
    const QDate today(2026, 3, 13);
    options.through = today;
    ASSERT_TRUE(generateDemoSchool(*store, options).ok());

    Statement st = store->db().prepare(
        "WITH " + std::string(SeatFigures::commonTables()) +
        " SELECT enrollment_id, planned_minutes, delivered_minutes, sessions_scheduled, sessions_held,"
        " sessions_attended, sessions_absent, makeups_attended FROM seat_figures ORDER BY enrollment_id");
    st.bindNamed(":today", today);
    int seats = 0;
    int withAbsences = 0;
    while (st.step()) {
        ++seats;
        const DosageFigures expected = Dosage::forEnrollment(*store, st.integer(0), today);
        SCOPED_TRACE("enrollment " + std::to_string(st.integer(0)));
        EXPECT_EQ(st.integer(1), expected.plannedMinutesToDate);
        EXPECT_EQ(st.integer(2), expected.deliveredMinutesToDate);
        EXPECT_EQ(st.integer(3), expected.sessionsScheduled);
        EXPECT_EQ(st.integer(4), expected.sessionsHeld);
        EXPECT_EQ(st.integer(5), expected.sessionsAttended);
        EXPECT_EQ(st.integer(6), expected.sessionsAbsent);
        EXPECT_EQ(st.integer(7), expected.makeupsAttended);
        withAbsences += expected.sessionsAbsent > 0 ? 1 : 0;
    }
    EXPECT_GT(seats, 100) << "the demo school has about 150 students in tutoring";
    EXPECT_GT(withAbsences, 10) << "the comparison covers absences";
}

// A screen's several queries read dosage and growth from a cache the connection builds once: it must hold
// what computing them in the statement gives, and follow the data as soon as anything changes it.
TEST_F(SeatFiguresTest, TheCachedFiguresAreTheComputedOnesAndFollowEveryChange)
{
    auto store = openStore(file(QStringLiteral("demo.sqlite")));
    ASSERT_TRUE(store);
    DemoOptions options;
    const QDate today(2026, 3, 13);
    options.through = today;
    ASSERT_TRUE(generateDemoSchool(*store, options).ok());

    const auto totals = [&](const std::string& tables, const QDate& day) {
        Statement st = store->db().prepare(
            "WITH " + tables +
            " SELECT count(*), sum(delivered_minutes), sum(sessions_absent),"
            " (SELECT count(*) || '/' || total(growth) FROM probe_growth) FROM seat_figures");
        st.bindNamed(":today", day);
        EXPECT_TRUE(st.step());
        return st.text(0).toStdString() + " " + st.text(1).toStdString() + " " + st.text(2).toStdString() +
               " " + st.text(3).toStdString();
    };
    const std::string computed = totals(SeatFigures::commonTables(), today);
    EXPECT_EQ(totals(SeatFigures::commonTables(*store, today), today), computed);
    EXPECT_EQ(totals(SeatFigures::commonTables(*store, today), today), computed)
        << "read again from the cache";

    // An attendance record changes to absent, and a probe result is removed: the next read shows both.
    store->db().execute("UPDATE attendance SET status = 'unexcused', minutes = 0 WHERE id = (SELECT min(a.id)"
                        " FROM attendance a JOIN sessions s ON s.id = a.session_id WHERE a.status = 'present'"
                        " AND s.day <= '2026-03-13')");
    store->db().execute(
        "DELETE FROM assessments WHERE id = (SELECT max(id) FROM assessments WHERE kind = 'probe'"
        " AND assessed_on <= '2026-03-13')");
    const std::string changed = totals(SeatFigures::commonTables(), today);
    EXPECT_NE(changed, computed);
    EXPECT_EQ(totals(SeatFigures::commonTables(*store, today), today), changed);

    // Another day is built for that day (a past week's review).
    const QDate weekBefore = today.addDays(-7);
    const std::string earlier = totals(SeatFigures::commonTables(), weekBefore);
    EXPECT_NE(earlier, changed);
    EXPECT_EQ(totals(SeatFigures::commonTables(*store, weekBefore), weekBefore), earlier);
}

} // namespace
