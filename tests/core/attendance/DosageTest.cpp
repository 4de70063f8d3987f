// Dosage: minutes received against minutes planned, and how much of the plan the program delivered, on a
// small schedule worked out by hand.
#include "attendance/Dosage.h"

#include "AttendanceFixtures.h"

#include <gtest/gtest.h>

namespace tutordesk::test {
namespace {

// Ana López's reading seat begins Monday 22 February 2027; today is Wednesday 3 March. Her group (30-minute
// sessions) met:
//   Fri 19 Feb  regular    present 30     (before her seat: not counted)
//   Mon 22 Feb  regular    present 30
//   Wed 24 Feb  regular    unexcused, absent from school that day
//   Fri 26 Feb  regular    cancelled      (planned all the same)
//   Mon  1 Mar  regular    tardy 20
//   Tue  2 Mar  make-up    present 30     (for 26 Feb, for her only)
//   Wed  3 Mar  regular    not taken yet
//   Fri  5 Mar  regular    future
// She also had a math seat, exited on 23 February, with a session on 22 February (present) and one on
// 1 March (after she left).
class DosageTest : public AttendanceFixture {
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(AttendanceFixture::SetUp());
        db().run("DELETE FROM sessions WHERE id = ?", m_tuesday);
        db().run("UPDATE enrollments SET begin_day = '2027-02-22' WHERE group_id = ?", m_group);
        readingSeat = db().queryInteger("SELECT id FROM enrollments WHERE student_id = ? AND group_id = ?",
                                        m_lopez, m_group);

        const std::int64_t early = addSession(m_group, QDate(2027, 2, 19), QStringLiteral("10:00"), m_kim);
        mark(early, m_lopez, QStringLiteral("present"), 30);
        const std::int64_t feb22 = addSession(m_group, QDate(2027, 2, 22), QStringLiteral("10:00"), m_kim);
        mark(feb22, m_lopez, QStringLiteral("present"), 30);
        const std::int64_t feb24 = addSession(m_group, QDate(2027, 2, 24), QStringLiteral("10:00"), m_kim);
        mark(feb24, m_lopez, QStringLiteral("unexcused"), 0, true);
        const std::int64_t feb26 = addSession(m_group, QDate(2027, 2, 26), QStringLiteral("10:00"), m_kim);
        db().run("UPDATE sessions SET status = 'cancelled', cancel_reason = 'tutor_absent' WHERE id = ?",
                 feb26);
        const std::int64_t mar1 = addSession(m_group, QDate(2027, 3, 1), QStringLiteral("10:00"), m_kim);
        mark(mar1, m_lopez, QStringLiteral("tardy"), 20);
        db().run("UPDATE sessions SET status = 'held' WHERE id = ?", mar1);
        const std::int64_t makeup = addSession(m_group, QDate(2027, 3, 2), QStringLiteral("14:00"), m_kim);
        db().run("UPDATE sessions SET kind = 'makeup', makeup_for = ? WHERE id = ?", feb26, makeup);
        db().run("INSERT INTO session_students (session_id, student_id) VALUES (?, ?)", makeup, m_lopez);
        mark(makeup, m_lopez, QStringLiteral("present"), 30);
        addSession(m_group, QDate(2027, 3, 3), QStringLiteral("10:00"), m_kim);
        addSession(m_group, QDate(2027, 3, 5), QStringLiteral("10:00"), m_kim);

        GroupSpec math;
        math.name = QStringLiteral("Math \u00b7 Grades 3\u20134 \u00b7 Tier 2 \u00b7 B");
        math.subject = QStringLiteral("math");
        math.tutorId = m_kim;
        mathGroup = addGroup(math);
        db().run(
            "INSERT INTO enrollments (sourced_id, student_id, group_id, subject, tier, status, status_since,"
            " begin_day, end_day) VALUES ('E-math', ?, ?, 'math', 2, 'exited', '2027-02-23', '2027-02-22',"
            " '2027-02-23')",
            m_lopez, mathGroup);
        const std::int64_t mathFeb22 =
            addSession(mathGroup, QDate(2027, 2, 22), QStringLiteral("11:00"), m_kim);
        mark(mathFeb22, m_lopez, QStringLiteral("present"), 30);
        addSession(mathGroup, QDate(2027, 3, 1), QStringLiteral("11:00"), m_kim);
        // A place on a waitlist is not a seat.
        db().run("INSERT INTO enrollments (sourced_id, student_id, subject, tier, status, status_since)"
                 " VALUES ('E-wait', ?, 'writing', 2, 'waitlisted', '2027-02-01')",
                 m_lopez);
    }

    static QDate today() { return QDate(2027, 3, 3); }

    std::int64_t readingSeat = 0;
    std::int64_t mathGroup = 0;
};

TEST_F(DosageTest, ASeatToDateAndThisWeek)
{
    const DosageFigures f = Dosage::forEnrollment(store(), readingSeat, today());
    EXPECT_EQ(f.plannedMinutesToDate, 150);  // 22, 24, 26 Feb, 1 and 3 Mar; the make-up is not planned
    EXPECT_EQ(f.deliveredMinutesToDate, 80); // 30 + 20 + 30 (make-up)
    EXPECT_EQ(f.plannedMinutesWeek, 60);     // 1 and 3 Mar
    EXPECT_EQ(f.deliveredMinutesWeek, 50);   // 20 + 30 (make-up)
    EXPECT_EQ(f.sessionsScheduled, 4);       // 24 Feb left out: she was not at school
    EXPECT_EQ(f.sessionsHeld, 2);            // 22 Feb and 1 Mar; 26 Feb cancelled, 3 Mar not taken yet
    EXPECT_EQ(f.sessionsAttended, 3);
    EXPECT_EQ(f.sessionsAbsent, 1);
    EXPECT_EQ(f.makeupsAttended, 1);
    ASSERT_TRUE(f.deliveryRate().has_value());
    EXPECT_DOUBLE_EQ(*f.deliveryRate(), 0.5);
    EXPECT_DOUBLE_EQ(f.attendanceRate().value_or(-1), 0.75);
    EXPECT_DOUBLE_EQ(f.dosageRate().value_or(-1), 80.0 / 150.0);
}

TEST_F(DosageTest, TakingTodaysAttendanceCountsItAsHeld)
{
    const std::int64_t mar3 =
        db().queryInteger("SELECT id FROM sessions WHERE group_id = ? AND day = '2027-03-03'", m_group);
    ASSERT_TRUE(Attendance::record(store(), mar3, entryOf(m_lopez, AttendanceStatus::Present), today()).ok());
    const DosageFigures f = Dosage::forEnrollment(store(), readingSeat, today());
    EXPECT_EQ(f.sessionsHeld, 3);
    EXPECT_EQ(f.deliveredMinutesWeek, 80);
    EXPECT_EQ(f.deliveredMinutesToDate, 110);
}

TEST_F(DosageTest, EachSeatActiveFirstAndTheirTotal)
{
    const auto seats = Dosage::forStudent(store(), m_lopez, today());
    ASSERT_EQ(seats.size(), 2u);
    EXPECT_EQ(seats[0].enrollmentId, readingSeat);
    EXPECT_EQ(seats[0].status, QStringLiteral("active"));
    EXPECT_EQ(seats[0].subject, QStringLiteral("reading"));
    EXPECT_EQ(seats[0].since, QDate(2027, 2, 22));
    EXPECT_EQ(seats[0].figures.plannedMinutesToDate, 150);
    EXPECT_EQ(seats[1].groupId, mathGroup);
    EXPECT_EQ(seats[1].status, QStringLiteral("exited"));
    // Up to the day she left: one session planned and attended, nothing this week.
    EXPECT_EQ(seats[1].figures.plannedMinutesToDate, 30);
    EXPECT_EQ(seats[1].figures.deliveredMinutesToDate, 30);
    EXPECT_EQ(seats[1].figures.plannedMinutesWeek, 0);
    EXPECT_EQ(seats[1].figures.sessionsScheduled, 1);

    const DosageFigures total = Dosage::totalFor(store(), m_lopez, today());
    EXPECT_EQ(total.plannedMinutesToDate, 180);
    EXPECT_EQ(total.deliveredMinutesToDate, 110);
    EXPECT_EQ(total.sessionsAttended, 4);
}

TEST_F(DosageTest, NoRatesBeforeTheFirstSession)
{
    const DosageFigures f = Dosage::forEnrollment(store(), readingSeat, QDate(2027, 2, 21));
    EXPECT_EQ(f.plannedMinutesToDate, 0);
    EXPECT_FALSE(f.deliveryRate().has_value());
    EXPECT_FALSE(f.attendanceRate().has_value());
    EXPECT_FALSE(f.dosageRate().has_value());
    // A student with no seats at all.
    const std::int64_t nobody = addPupil(QStringLiteral("Eva"), QStringLiteral("Ng"));
    EXPECT_TRUE(Dosage::forStudent(store(), nobody, today()).empty());
    EXPECT_FALSE(Dosage::totalFor(store(), nobody, today()).dosageRate().has_value());
}

TEST_F(DosageTest, BensFiguresLeaveOutAnasMakeup)
{
    // Ben holds a seat in the same group since the start; the make-up was for Ana only.
    const std::int64_t benSeat = db().queryInteger(
        "SELECT id FROM enrollments WHERE student_id = ? AND group_id = ?", m_cruz, m_group);
    db().run("UPDATE enrollments SET begin_day = NULL WHERE id = ?", benSeat);
    const DosageFigures f = Dosage::forEnrollment(store(), benSeat, today());
    EXPECT_EQ(f.plannedMinutesToDate, 180); // 19, 22, 24, 26 Feb, 1 and 3 Mar
    EXPECT_EQ(f.deliveredMinutesToDate, 0);
    EXPECT_EQ(f.sessionsScheduled, 6);
    EXPECT_EQ(f.sessionsHeld, 4); // 19, 22, 24 Feb and 1 Mar had attendance or were held
    EXPECT_EQ(f.makeupsAttended, 0);
    EXPECT_FALSE(f.attendanceRate().has_value());
}

} // namespace
} // namespace tutordesk::test
