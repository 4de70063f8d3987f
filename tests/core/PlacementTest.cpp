// Placement: who gets a seat, in which group, who waits.
#include "placement/Placement.h"

#include "PlacementFixtures.h"
#include "PlacementTestBase.h"
#include "placement/GradeBand.h"
#include "placement/NeedScore.h"
#include "placement/PlacementText.h"
#include "store/StoreError.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>

#include <map>
#include <random>

namespace tutordesk::test {
namespace {

TEST_F(PlacementTest, FillsANewGroupInNeedOrderAndWaitlistsTheRest)
{
    sixThirdGraders();
    budget(4);
    const PlacementResult result = place();
    EXPECT_TRUE(result.applied);
    EXPECT_EQ(result.placed, 4);
    EXPECT_EQ(result.groupsCreated, 1);
    EXPECT_EQ(result.seatBudget, 4);
    EXPECT_EQ(result.seatsOffered, 4);
    ASSERT_EQ(result.groups.size(), 1u);
    const PlacedGroup& g = result.groups.front();
    EXPECT_EQ(g.name, reading34Tier2A);
    EXPECT_TRUE(g.isNew);
    EXPECT_EQ(g.status, QStringLiteral("planned"));
    EXPECT_EQ(g.tier, 2);
    EXPECT_EQ(g.cap, 4);
    EXPECT_EQ(studentsOf(g), (QStringList{QStringLiteral("3001"), QStringLiteral("3002"),
                                          QStringLiteral("3003"), QStringLiteral("3004")}));
    EXPECT_TRUE(g.students.front().placedNow);
    EXPECT_EQ(waiting(result), (QStringList{QStringLiteral("3005"), QStringLiteral("3006")}));
    EXPECT_DOUBLE_EQ(result.waitlist[0].student.score, 40.0 + 1.5 * 1.0); // 94% attendance
    EXPECT_DOUBLE_EQ(result.waitlist[1].student.score, 40.0);
    EXPECT_EQ(result.waitlist[0].subject, QStringLiteral("reading"));
    EXPECT_EQ(result.waitlist[0].tier, 2);

    // The planned group: no tutor yet, the tier's minutes, the rest of the school year.
    EXPECT_EQ(
        rowsOf(store(), "SELECT name, subject, tier, cap, grade_band, tutor_id, minutes, start_day, end_day,"
                        " status, skill_code, skill_description, weekdays FROM tutoring_groups"),
        QStringList{
            reading34Tier2A +
            QStringLiteral("|reading|2|4|3\u20134|NULL|30|2026-09-14|2027-06-04|planned||to be set|0")});
    // Every enrollment is an invitation (or a waitlist place) with the score that justified it.
    EXPECT_EQ(store().db().queryInteger(
                  "SELECT count(*) FROM enrollments e JOIN students s ON s.id = e.student_id"
                  " WHERE e.need_score IS s.need_score AND e.need_breakdown IS s.need_breakdown"
                  " AND e.tier = s.need_tier AND e.status_since = '2026-09-14'"),
              6);
    EXPECT_EQ(
        rowsOf(store(),
               "SELECT status, count(*), count(group_id) FROM enrollments GROUP BY status ORDER BY status"),
        (QStringList{QStringLiteral("invited|4|4"), QStringLiteral("waitlisted|2|0")}));
    EXPECT_EQ(store().db().queryInteger("SELECT count(*) FROM enrollments WHERE length(sourced_id) = 36"), 6);
    // The audit log says why; the reason does not stick to later changes.
    EXPECT_EQ(store().db().queryInteger("SELECT count(*) FROM audit_log WHERE entity = 'enrollment'"
                                        " AND action = 'insert' AND reason = 'Placement by need'"),
              6);
    EXPECT_EQ(rowsOf(store(), "SELECT reason FROM audit_context"), QStringList{QStringLiteral("NULL")});
}

TEST_F(PlacementTest, GroupsMatchSubjectTierAndGradeBand)
{
    budget(40);
    behind(QStringLiteral("4001"), QStringLiteral("3"), 3);                  // 60, tier 3
    behind(QStringLiteral("4002"), QStringLiteral("4"), 3);                  // 60, tier 3
    behind(QStringLiteral("4003"), QStringLiteral("3"), 3, "reading", 90.0); // 67.5, tier 3, first
    behind(QStringLiteral("4004"), QStringLiteral("5"), 2);                  // 40, tier 2, grades 5–6
    behind(QStringLiteral("4005"), QStringLiteral("3"), 2);                  // 40, tier 2
    behind(QStringLiteral("4006"), QStringLiteral("K"), 2, "math");          // 40, tier 2, math TK–K
    const PlacementResult result = place();
    EXPECT_EQ(result.placed, 6);
    QStringList names;
    for (const PlacedGroup& g : result.groups)
        names << g.name + QLatin1Char('=') + studentsOf(g).join(QLatin1Char(','));
    // Listed by subject, grade band, tier; tier 3 groups hold two (the tier's size), in need order.
    EXPECT_EQ(names,
              (QStringList{reading34Tier2A + QStringLiteral("=4005"),
                           reading34Tier3A + QStringLiteral("=4003,4001"),
                           reading34Tier3B + QStringLiteral("=4002"),
                           QStringLiteral("Reading \u00b7 Grades 5\u20136 \u00b7 Tier 2 \u00b7 A=4004"),
                           QStringLiteral("Math \u00b7 Grades TK\u2013K \u00b7 Tier 2 \u00b7 A=4006")}));
    const PlacedGroup* intensive = named(result, reading34Tier3A);
    ASSERT_TRUE(intensive);
    EXPECT_EQ(intensive->cap, 2);
    EXPECT_EQ(intensive->minutes, 45);
    EXPECT_TRUE(result.waitlist.empty());
}

TEST_F(PlacementTest, AStudentBehindInBothSubjectsIsPlacedInBoth)
{
    budget(40);
    const auto both = behind(QStringLiteral("5001"), QStringLiteral("2"), 1, "reading");
    addBenchmark(store(), both, "math", 3); // 60: tier 3
    behind(QStringLiteral("5002"), QStringLiteral("2"), 2, "math");
    place();
    EXPECT_EQ(
        rowsOf(store(), "SELECT s.sourced_id, e.subject, e.tier, g.name FROM enrollments e"
                        " JOIN students s ON s.id = e.student_id JOIN tutoring_groups g ON g.id = e.group_id"
                        " ORDER BY s.sourced_id, e.subject"),
        (QStringList{QStringLiteral("5001|math|3|Math \u00b7 Grades 1\u20132 \u00b7 Tier 3 \u00b7 A"),
                     QStringLiteral("5001|reading|3|Reading \u00b7 Grades 1\u20132 \u00b7 Tier 3 \u00b7 A"),
                     QStringLiteral("5002|math|2|Math \u00b7 Grades 1\u20132 \u00b7 Tier 2 \u00b7 A")}));
}

TEST_F(PlacementTest, OpenSeatsInExistingGroupsComeFirstAndTheDefaultBudgetAddsNoGroups)
{
    // An active group for grades 3–4 with two of four seats taken, a demo-style "K–1" group, and a group
    // without a grade band (automatic placement never guesses its grades).
    store().db().run("INSERT INTO tutoring_groups (sourced_id, name, subject, tier, cap, grade_band, minutes,"
                     " start_day, end_day) VALUES ('g34', 'Ms. Park 3-4', 'reading', 2, 4, '3\u20134', 30,"
                     " '2026-09-01', '2027-06-01'), ('gk1', 'Mr. Ruiz K-1', 'reading', 2, 4, 'K\u20131', 30,"
                     " '2026-09-01', '2027-06-01'), ('gxx', 'Unbanded', 'reading', 2, 4, '', 30,"
                     " '2026-09-01', '2027-06-01')");
    const auto g34 = groupId(QStringLiteral("Ms. Park 3-4"));
    enroll(store(), addStudent(store(), QStringLiteral("6001")), g34, QStringLiteral("e1"));
    enroll(store(), addStudent(store(), QStringLiteral("6002")), g34, QStringLiteral("e2"));
    for (int i = 0; i < 3; ++i)
        behind(QString::number(6101 + i), QStringLiteral("4"), 2, "reading", 90.0 + i);
    behind(QStringLiteral("6201"), QStringLiteral("1"), 2);
    behind(QStringLiteral("6301"), QStringLiteral("7"), 2);

    EXPECT_EQ(Placement::seatBudget(store()), 12) << "the seats the groups already offer";
    const PlacementResult result = place();
    EXPECT_EQ(result.groupsCreated, 0);
    EXPECT_EQ(result.placed, 3);
    const PlacedGroup* park = named(result, QStringLiteral("Ms. Park 3-4"));
    ASSERT_TRUE(park);
    EXPECT_EQ(studentsOf(*park).mid(0, 2), (QStringList{QStringLiteral("6101"), QStringLiteral("6102")}));
    EXPECT_EQ(park->students.size(), 4u);
    EXPECT_EQ(studentsOf(*named(result, QStringLiteral("Mr. Ruiz K-1"))),
              QStringList{QStringLiteral("6201")});
    EXPECT_TRUE(named(result, QStringLiteral("Unbanded"))->students.empty());
    EXPECT_EQ(waiting(result), (QStringList{QStringLiteral("6103"), QStringLiteral("6301")}));
}

TEST_F(PlacementTest, OnlyEligibleStudentsArePlaced)
{
    budget(40);
    behind(QStringLiteral("7001"), QStringLiteral("3"), 1); // 20: tier 1, classroom re-teaching
    StudentSpec circumstances{.id = QStringLiteral("7002"), .grade = QStringLiteral("3"), .attendance = 70.0};
    circumstances.foster = true;
    circumstances.homeless = true; // 40 and tier 2, but no benchmark shows them behind
    addStudent(store(), circumstances);
    StudentSpec left{.id = QStringLiteral("7003")};
    left.withdrawn = true;
    addBenchmark(store(), addStudent(store(), left), "reading", 3);
    const auto writing = addStudent(store(), StudentSpec{.id = QStringLiteral("7004")});
    addBenchmark(store(), writing, "writing", 3); // counts for the score, but writing is not placed
    const PlacementResult result = place();
    EXPECT_EQ(result.placed, 0);
    EXPECT_TRUE(result.waitlist.empty());
    EXPECT_EQ(store().db().queryInteger("SELECT count(*) FROM enrollments"), 0);
    EXPECT_EQ(store().db().queryInteger("SELECT count(*) FROM tutoring_groups"), 0);
    EXPECT_EQ(store().db().queryInteger("SELECT need_tier FROM students WHERE sourced_id = '7004'"), 3);
}

TEST_F(PlacementTest, PlacingAgainWhenNothingChangedChangesNothing)
{
    sixThirdGraders();
    budget(4);
    const PlacementResult first = place();
    const QStringList before = everything();
    const PlacementResult second = place();
    EXPECT_EQ(second.placed, 0);
    EXPECT_EQ(second.groupsCreated, 0);
    EXPECT_EQ(second.leftWaitlist, 0);
    EXPECT_EQ(everything(), before);
    EXPECT_EQ(waiting(second), waiting(first));
    EXPECT_EQ(studentsOf(second.groups.front()), studentsOf(first.groups.front()));
    EXPECT_FALSE(second.groups.front().isNew);
}

TEST_F(PlacementTest, ADryRunSaysWhatItWouldDoAndWritesNothing)
{
    sixThirdGraders();
    budget(4);
    const QStringList before = everything();
    const PlacementResult dry = place(true);
    EXPECT_FALSE(dry.applied);
    EXPECT_EQ(dry.placed, 4);
    EXPECT_EQ(dry.groupsCreated, 1);
    EXPECT_EQ(waiting(dry), (QStringList{QStringLiteral("3005"), QStringLiteral("3006")}));
    EXPECT_EQ(everything(), before) << "not even the scores";
    const PlacementResult real = place();
    ASSERT_EQ(real.groups.size(), dry.groups.size());
    EXPECT_EQ(real.groups.front().name, dry.groups.front().name);
    EXPECT_EQ(studentsOf(real.groups.front()), studentsOf(dry.groups.front()));
    EXPECT_EQ(waiting(real), waiting(dry));
}

TEST_F(PlacementTest, TheWaitlistKeepsOneEntryPerStudentAndSubject)
{
    sixThirdGraders();
    budget(4);
    place();
    const QString waiting3005 = enrollmentOf(QStringLiteral("3005"));
    // The weights change: the waiting entries take the new score, and stay one each.
    NeedWeights weights;
    weights.pointsPerLevelBelow = 25.0;
    ASSERT_TRUE(NeedWeights::save(store(), weights).ok());
    place();
    EXPECT_EQ(store().db().queryInteger("SELECT count(*) FROM enrollments WHERE status = 'waitlisted'"), 2);
    EXPECT_DOUBLE_EQ(store()
                         .db()
                         .queryText("SELECT need_score FROM enrollments WHERE sourced_id = ?", waiting3005)
                         .toDouble(),
                     50.0 + 1.5);
    // Seated students keep the snapshot that placed them.
    EXPECT_EQ(
        store().db().queryText("SELECT e.need_score FROM enrollments e JOIN students s ON s.id = e.student_id"
                               " WHERE s.sourced_id = '3001'"),
        QStringLiteral("47.5"));
    // More seats: the waiting entry itself becomes the seat.
    budget(8);
    const PlacementResult more = place();
    EXPECT_EQ(more.placed, 2);
    EXPECT_TRUE(more.waitlist.empty());
    EXPECT_EQ(store().db().queryInteger("SELECT count(*) FROM enrollments"), 6);
    EXPECT_EQ(store().db().queryText("SELECT status FROM enrollments WHERE sourced_id = ?", waiting3005),
              QStringLiteral("invited"));
}

TEST_F(PlacementTest, StudentsWhoAreNoLongerEligibleLeaveTheWaitlist)
{
    sixThirdGraders();
    budget(4);
    place();
    store().db().run("UPDATE students SET status = 'withdrawn' WHERE sourced_id = '3005'");
    addBenchmark(store(), store().db().queryInteger("SELECT id FROM students WHERE sourced_id = '3006'"),
                 "reading", 0, QDate(2027, 1, 20), "MOY");
    const PlacementResult result = place();
    EXPECT_EQ(result.leftWaitlist, 2);
    EXPECT_TRUE(result.waitlist.empty());
    EXPECT_EQ(rowsOf(store(),
                     "SELECT s.sourced_id, e.status, e.exit_reason FROM enrollments e JOIN students s"
                     " ON s.id = e.student_id WHERE e.status = 'exited' ORDER BY s.sourced_id"),
              (QStringList{
                  QStringLiteral("3005|exited|Left the waitlist: no longer an active student at the school"),
                  QStringLiteral("3006|exited|Left the waitlist: the need score (0) is now under tier 2")}));
}

TEST_F(PlacementTest, APausedSeatGoesToTheTopOfTheWaitlistNotBackToItsHolder)
{
    sixThirdGraders();
    budget(4);
    place();
    ASSERT_TRUE(
        Placement::pause(store(), enrollmentOf(QStringLiteral("3002")), QStringLiteral("5 absences")).ok());
    const PlacementResult result = place();
    EXPECT_EQ(result.placed, 1);
    EXPECT_EQ(studentsOf(result.groups.front()),
              (QStringList{QStringLiteral("3001"), QStringLiteral("3003"), QStringLiteral("3004"),
                           QStringLiteral("3005")}));
    EXPECT_EQ(waiting(result), QStringList{QStringLiteral("3006")});
    EXPECT_EQ(
        store().db().queryText("SELECT status || '|' || exit_reason FROM enrollments WHERE sourced_id = ?",
                               enrollmentOf(QStringLiteral("3002"))),
        QStringLiteral("paused|5 absences"));
    // Resuming needs a free seat: the group is full again.
    const auto resumed = Placement::resume(store(), enrollmentOf(QStringLiteral("3002")));
    ASSERT_FALSE(resumed.ok());
    EXPECT_EQ(resumed.error().message,
              QStringLiteral("%1 is full (4 of 4). Move someone out first or choose another "
                             "group.")
                  .arg(reading34Tier2A));
}

TEST_F(PlacementTest, CurrentListsGroupsAndTheWaitlistInNeedOrder)
{
    sixThirdGraders();
    budget(4);
    place();
    const PlacementResult now = Placement::current(store());
    ASSERT_EQ(now.groups.size(), 1u);
    EXPECT_TRUE(now.groups.front().isNew) << "planned: still a proposal";
    EXPECT_FALSE(now.groups.front().students.front().placedNow);
    EXPECT_EQ(studentsOf(now.groups.front()), (QStringList{QStringLiteral("3001"), QStringLiteral("3002"),
                                                           QStringLiteral("3003"), QStringLiteral("3004")}));
    EXPECT_EQ(now.groups.front().students.front().status, QStringLiteral("invited"));
    EXPECT_EQ(now.groups.front().students.front().levelsBelow, 2);
    EXPECT_EQ(waiting(now), (QStringList{QStringLiteral("3005"), QStringLiteral("3006")}));
    EXPECT_EQ(now.seatBudget, 4);
    EXPECT_EQ(now.seatsOffered, 4);
    EXPECT_EQ(now.groups.front().openSeats(), 0);
}

TEST_F(PlacementTest, TheSeatBudgetDefaultsAndCanBeSet)
{
    for (int i = 0; i < 10; ++i)
        addStudent(store(), StudentSpec{.id = QString::number(100 + i)});
    StudentSpec left{.id = QStringLiteral("200")};
    left.withdrawn = true;
    addStudent(store(), left);
    EXPECT_EQ(Placement::seatBudget(store()), 2) << "a quarter of the 10 active students";
    EXPECT_FALSE(Placement::seatBudgetSetting(store()));
    ASSERT_TRUE(Placement::setSeatBudget(store(), 30).ok());
    EXPECT_EQ(Placement::seatBudget(store()), 30);
    EXPECT_EQ(Placement::seatBudgetSetting(store()), 30);
    const auto refused = Placement::setSeatBudget(store(), -1);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("0 to 100000")));
    ASSERT_TRUE(Placement::setSeatBudget(store(), std::nullopt).ok());
    EXPECT_EQ(Placement::seatBudget(store()), 2);
    addGroup(store(), QStringLiteral("g1"), 3);
    EXPECT_EQ(Placement::seatBudget(store()), 3) << "what the groups offer";
}

TEST_F(PlacementTest, RefusesWithoutASchool)
{
    auto empty = openStore(file(QStringLiteral("empty.tutordesk")));
    ASSERT_TRUE(empty);
    const auto placed = Placement::place(*empty, false);
    ASSERT_FALSE(placed.ok());
    EXPECT_TRUE(placed.error().message.contains(QStringLiteral("no school")))
        << placed.error().message.toStdString();
}

TEST_F(PlacementTest, TheCapTriggerBacksUpTheCode)
{
    sixThirdGraders();
    budget(4);
    place();
    const auto group = groupId(reading34Tier2A);
    const auto student = store().db().queryInteger("SELECT id FROM students WHERE sourced_id = '3005'");
    try {
        store().db().run("INSERT INTO enrollments (sourced_id, student_id, group_id, subject, tier, status,"
                         " status_since) VALUES ('x', ?, ?, 'reading', 2, 'invited', '2026-09-14')",
                         student, group);
        FAIL() << "the trigger let a fifth student in";
    } catch (const StoreError& e) {
        EXPECT_TRUE(PlacementText::isGroupFull(e)) << e.message().toStdString();
    }
}

TEST(GradeBandTest, OneRuleForWhoLearnsTogether)
{
    EXPECT_EQ(GradeBand::forGrade(QStringLiteral("TK")), QStringLiteral("TK\u2013K"));
    EXPECT_EQ(GradeBand::forGrade(QStringLiteral("K")), QStringLiteral("TK\u2013K"));
    EXPECT_EQ(GradeBand::forGrade(QStringLiteral("1")), QStringLiteral("1\u20132"));
    EXPECT_EQ(GradeBand::forGrade(QStringLiteral("4")), QStringLiteral("3\u20134"));
    EXPECT_EQ(GradeBand::forGrade(QStringLiteral("8")), QStringLiteral("7\u20138"));
    EXPECT_EQ(GradeBand::forGrade(QStringLiteral("12")), QStringLiteral("9\u201312"));
    EXPECT_EQ(GradeBand::forGrade(QStringLiteral("13")), QString());
    EXPECT_TRUE(GradeBand::contains(QStringLiteral("K\u20131"), QStringLiteral("1")));
    EXPECT_TRUE(GradeBand::contains(QStringLiteral("3-4"), QStringLiteral("4")));
    EXPECT_TRUE(GradeBand::contains(QStringLiteral("Grades 5\u20136"), QStringLiteral("6")));
    EXPECT_TRUE(GradeBand::contains(QStringLiteral("5"), QStringLiteral("5")));
    EXPECT_TRUE(GradeBand::contains(QStringLiteral("TK\u2013K"), QStringLiteral("TK")));
    EXPECT_FALSE(GradeBand::contains(QStringLiteral("K\u20131"), QStringLiteral("2")));
    EXPECT_FALSE(GradeBand::contains(QString(), QStringLiteral("3")));
    EXPECT_FALSE(GradeBand::contains(QStringLiteral("upper"), QStringLiteral("3")));
    EXPECT_FALSE(GradeBand::contains(QStringLiteral("4\u20133"), QStringLiteral("3")));
    EXPECT_EQ(PlacementText::letter(0), QStringLiteral("A"));
    EXPECT_EQ(PlacementText::letter(25), QStringLiteral("Z"));
    EXPECT_EQ(PlacementText::letter(26), QStringLiteral("AA"));
    EXPECT_EQ(PlacementText::letter(27), QStringLiteral("AB"));
}

} // namespace
} // namespace tutordesk::test
