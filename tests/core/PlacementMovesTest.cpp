// Moving students between groups and the waitlist: refusals that name the group, and that no
// sequence of moves ever puts a group over its cap.
#include "PlacementFixtures.h"
#include "PlacementTestBase.h"
#include "placement/GradeBand.h"
#include "placement/NeedScore.h"
#include "placement/Placement.h"
#include "placement/PlacementText.h"
#include "store/StoreError.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>

#include <map>
#include <random>

namespace tutordesk::test {
namespace {

TEST_F(PlacementTest, MovesRefuseAFullGroupOrAnotherSubjectAndKeepTheSnapshot)
{
    budget(40);
    for (int i = 0; i < 3; ++i)
        behind(QString::number(8001 + i), QStringLiteral("3"), 3, "reading", 90.0 + i);
    behind(QStringLiteral("8101"), QStringLiteral("3"), 3, "math");
    place();
    const auto groupA = groupId(reading34Tier3A);
    const auto groupB = groupId(reading34Tier3B);
    const auto math = groupId(QStringLiteral("Math \u00b7 Grades 3\u20134 \u00b7 Tier 3 \u00b7 A"));
    ASSERT_TRUE(groupA && groupB && math);
    const QString third = enrollmentOf(QStringLiteral("8003"));
    const QStringList before = everything();

    const auto full = Placement::move(store(), third, groupA);
    ASSERT_FALSE(full.ok());
    EXPECT_EQ(
        full.error().message,
        QStringLiteral("Reading \u00b7 Grades 3\u20134 \u00b7 Tier 3 \u00b7 A is full (2 of 2). Move someone "
                       "out first or choose another group."));
    const auto subject = Placement::move(store(), third, math);
    ASSERT_FALSE(subject.ok());
    EXPECT_TRUE(subject.error().message.contains(QStringLiteral("keeps the subject")))
        << subject.error().message.toStdString();
    EXPECT_FALSE(Placement::move(store(), QStringLiteral("no-such-enrollment"), groupA).ok());
    EXPECT_FALSE(Placement::move(store(), third, 987654).ok());
    EXPECT_FALSE(Placement::seatFromWaitlist(store(), third, groupA).ok()) << "8003 is not waiting";
    EXPECT_EQ(everything(), before) << "refusals change nothing";

    // Out of A to the waitlist, then 8003 into A, then the waiting one into B.
    const QString first = enrollmentOf(QStringLiteral("8001"));
    const QString snapshot = store().db().queryText("SELECT need_score || need_breakdown FROM enrollments"
                                                    " WHERE sourced_id = ?",
                                                    first);
    ASSERT_TRUE(Placement::move(store(), first, std::nullopt).ok());
    EXPECT_EQ(rowsOf(store(), "SELECT status, group_id FROM enrollments WHERE status = 'waitlisted'"),
              QStringList{QStringLiteral("waitlisted|NULL")});
    ASSERT_TRUE(Placement::move(store(), third, groupA).ok());
    ASSERT_TRUE(Placement::seatFromWaitlist(store(), first, groupB).ok());
    EXPECT_EQ(store().db().queryText("SELECT status || '|' || group_id FROM enrollments WHERE sourced_id = ?",
                                     first),
              QStringLiteral("invited|%1").arg(groupB));
    EXPECT_EQ(store().db().queryText(
                  "SELECT need_score || need_breakdown FROM enrollments WHERE sourced_id = ?", first),
              snapshot);
    EXPECT_EQ(rowsOf(store(), "SELECT reason FROM audit_log WHERE entity = 'enrollment' AND action = 'update'"
                              " ORDER BY id"),
              (QStringList{QStringLiteral("Moved back to the waitlist"),
                           QStringLiteral("Moved to %1").arg(reading34Tier3A),
                           QStringLiteral("Seated from the waitlist")}));
    EXPECT_EQ(rowsOf(store(), "SELECT reason FROM audit_context"), QStringList{QStringLiteral("NULL")});
}

// Random moves, seats from the waitlist, pauses and resumes: after every one no group holds more than
// its cap, and a refused one changed nothing. The seed is fixed, so a failure can be replayed.
TEST_F(PlacementTest, NoSequenceOfMovesEverExceedsACap)
{
    budget(22);
    for (int i = 0; i < 24; ++i) {
        const QString grade = QString::number(3 + i % 2);
        const auto s = behind(QString::number(9001 + i), grade, 2 + i % 2, "reading", 85.0 + i % 10);
        if (i % 3 == 0)
            addBenchmark(store(), s, "math", 2);
    }
    place();
    store().db().run(
        "INSERT INTO tutoring_groups (sourced_id, name, subject, tier, cap, grade_band, minutes,"
        " start_day, end_day, status) VALUES ('ended', 'Last year', 'reading', 2, 4, '3\u20134', 30,"
        " '2025-09-01', '2026-06-01', 'ended')");
    ASSERT_GT(store().db().queryInteger("SELECT count(*) FROM enrollments WHERE status = 'waitlisted'"), 3);

    std::vector<std::int64_t> groups;
    Statement g = store().db().prepare("SELECT id FROM tutoring_groups ORDER BY id");
    while (g.step())
        groups.push_back(g.integer(0));
    std::vector<QString> enrollments;
    std::map<QString, QString> snapshots;
    Statement e =
        store().db().prepare("SELECT sourced_id, need_score || need_breakdown FROM enrollments ORDER BY id");
    while (e.step()) {
        enrollments.push_back(e.text(0));
        snapshots[e.text(0)] = e.text(1);
    }

    std::mt19937 rng(20260914);
    auto pick = [&](auto& list) {
        return list[std::uniform_int_distribution<std::size_t>(0, list.size() - 1)(rng)];
    };
    const char* overCap =
        "SELECT count(*) FROM tutoring_groups g WHERE g.cap < (SELECT count(*) FROM enrollments e"
        " WHERE e.group_id = g.id AND e.status IN ('invited', 'consented', 'active'))";
    const char* state =
        "SELECT sourced_id, group_id, status, tier, need_score, need_breakdown FROM enrollments"
        " ORDER BY id";
    int done = 0, refused = 0, fullRefusals = 0;
    for (int step = 0; step < 1500; ++step) {
        const QStringList before = rowsOf(store(), state);
        const QString enrollment = pick(enrollments);
        Result<void> outcome;
        switch (std::uniform_int_distribution<int>(0, 5)(rng)) {
        case 0:
        case 1:
            outcome = Placement::move(store(), enrollment, pick(groups));
            break;
        case 2:
            outcome = Placement::move(store(), enrollment, std::nullopt);
            break;
        case 3:
            outcome = Placement::seatFromWaitlist(store(), enrollment, pick(groups));
            break;
        case 4:
            outcome = Placement::pause(store(), enrollment, QStringLiteral("random pause"));
            break;
        default:
            outcome = Placement::resume(store(), enrollment);
            break;
        }
        ASSERT_EQ(store().db().queryInteger(overCap), 0) << "step " << step;
        if (outcome.ok()) {
            ++done;
        } else {
            ++refused;
            if (outcome.error().message.contains(QStringLiteral("is full")))
                ++fullRefusals;
            ASSERT_EQ(rowsOf(store(), state), before)
                << "step " << step << ": " << outcome.error().message.toStdString();
        }
        ASSERT_EQ(rowsOf(store(), "SELECT reason FROM audit_context"), QStringList{QStringLiteral("NULL")});
    }
    Statement after =
        store().db().prepare("SELECT sourced_id, need_score || need_breakdown FROM enrollments");
    while (after.step())
        EXPECT_EQ(snapshots[after.text(0)], after.text(1)) << "moves keep the snapshot";
    EXPECT_GT(done, 200);
    EXPECT_GT(fullRefusals, 50);
    EXPECT_GT(refused - fullRefusals, 50);
}

} // namespace
} // namespace tutordesk::test
