// The weekly operating review's figures on a school where each is known by hand (WeeklyFixture.h).
#include "progress/WeeklyReview.h"

#include "core/weekly/WeeklyFixture.h"
#include "progress/WeeklyReviewDocument.h"
#include "support/TestText.h"

#include <QJsonArray>

namespace tutordesk::test {
namespace {

using WeeklyReviewTest = WeeklyFixtureTest;

TEST_F(WeeklyReviewTest, TheWeekRunsMondayToSundayAndCountsUpToToday)
{
    const WeeklyReview r = WeeklyReviews::review(store(), day(21), today()); // a Saturday of the week
    EXPECT_EQ(r.weekStart, day(16));
    EXPECT_EQ(r.weekEnd, day(22));
    EXPECT_EQ(r.through, today());
    EXPECT_TRUE(r.currentWeek);
    EXPECT_EQ(r.schoolName, QStringLiteral("Test Elementary"));
    const WeeklyReview past = WeeklyReviews::review(store(), day(15), today()); // Sunday: last week
    EXPECT_EQ(past.weekStart, day(9));
    EXPECT_EQ(past.through, day(15));
    EXPECT_FALSE(past.currentWeek);
}

TEST_F(WeeklyReviewTest, AttendanceThisWeekAgainstLastWeek)
{
    const WeeklyReview r = WeeklyReviews::review(store(), today(), today());
    EXPECT_EQ(r.attended, 6);
    EXPECT_EQ(r.absent, 3);
    EXPECT_EQ(r.attendedLastWeek, 10);
    EXPECT_EQ(r.absentLastWeek, 4);
    ASSERT_TRUE(r.attendanceChangePoints());
    EXPECT_EQ(*r.attendanceChangePoints(), -4);
    EXPECT_EQ(
        WeeklyReviewDocument::attendanceSentence(r),
        QStringLiteral("Attendance 67% (last week 71%, down 4 points): 6 of 9 student sessions attended."));
}

TEST_F(WeeklyReviewTest, SessionsHeldCancelledByReasonAndWithoutAttendance)
{
    const WeeklyReview r = WeeklyReviews::review(store(), today(), today());
    EXPECT_EQ(r.sessionsHeld, 4);
    EXPECT_EQ(r.makeupsHeld, 1);
    EXPECT_EQ(r.sessionsCancelled, 3); // Friday's cancellation is after today
    EXPECT_EQ(r.cancelledTutorAbsent, 1);
    EXPECT_EQ(r.cancelledSchoolEvent, 1);
    EXPECT_EQ(r.cancelledWeather, 1);
    EXPECT_EQ(r.cancelledStudentEvent, 0);
    EXPECT_EQ(r.cancelledOther, 0);
    EXPECT_EQ(r.sessionsWithoutAttendance, 1); // Wednesday; today's session may still be going on
    EXPECT_EQ(WeeklyReviewDocument::cancelledSentence(r),
              QStringLiteral("Cancelled: tutor absent 1, school event 1, weather 1."));
}

TEST_F(WeeklyReviewTest, StaffingAndTutorsPerSupervisor)
{
    const WeeklyReview r = WeeklyReviews::review(store(), today(), today());
    EXPECT_EQ(r.activeGroups, 3);
    EXPECT_EQ(r.staffedGroups, 2);
    EXPECT_NEAR(r.fillRate(), 2.0 / 3.0, 1e-9);
    ASSERT_EQ(r.unstaffedGroups.size(), 1);
    EXPECT_TRUE(r.unstaffedGroups.front().startsWith(QStringLiteral("Writing C")));
    EXPECT_EQ(r.sessionsCoveredBySubstitute, 1);
    EXPECT_EQ(r.tutorsAbsent, 1); // Kim's absence is tomorrow
    ASSERT_EQ(r.supervisors.size(), 1u);
    EXPECT_EQ(r.supervisors.front().tutors, 2);
    EXPECT_EQ(r.supervisors.front().maxTutors, 1);
    EXPECT_TRUE(r.supervisors.front().overCapacity());
    EXPECT_EQ(r.unsupervisedTutors.size(), 1);
}

TEST_F(WeeklyReviewTest, TheFlaggedStudentIsNamedByFirstNameAndInitialWithTheirGroup)
{
    const WeeklyReview r = WeeklyReviews::review(store(), today(), today());
    ASSERT_EQ(r.flagged.size(), 1u);
    EXPECT_EQ(r.flagged.front().student, QStringLiteral("Elena V."));
    EXPECT_EQ(r.flagged.front().group, QStringLiteral("Math B"));
    EXPECT_EQ(r.flagged.front().flag, ProgressFlag::NotAttending);
    EXPECT_EQ(r.notAttending(), 1);
    EXPECT_EQ(r.notImproving(), 0);
}

TEST_F(WeeklyReviewTest, OutreachAttemptedAndReachedThisWeek)
{
    const WeeklyReview r = WeeklyReviews::review(store(), today(), today());
    EXPECT_EQ(r.contactsAttempted, 3);
    EXPECT_EQ(r.contactsReached, 1);
    EXPECT_EQ(r.familiesReached, 1);
    EXPECT_EQ(r.lettersSent, 1);
    const WeeklyReview last = WeeklyReviews::review(store(), day(9), today());
    EXPECT_EQ(last.contactsAttempted, 1);
}

TEST_F(WeeklyReviewTest, OverdueActionsAreOpenAndDueBeforeTheDayShown)
{
    const WeeklyReview r = WeeklyReviews::review(store(), today(), today());
    EXPECT_EQ(r.overdueActions, 1);
    ASSERT_EQ(r.oldestOverdue.size(), 1u);
    EXPECT_EQ(r.oldestOverdue.front().student, QStringLiteral("Carla O."));
    EXPECT_EQ(r.oldestOverdue.front().rule, QStringLiteral("notify_family"));
    EXPECT_EQ(r.oldestOverdue.front().due, day(17));
    // Last week's review still shows Dan's action, open on that Sunday and resolved only on the 18th.
    const WeeklyReview last = WeeklyReviews::review(store(), day(9), today());
    EXPECT_EQ(last.overdueActions, 1);
    ASSERT_EQ(last.oldestOverdue.size(), 1u);
    EXPECT_EQ(last.oldestOverdue.front().student, QStringLiteral("Dan P."));
}

TEST_F(WeeklyReviewTest, LastWeekIsCountedWhole)
{
    const WeeklyReview r = WeeklyReviews::review(store(), day(10), today());
    EXPECT_EQ(r.sessionsHeld, 6);
    EXPECT_EQ(r.attended, 10);
    EXPECT_EQ(r.absent, 4);
    EXPECT_FALSE(r.attendanceRateLastWeek()); // nothing the week before
    EXPECT_EQ(r.sessionsWithoutAttendance, 0);
}

TEST_F(WeeklyReviewTest, AWeekNotBegunCountsNothing)
{
    const WeeklyReview r = WeeklyReviews::review(store(), day(23), today());
    EXPECT_EQ(r.sessionsHeld, 0);
    EXPECT_EQ(r.sessionsCancelled, 0);
    EXPECT_EQ(r.contactsAttempted, 0);
    EXPECT_FALSE(r.attendanceRate());
}

TEST_F(WeeklyReviewTest, JsonHasTheDocumentedShape)
{
    const QJsonObject json = WeeklyReviews::toJson(WeeklyReviews::review(store(), today(), today()));
    EXPECT_EQ(json.value(QStringLiteral("weekStart")).toString(), QStringLiteral("2026-11-16"));
    EXPECT_EQ(json.value(QStringLiteral("through")).toString(), QStringLiteral("2026-11-19"));
    const QJsonObject attendance = json.value(QStringLiteral("attendance")).toObject();
    EXPECT_NEAR(attendance.value(QStringLiteral("rate")).toDouble(), 6.0 / 9.0, 1e-9);
    EXPECT_EQ(attendance.value(QStringLiteral("changePoints")).toInt(), -4);
    const QJsonObject sessions = json.value(QStringLiteral("sessions")).toObject();
    EXPECT_EQ(sessions.value(QStringLiteral("cancelledByReason"))
                  .toObject()
                  .value(QStringLiteral("weather"))
                  .toInt(),
              1);
    EXPECT_EQ(
        json.value(QStringLiteral("staffing")).toObject().value(QStringLiteral("staffedGroups")).toInt(), 2);
    const QJsonArray students =
        json.value(QStringLiteral("flags")).toObject().value(QStringLiteral("students")).toArray();
    ASSERT_EQ(students.size(), 1);
    EXPECT_EQ(students.at(0).toObject().value(QStringLiteral("flag")).toString(),
              QStringLiteral("notAttending"));
    EXPECT_EQ(json.value(QStringLiteral("outreach")).toObject().value(QStringLiteral("reached")).toInt(), 1);
    EXPECT_EQ(json.value(QStringLiteral("overdueActions")).toObject().value(QStringLiteral("count")).toInt(),
              1);
}

} // namespace
} // namespace tutordesk::test
