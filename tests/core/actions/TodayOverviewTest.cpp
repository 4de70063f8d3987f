#include "attendance/TodayOverview.h"

#include "core/actions/ActionFixtures.h"
#include "families/ContactLog.h"

#include <QDateTime>

namespace tutordesk::test {
namespace {

class TodayOverviewTest : public ActionsTest {
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(ActionsTest::SetUp());
        const auto kim = tutor(QStringLiteral("Ana"), QStringLiteral("Kim"));
        const auto lee = tutor(QStringLiteral("Ben"), QStringLiteral("Lee"));
        m_reading = newGroup(Group().name(QStringLiteral("Reading A")).tutorId(kim));
        m_math = newGroup(Group()
                              .name(QStringLiteral("Math B"))
                              .subject(QStringLiteral("math"))
                              .tutorId(lee)
                              .location(QStringLiteral("Room 14"))
                              .startsAt(QStringLiteral("09:00")));
        db().run("UPDATE tutoring_groups SET skill_description = 'Fractions on a number line' WHERE id = ?",
                 m_math);
        m_luis = addPupil(QStringLiteral("Luis"), QStringLiteral("Ortiz"));
        m_mai = addPupil(QStringLiteral("Mai"), QStringLiteral("Tran"));
        for (const auto student : {m_luis, m_mai}) {
            seat(student, m_reading);
            seat(student, m_math);
        }
        m_readingToday = addSession(m_reading, weekday(1), QStringLiteral("10:00"), kim);
        m_mathToday = addSession(m_math, weekday(1), QStringLiteral("09:00"), lee);
        db().run("UPDATE sessions SET skill_covered = 'Main idea' WHERE id = ?", m_readingToday);
    }

    std::int64_t m_reading = 0;
    std::int64_t m_math = 0;
    std::int64_t m_luis = 0;
    std::int64_t m_mai = 0;
    std::int64_t m_readingToday = 0;
    std::int64_t m_mathToday = 0;
};

TEST_F(TodayOverviewTest, CountsAttendanceActionsAndFollowUps)
{
    mark(m_readingToday, m_luis, "present");
    mark(m_readingToday, m_mai, "unexcused");
    mark(m_mathToday, m_luis, "tardy");
    addAction(Action().student(m_mai).session(m_readingToday).dueOn(weekday(1)));
    addAction(Action().student(m_luis).dueOn(monday().addDays(-3))); // due last Friday
    addAction(Action().rule("schedule_makeup").student(m_mai).dueOn(weekday(4)));
    ContactEntry e;
    e.studentId = m_luis;
    e.at = QDateTime(monday().addDays(-4), QTime(15, 0));
    e.outcome = QStringLiteral("no_answer");
    e.followUpOn = weekday(1);
    ASSERT_TRUE(ContactLog::add(store(), e).ok());

    const TodayOverview today = TodayOverviews::load(store(), weekday(1));
    EXPECT_TRUE(today.isSchoolDay);
    ASSERT_EQ(today.sessions.size(), 2u);
    const TodaySession& math = today.sessions[0]; // by time
    EXPECT_EQ(math.session.id, m_mathToday);
    EXPECT_EQ(math.skill, QStringLiteral("Fractions on a number line"));
    EXPECT_EQ(math.students, 2);
    EXPECT_EQ(math.recorded, 1);
    EXPECT_EQ(math.present, 1);
    EXPECT_FALSE(math.isTaken());
    const TodaySession& reading = today.sessions[1];
    EXPECT_EQ(reading.skill, QStringLiteral("Main idea"));
    EXPECT_EQ(reading.students, 2);
    EXPECT_EQ(reading.recorded, 2);
    EXPECT_EQ(reading.present, 1);
    EXPECT_EQ(reading.absent, 1);
    EXPECT_TRUE(reading.isTaken());
    EXPECT_EQ(today.sessionsNotTaken(), 1);

    ASSERT_EQ(today.actions.size(), 2u);
    EXPECT_EQ(today.actions[0].studentId, m_luis); // overdue first
    EXPECT_EQ(today.actions[0].daysOverdue, 1);
    EXPECT_EQ(today.actionsOverdue(), 1);
    EXPECT_EQ(today.actionsLater, 1);
    ASSERT_EQ(today.followUps.size(), 1u);
    EXPECT_EQ(today.followUps[0].studentId, m_luis);

    // Past 10:00 the reading group is taken; math, started and not complete, stays first.
    const TodayOverview later = TodayOverviews::load(store(), weekday(1), QTime(10, 15));
    EXPECT_EQ(later.sessions[0].session.id, m_mathToday);
}

TEST_F(TodayOverviewTest, AMakeupListsOnlyItsStudent)
{
    db().run("INSERT INTO sessions (sourced_id, group_id, day, starts_at, minutes, kind, makeup_for)"
             " VALUES ('MK-1', ?, ?, '14:00', 30, 'makeup', ?)",
             m_reading, weekday(1), m_readingToday);
    const auto makeup = db().lastInsertId();
    db().run("INSERT INTO session_students (session_id, student_id) VALUES (?, ?)", makeup, m_mai);
    const TodayOverview today = TodayOverviews::load(store(), weekday(1));
    ASSERT_EQ(today.sessions.size(), 3u);
    EXPECT_EQ(today.sessions[2].session.id, makeup);
    EXPECT_EQ(today.sessions[2].students, 1);
    EXPECT_EQ(today.sessionsNotTaken(), 3);
}

TEST_F(TodayOverviewTest, ADayOffSaysWhy)
{
    addCalendarDay(store(), weekday(3), "holiday", QStringLiteral("Cesar Chavez Day"));
    const TodayOverview today = TodayOverviews::load(store(), weekday(3));
    EXPECT_FALSE(today.isSchoolDay);
    EXPECT_EQ(today.dayLabel, QStringLiteral("Cesar Chavez Day"));
    EXPECT_TRUE(today.sessions.empty());
}

} // namespace
} // namespace tutordesk::test
