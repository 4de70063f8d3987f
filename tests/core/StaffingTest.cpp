#include "schedule/Staffing.h"

#include "core/CoverFixtures.h"
#include "schedule/SessionCover.h"
#include "schedule/TutorAbsences.h"

using namespace tutordesk;

namespace {

// Four active groups: one led by an active tutor, one by a tutor from the substitute pool, one with
// no tutor and one whose tutor's clearance has expired. The instructional lead may coach one tutor and
// has two; a second supervisor has room.
class StaffingTest : public test::CoverTest {
protected:
    void SetUp() override
    {
        CoverTest::SetUp();
        const std::int64_t diaz =
            test::addSupervisor(store(), QStringLiteral("SUP-1"), QStringLiteral("Diaz"), 1);
        const std::int64_t evans =
            test::addSupervisor(store(), QStringLiteral("SUP-2"), QStringLiteral("Evans"), 8);
        m_kim = person(QStringLiteral("Kim"), QStringLiteral("active"), diaz);
        m_ortega = person(QStringLiteral("Ortega"), QStringLiteral("substitute"), diaz);
        m_expired = person(QStringLiteral("Expired"), QStringLiteral("active"), evans, QDate(2026, 10, 1));
        m_inactive = person(QStringLiteral("Inactive"), QStringLiteral("inactive"), evans);

        m_groupA = group(QStringLiteral("A \u00b7 Kim"), m_kim);
        group(QStringLiteral("B \u00b7 Ortega"), m_ortega);
        group(QStringLiteral("C \u00b7 nobody"), std::nullopt);
        group(QStringLiteral("D \u00b7 expired"), m_expired);
        group(QStringLiteral("E \u00b7 planned"), m_kim, QStringLiteral("planned"));
        group(QStringLiteral("F \u00b7 ended"), std::nullopt, QStringLiteral("ended"));
    }

    std::int64_t person(const QString& last, const QString& status, std::int64_t supervisor,
                        const QDate& clearedUntil = QDate(2027, 12, 31))
    {
        Staff s;
        s.first = QStringLiteral("Ana");
        s.last = last;
        s.status = status;
        s.supervisorId = supervisor;
        s.clearedUntil = clearedUntil;
        return addStaff(s);
    }

    std::int64_t group(const QString& name, std::optional<std::int64_t> tutorId,
                       const QString& status = QStringLiteral("active"))
    {
        GroupSpec spec;
        spec.name = name;
        spec.tutorId = tutorId;
        spec.status = status;
        spec.location = name; // a room each
        return addGroup(spec);
    }

    std::int64_t m_kim = 0;
    std::int64_t m_ortega = 0;
    std::int64_t m_expired = 0;
    std::int64_t m_inactive = 0;
    std::int64_t m_groupA = 0;
};

TEST_F(StaffingTest, GroupsTutorsAndSupervisors)
{
    const StaffingFigures f = Staffing::figures(store(), monday(), weekday(5), monday());
    EXPECT_EQ(f.activeGroups, 4);
    EXPECT_EQ(f.staffedGroups, 2);
    EXPECT_DOUBLE_EQ(f.fillRate(), 0.5);
    EXPECT_EQ(f.unstaffedGroups, (QStringList{QStringLiteral("C \u00b7 nobody (no tutor)"),
                                              QStringLiteral("D \u00b7 expired (clearance expired)")}));
    EXPECT_EQ(f.activeTutors, 3); // active and substitute pool, not the inactive one
    EXPECT_EQ(f.supervisors, 2);
    EXPECT_DOUBLE_EQ(f.tutorsPerSupervisor(), 1.5);
    ASSERT_EQ(f.loads.size(), 2u);
    EXPECT_EQ(f.overCapacitySupervisors, 1);
    EXPECT_EQ(f.sessionsPlanned, 0);

    // Before the clearance expired, that group was staffed.
    EXPECT_EQ(Staffing::figures(store(), monday(), weekday(5), QDate(2026, 9, 15)).staffedGroups, 3);
}

TEST_F(StaffingTest, AGroupLedByAnInactiveTutorIsNotStaffed)
{
    group(QStringLiteral("G \u00b7 inactive"), m_inactive);
    const StaffingFigures f = Staffing::figures(store(), monday(), weekday(5), monday());
    EXPECT_EQ(f.activeGroups, 5);
    EXPECT_TRUE(f.unstaffedGroups.contains(QStringLiteral("G \u00b7 inactive (tutor inactive)")));
}

TEST_F(StaffingTest, SessionsOfTheWeek)
{
    // Ten regular sessions of group A: 09:00 and 13:00 each day.
    std::vector<std::int64_t> am, pm;
    for (int day = 1; day <= 5; ++day) {
        am.push_back(addSession(m_groupA, weekday(day), QStringLiteral("09:00"), m_kim));
        pm.push_back(addSession(m_groupA, weekday(day), QStringLiteral("13:00"), m_kim));
    }
    addSession(m_groupA, weekday(1).addDays(7), QStringLiteral("09:00"), m_kim); // next week
    const std::int64_t student = addPupil(QStringLiteral("Ana"), QStringLiteral("L\u00f3pez"));
    seat(student, m_groupA);
    // Monday: both held, with attendance.
    for (std::int64_t id : {am[0], pm[0]}) {
        db().run("UPDATE sessions SET status = 'held' WHERE id = ?", id);
        takeAttendance(id, student);
    }
    // Ana Kim is out Tuesday and Wednesday: Tuesday is cancelled, Wednesday morning covered, Wednesday
    // afternoon still open.
    ASSERT_TRUE(TutorAbsences::markOut(store(), m_kim, weekday(2), weekday(3), QStringLiteral("Flu")).ok());
    ASSERT_TRUE(SessionCover::cancel(store(), am[1], QStringLiteral("tutor_absent"), QString()).ok());
    ASSERT_TRUE(SessionCover::cancel(store(), pm[1], QStringLiteral("tutor_absent"), QString()).ok());
    ASSERT_TRUE(SessionCover::assignSubstitute(store(), am[2], m_ortega).ok());
    // Thursday morning: rained out.
    ASSERT_TRUE(SessionCover::cancel(store(), am[3], QStringLiteral("weather"), QString()).ok());
    // A make-up on Friday afternoon is not a planned session.
    const auto makeup =
        SessionCover::scheduleMakeup(store(), am[1], MakeupSlot{weekday(5), QTime(15, 0), 30});
    ASSERT_TRUE(makeup.ok()) << makeup.error().message.toStdString();

    const StaffingFigures f = Staffing::figures(store(), monday(), weekday(5), monday());
    EXPECT_EQ(f.sessionsPlanned, 10);
    EXPECT_EQ(f.sessionsHeld, 2);
    EXPECT_EQ(f.sessionsCancelled, 3);
    EXPECT_EQ(f.sessionsCancelledForStaffing, 2);
    EXPECT_EQ(f.sessionsCoveredBySubstitute, 1);
    EXPECT_EQ(f.sessionsNeedingCover, 1);

    // Cancelled sessions are not absences: nobody has attendance for them.
    EXPECT_EQ(db().queryInteger("SELECT count(*) FROM attendance a JOIN sessions s ON s.id = a.session_id"
                                " WHERE s.status = 'cancelled'"),
              0);
    EXPECT_EQ(db().queryInteger("SELECT count(*) FROM attendance"), 2);
}

} // namespace
