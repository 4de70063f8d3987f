#include "core/actions/ActionFixtures.h"

#include <algorithm>

namespace tutordesk::test {
namespace {

// Luis missed Monday's reading with Ana Kim. He also has math with Ben Lee at 11:00 every day; Ana Kim
// teaches another group at 13:00. Mai, in the same reading group, has writing at 10:00 every day, which
// does not matter for Luis's make-up.
class MakeupActionTest : public ActionsTest {
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(ActionsTest::SetUp());
        m_kim = tutor(QStringLiteral("Ana"), QStringLiteral("Kim"));
        const auto lee = tutor(QStringLiteral("Ben"), QStringLiteral("Lee"));
        const auto park = tutor(QStringLiteral("Cho"), QStringLiteral("Park"));
        m_reading = newGroup(Group().name(QStringLiteral("Reading A")).tutorId(m_kim));
        const auto math = newGroup(Group()
                                       .name(QStringLiteral("Math B"))
                                       .subject(QStringLiteral("math"))
                                       .tutorId(lee)
                                       .location(QStringLiteral("Room 14"))
                                       .startsAt(QStringLiteral("11:00")));
        const auto other = newGroup(Group()
                                        .name(QStringLiteral("Reading C"))
                                        .tutorId(m_kim)
                                        .location(QStringLiteral("Room 15"))
                                        .startsAt(QStringLiteral("13:00")));
        const auto writing = newGroup(Group()
                                          .name(QStringLiteral("Writing D"))
                                          .subject(QStringLiteral("writing"))
                                          .tutorId(park)
                                          .location(QStringLiteral("Room 16")));
        m_luis = addPupil(QStringLiteral("Luis"), QStringLiteral("Ortiz"));
        m_mai = addPupil(QStringLiteral("Mai"), QStringLiteral("Tran"));
        seat(m_luis, m_reading);
        seat(m_mai, m_reading);
        seat(m_luis, math);
        seat(m_mai, writing);
        m_missed = addSession(m_reading, weekday(1), QStringLiteral("10:00"), m_kim);
        mark(m_missed, m_luis, "unexcused");
        mark(m_missed, m_mai, "present");
        for (int d = 1; d <= 8; ++d) {
            const QDate day = monday().addDays(d);
            if (day.dayOfWeek() > 5)
                continue;
            addSession(math, day, QStringLiteral("11:00"), lee);
            addSession(other, day, QStringLiteral("13:00"), m_kim);
            addSession(writing, day, QStringLiteral("10:00"), park);
        }
        m_action = addAction(Action()
                                 .rule("schedule_makeup")
                                 .student(m_luis)
                                 .enrollment(enrollmentOf(m_luis, m_reading))
                                 .session(m_missed)
                                 .dueOn(weekday(1).addDays(7))
                                 .absencesInRow(1));
    }

    static bool overlaps(const MakeupSlot& slot, int hour)
    {
        const QTime busy(hour, 0);
        return slot.start < busy.addSecs(30 * 60) && busy < slot.start.addSecs(slot.minutes * 60);
    }

    std::int64_t m_kim = 0;
    std::int64_t m_reading = 0;
    std::int64_t m_luis = 0;
    std::int64_t m_mai = 0;
    std::int64_t m_missed = 0;
    std::int64_t m_action = 0;
};

TEST_F(MakeupActionTest, SlotsAvoidTheStudentsOtherGroupAndTheTutorsOtherSessions)
{
    const auto slots = ProtocolActions::makeupSlots(store(), m_action, weekday(1), 40);
    ASSERT_FALSE(slots.empty());
    for (const MakeupSlot& slot : slots) {
        EXPECT_GT(slot.day, weekday(1));
        EXPECT_LE(slot.day, QDate(2027, 3, 8)); // five school days
        EXPECT_FALSE(overlaps(slot, 11))
            << slot.day.toString().toStdString() << slot.start.toString().toStdString();
        EXPECT_FALSE(overlaps(slot, 13))
            << slot.day.toString().toStdString() << slot.start.toString().toStdString();
        EXPECT_EQ(slot.minutes, 30);
    }
    // The group's usual time is free for Luis (Mai's writing at 10:00 does not matter to his make-up).
    EXPECT_NE(
        std::find_if(slots.begin(), slots.end(),
                     [&](const MakeupSlot& s) { return s.day == weekday(2) && s.start == QTime(10, 0); }),
        slots.end());
    // Found on Thursday, the search starts from Thursday.
    for (const MakeupSlot& slot : ProtocolActions::makeupSlots(store(), m_action, weekday(4), 40))
        EXPECT_GE(slot.day, weekday(4));
}

TEST_F(MakeupActionTest, SchedulingCreatesAOneStudentMakeupAndResolvesTheAction)
{
    const MakeupSlot slot{weekday(2), QTime(10, 0), 30};
    const auto made = ProtocolActions::scheduleMakeup(store(), m_action, slot, weekday(1));
    ASSERT_TRUE(made.ok()) << made.error().message.toStdString();
    const std::int64_t id = made.value();
    EXPECT_EQ(db().queryText("SELECT kind FROM sessions WHERE id = ?", id), QStringLiteral("makeup"));
    EXPECT_EQ(db().queryInteger("SELECT makeup_for FROM sessions WHERE id = ?", id), m_missed);
    EXPECT_EQ(db().queryInteger("SELECT tutor_id FROM sessions WHERE id = ?", id), m_kim);
    EXPECT_EQ(db().queryInteger("SELECT group_id FROM sessions WHERE id = ?", id), m_reading);
    EXPECT_EQ(db().queryText("SELECT starts_at FROM sessions WHERE id = ?", id), QStringLiteral("10:00"));
    EXPECT_EQ(db().queryInteger("SELECT count(*) FROM session_students WHERE session_id = ?", id), 1);
    EXPECT_EQ(db().queryInteger("SELECT student_id FROM session_students WHERE session_id = ?", id), m_luis);

    EXPECT_EQ(actionStatus(m_action), QStringLiteral("done"));
    EXPECT_EQ(db().queryInteger("SELECT makeup_session_id FROM protocol_actions WHERE id = ?", m_action), id);
    const QString note =
        db().queryText("SELECT resolution_note FROM protocol_actions WHERE id = ?", m_action);
    EXPECT_TRUE(note.startsWith(QStringLiteral("Make-up on "))) << note.toStdString();
    EXPECT_TRUE(note.endsWith(QStringLiteral(" at 10:00"))) << note.toStdString();

    // Done once: a second make-up is refused.
    EXPECT_FALSE(
        ProtocolActions::scheduleMakeup(store(), m_action, {weekday(3), QTime(10, 0), 30}, weekday(1)).ok());
}

TEST_F(MakeupActionTest, AClashIsRefusedWithItsReasonAndNothingChanges)
{
    const auto sessions = db().queryInteger("SELECT count(*) FROM sessions");
    const auto studentBusy =
        ProtocolActions::scheduleMakeup(store(), m_action, {weekday(2), QTime(11, 0), 30}, weekday(1));
    ASSERT_FALSE(studentBusy.ok());
    EXPECT_TRUE(studentBusy.error().message.contains(QStringLiteral("Luis Ortiz")))
        << studentBusy.error().message.toStdString();
    const auto tutorBusy =
        ProtocolActions::scheduleMakeup(store(), m_action, {weekday(2), QTime(13, 0), 30}, weekday(1));
    ASSERT_FALSE(tutorBusy.ok());
    EXPECT_TRUE(tutorBusy.error().message.contains(QStringLiteral("Ana Kim")))
        << tutorBusy.error().message.toStdString();
    EXPECT_EQ(db().queryInteger("SELECT count(*) FROM sessions"), sessions);
    EXPECT_EQ(actionStatus(m_action), QStringLiteral("open"));
}

} // namespace
} // namespace tutordesk::test
