#include "schedule/SessionCover.h"

#include "core/CoverFixtures.h"
#include "schedule/TutorAbsences.h"
#include "store/StoreError.h"

#include <algorithm>

using namespace tutordesk;

namespace {

QStringList names(const std::vector<SubstituteOption>& options)
{
    QStringList list;
    for (const SubstituteOption& o : options)
        list << o.name;
    return list;
}

// Ana Kim's reading group meets in Room 12 on Monday 1 March at 10:00; a staff room full of
// possible substitutes, each ruled out for one reason or ranked for another.
class SessionCoverTest : public test::KimGroupTest {
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(KimGroupTest::SetUp());
        m_session = addSession(m_group, weekday(1), QStringLiteral("10:00"), m_kim);
        for (const char* language : {"es", "es-MX", "ko", "en"}) {
            const std::int64_t student =
                addPupil(QStringLiteral("Kid"), QString::fromLatin1(language), QString::fromLatin1(language));
            seat(student, m_group);
            m_students.push_back(student);
        }
    }

    std::int64_t staff(const QString& first, const QString& last, const QString& status,
                       std::initializer_list<const char*> subjects = {"reading"},
                       std::initializer_list<const char*> languages = {},
                       const QDate& clearedUntil = QDate(2027, 12, 31),
                       const QString& from = QStringLiteral("07:30"))
    {
        Staff s;
        s.first = first;
        s.last = last;
        s.status = status;
        s.clearedUntil = clearedUntil;
        s.availableFrom = from;
        return addStaff(s, subjects, languages);
    }

    std::int64_t otherGroup(const QString& name, std::optional<std::int64_t> tutorId, const QString& room)
    {
        GroupSpec spec;
        spec.name = name;
        spec.tutorId = tutorId;
        spec.location = room;
        return addGroup(spec);
    }

    std::int64_t m_session = 0;
    std::vector<std::int64_t> m_students;
};

TEST_F(SessionCoverTest, SubstitutesComeFromThePoolFirstThenLanguageThenTheLeastBusy)
{
    const QString sub = QStringLiteral("substitute");
    const QString active = QStringLiteral("active");
    staff(QStringLiteral("Paz"), QStringLiteral("Pool"), sub);
    staff(QStringLiteral("Pia"), QStringLiteral("Pool"), sub, {"reading"}, {"es"});
    const std::int64_t busy = staff(QStringLiteral("Bea"), QStringLiteral("Busy"), sub);
    addSession(otherGroup(QStringLiteral("Math B"), busy, QStringLiteral("Room 14")), weekday(1),
               QStringLiteral("10:15"), busy);
    staff(QStringLiteral("Eli"), QStringLiteral("Expired"), sub, {"reading"}, {}, QDate(2027, 2, 1));
    staff(QStringLiteral("Mo"), QStringLiteral("Math"), sub, {"math"});
    const std::int64_t out = staff(QStringLiteral("Oda"), QStringLiteral("Out"), sub);
    ASSERT_TRUE(TutorAbsences::markOut(store(), out, weekday(1), weekday(1), QString()).ok());
    staff(QStringLiteral("Una"), QStringLiteral("Late"), sub, {"reading"}, {}, QDate(2027, 12, 31),
          QStringLiteral("13:00"));
    staff(QStringLiteral("Ina"), QStringLiteral("Inactive"), QStringLiteral("inactive"));
    staff(QStringLiteral("Sol"), QStringLiteral("Speaks"), active, {"reading"}, {"es"});
    staff(QStringLiteral("Ray"), QStringLiteral("Regular"), active);
    const std::int64_t tia = staff(QStringLiteral("Tia"), QStringLiteral("Teaches"), active);
    addSession(otherGroup(QStringLiteral("Reading C"), tia, QStringLiteral("Room 15")), weekday(2),
               QStringLiteral("10:00"), tia);

    const auto options = SessionCover::substitutes(store(), m_session, 10);
    EXPECT_EQ(names(options), (QStringList{QStringLiteral("Pia Pool"), QStringLiteral("Paz Pool"),
                                           QStringLiteral("Sol Speaks"), QStringLiteral("Ray Regular"),
                                           QStringLiteral("Tia Teaches")}));
    ASSERT_EQ(options.size(), 5u);
    EXPECT_TRUE(options[0].fromPool);
    EXPECT_TRUE(options[0].speaksLanguage); // Spanish: two of the four students, English left out
    EXPECT_FALSE(options[2].fromPool);
    EXPECT_TRUE(options[2].speaksLanguage);
    EXPECT_EQ(options[3].sessionsThatWeek, 0);
    EXPECT_EQ(options[4].sessionsThatWeek, 1);

    EXPECT_EQ(SessionCover::substitutes(store(), m_session, 2).size(), 2u);
}

TEST_F(SessionCoverTest, AssigningASubstituteChecksEverythingAgain)
{
    const QString sub = QStringLiteral("substitute");
    const std::int64_t busy = staff(QStringLiteral("Bea"), QStringLiteral("Busy"), sub);
    addSession(otherGroup(QStringLiteral("Math B"), busy, QStringLiteral("Room 14")), weekday(1),
               QStringLiteral("09:45"), busy);
    const std::int64_t expired =
        staff(QStringLiteral("Eli"), QStringLiteral("Expired"), sub, {"reading"}, {}, QDate(2027, 2, 1));
    const std::int64_t math = staff(QStringLiteral("Mo"), QStringLiteral("Math"), sub, {"math"});
    const std::int64_t pia = staff(QStringLiteral("Pia"), QStringLiteral("Pool"), sub);

    const QString groupName = session(m_session).groupName;
    for (const auto& [id, name] :
         {std::pair{busy, QStringLiteral("Bea Busy")}, std::pair{expired, QStringLiteral("Eli Expired")},
          std::pair{math, QStringLiteral("Mo Math")}, std::pair{m_kim, QStringLiteral("Ana Kim")}}) {
        const auto refused = SessionCover::assignSubstitute(store(), m_session, id);
        ASSERT_FALSE(refused.ok()) << name.toStdString();
        EXPECT_TRUE(refused.error().message.contains(name)) << refused.error().message.toStdString();
        EXPECT_TRUE(refused.error().message.contains(groupName)) << refused.error().message.toStdString();
    }
    EXPECT_FALSE(session(m_session).substituteId.has_value());

    ASSERT_TRUE(SessionCover::assignSubstitute(store(), m_session, pia).ok());
    EXPECT_EQ(session(m_session).substituteId, pia);
    EXPECT_EQ(session(m_session).teacherName(), QStringLiteral("Pia Pool"));

    // Pia now teaches at 10:00 on Monday: she cannot be in another room at the same time.
    const std::int64_t other =
        addSession(otherGroup(QStringLiteral("Reading D"), busy, QStringLiteral("Room 16")), weekday(1),
                   QStringLiteral("10:00"), busy);
    const auto twice = SessionCover::assignSubstitute(store(), other, pia);
    ASSERT_FALSE(twice.ok());
    EXPECT_TRUE(twice.error().message.contains(QStringLiteral("Pia Pool")));
    EXPECT_TRUE(twice.error().message.contains(QStringLiteral("Reading D")));

    ASSERT_TRUE(SessionCover::clearSubstitute(store(), m_session).ok());
    EXPECT_FALSE(session(m_session).substituteId.has_value());
}

TEST_F(SessionCoverTest, MakeupSlotsAvoidTheStudentsTheRoomTheTutorAndHolidays)
{
    // Ana Kim is available 09:00–17:30 in this test.
    db().run("UPDATE tutor_availability SET starts_at = '09:00' WHERE tutor_id = ?", m_kim);
    test::addCalendarDay(store(), weekday(2), "holiday", test::u("Día del Maestro"));
    const std::int64_t lee = tutor(QStringLiteral("Lee"), QStringLiteral("Chan"));
    // Wednesday 10:00: the first student is in another group then.
    const std::int64_t math = otherGroup(QStringLiteral("Math B"), lee, QStringLiteral("Room 20"));
    seat(m_students[0], math);
    addSession(math, weekday(3), QStringLiteral("10:00"), lee);
    // Thursday 10:00: Room 12 is taken.
    addSession(otherGroup(QStringLiteral("Writing C"), lee, QStringLiteral("Room 12")), weekday(4),
               QStringLiteral("10:00"), lee);
    // Friday 10:00: Ana Kim teaches elsewhere.
    addSession(otherGroup(QStringLiteral("Reading D"), m_kim, QStringLiteral("Room 30")), weekday(5),
               QStringLiteral("10:00"), m_kim);

    const auto slots = SessionCover::makeupSlots(store(), m_session, 4, 4);
    ASSERT_EQ(slots.size(), 4u);
    const QDate nextMonday = monday().addDays(7);
    const std::vector<std::pair<QDate, QTime>> expected{{weekday(3), QTime(9, 0)},
                                                        {weekday(4), QTime(9, 0)},
                                                        {weekday(5), QTime(9, 0)},
                                                        {nextMonday, QTime(10, 0)}};
    for (std::size_t i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(slots[i].day, expected[i].first) << i;
        EXPECT_EQ(slots[i].start, expected[i].second) << i;
        EXPECT_EQ(slots[i].minutes, 30);
    }

    // Asking for more gives second times on the same days, never overlapping what is taken.
    const auto more = SessionCover::makeupSlots(store(), m_session, 4, 6);
    ASSERT_EQ(more.size(), 6u);
    for (std::size_t i = 0; i < more.size(); ++i) {
        EXPECT_NE(more[i].day, weekday(2));
        if (more[i].day != nextMonday) {
            EXPECT_TRUE(more[i].start.addSecs(30 * 60) <= QTime(10, 0) || more[i].start >= QTime(10, 30))
                << more[i].start.toString().toStdString();
        }
        if (i > 0) {
            EXPECT_LE(more[i - 1].day, more[i].day);
        }
    }
}

TEST_F(SessionCoverTest, AMakeupIsCheckedAndKeepsTheGroupTutorAndLength)
{
    test::addCalendarDay(store(), weekday(2), "holiday", test::u("Día del Maestro"));
    const std::int64_t lee = tutor(QStringLiteral("Lee"), QStringLiteral("Chan"));
    const std::int64_t math = otherGroup(QStringLiteral("Math B"), lee, QStringLiteral("Room 20"));
    seat(m_students[0], math);
    addSession(math, weekday(3), QStringLiteral("10:00"), lee);
    ASSERT_TRUE(SessionCover::cancel(store(), m_session, QStringLiteral("tutor_absent"), QString()).ok());

    const auto holiday =
        SessionCover::scheduleMakeup(store(), m_session, MakeupSlot{weekday(2), QTime(10, 0), 30});
    ASSERT_FALSE(holiday.ok());
    EXPECT_TRUE(holiday.error().message.contains(test::u("Día del Maestro")))
        << holiday.error().message.toStdString();
    const auto clash =
        SessionCover::scheduleMakeup(store(), m_session, MakeupSlot{weekday(3), QTime(10, 15), 30});
    EXPECT_FALSE(clash.ok());
    EXPECT_EQ(db().queryInteger("SELECT count(*) FROM sessions WHERE kind = 'makeup'"), 0);

    const auto made =
        SessionCover::scheduleMakeup(store(), m_session, MakeupSlot{weekday(3), QTime(11, 0), 30});
    ASSERT_TRUE(made.ok()) << made.error().message.toStdString();
    const ScheduledSession makeup = session(made.value());
    EXPECT_TRUE(makeup.isMakeup());
    EXPECT_EQ(makeup.status, QStringLiteral("scheduled"));
    EXPECT_EQ(makeup.groupId, m_group);
    EXPECT_EQ(makeup.tutorId, m_kim);
    EXPECT_EQ(makeup.minutes, 30);
    EXPECT_EQ(makeup.start, QTime(11, 0));
    EXPECT_EQ(db().queryInteger("SELECT makeup_for FROM sessions WHERE id = ?", made.value()), m_session);
    EXPECT_EQ(makeup.students.size(), m_students.size());
}

TEST_F(SessionCoverTest, CancellingIsRefusedOnceAttendanceIsTaken)
{
    takeAttendance(m_session, m_students[0]);
    const auto refused = SessionCover::cancel(store(), m_session, QStringLiteral("tutor_absent"), QString());
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(
        refused.error().message.startsWith(QStringLiteral("Attendance was taken for this session on")))
        << refused.error().message.toStdString();
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("clear it first")));
    EXPECT_EQ(status(m_session), QStringLiteral("scheduled"));

    // The schema refuses it too, whoever writes.
    EXPECT_THROW(
        db().run("UPDATE sessions SET status = 'cancelled', cancel_reason = 'other' WHERE id = ?", m_session),
        StoreError);
}

TEST_F(SessionCoverTest, CancelledSessionsNeverTakeAttendance)
{
    ASSERT_TRUE(
        SessionCover::cancel(store(), m_session, QStringLiteral("weather"), QStringLiteral("Flooded yard"))
            .ok());
    EXPECT_EQ(status(m_session), QStringLiteral("cancelled"));
    EXPECT_EQ(session(m_session).cancelReason, QStringLiteral("weather"));
    EXPECT_EQ(db().queryText("SELECT notes FROM sessions WHERE id = ?", m_session),
              QStringLiteral("Flooded yard"));
    EXPECT_THROW(takeAttendance(m_session, m_students[0]), StoreError);
    EXPECT_EQ(db().queryInteger("SELECT count(*) FROM attendance"), 0);
    // Its students are still listed as the ones who would have come; no one is absent.
    EXPECT_EQ(session(m_session).students.size(), m_students.size());
}

TEST_F(SessionCoverTest, CancelAndRestoreRules)
{
    EXPECT_FALSE(SessionCover::cancel(store(), m_session, QStringLiteral("bored"), QString()).ok());
    const std::int64_t pia =
        staff(QStringLiteral("Pia"), QStringLiteral("Pool"), QStringLiteral("substitute"));
    ASSERT_TRUE(SessionCover::assignSubstitute(store(), m_session, pia).ok());
    ASSERT_TRUE(SessionCover::cancel(store(), m_session, QStringLiteral("school_event"), QString()).ok());
    EXPECT_FALSE(session(m_session).substituteId.has_value()); // Pia is free again
    EXPECT_FALSE(SessionCover::assignSubstitute(store(), m_session, pia).ok());

    // Not once it is past.
    EXPECT_FALSE(SessionCover::restore(store(), m_session, weekday(2)).ok());
    ASSERT_TRUE(SessionCover::restore(store(), m_session, weekday(1)).ok());
    EXPECT_EQ(status(m_session), QStringLiteral("scheduled"));
    EXPECT_TRUE(session(m_session).cancelReason.isEmpty());
    EXPECT_FALSE(SessionCover::restore(store(), m_session, weekday(1)).ok()); // not cancelled

    db().run("UPDATE sessions SET status = 'held' WHERE id = ?", m_session);
    const auto held = SessionCover::cancel(store(), m_session, QStringLiteral("other"), QString());
    ASSERT_FALSE(held.ok());
    EXPECT_TRUE(held.error().message.contains(QStringLiteral("held")));
}

TEST_F(SessionCoverTest, RestoringIsRefusedWhenTheSlotWasTaken)
{
    ASSERT_TRUE(SessionCover::cancel(store(), m_session, QStringLiteral("tutor_absent"), QString()).ok());
    const std::int64_t lee = tutor(QStringLiteral("Lee"), QStringLiteral("Chan"));
    addSession(otherGroup(QStringLiteral("Writing C"), lee, QStringLiteral("Room 12")), weekday(1),
               QStringLiteral("10:00"), lee);
    EXPECT_FALSE(SessionCover::restore(store(), m_session, weekday(1)).ok());
    EXPECT_EQ(status(m_session), QStringLiteral("cancelled"));
}

TEST_F(SessionCoverTest, ApplyingChoicesIsAllOrNothing)
{
    test::addCalendarDay(store(), weekday(4), "holiday", QStringLiteral("Staff day"));
    ASSERT_TRUE(TutorAbsences::markOut(store(), m_kim, weekday(1), weekday(3), QStringLiteral("Flu")).ok());
    const std::int64_t tuesday = addSession(m_group, weekday(2), QStringLiteral("10:00"), m_kim);
    const std::int64_t wednesday = addSession(m_group, weekday(3), QStringLiteral("10:00"), m_kim);
    const std::int64_t pia =
        staff(QStringLiteral("Pia"), QStringLiteral("Pool"), QStringLiteral("substitute"));

    CoverChoice cover;
    cover.sessionId = m_session;
    cover.action = CoverChoice::Action::Substitute;
    cover.substituteId = pia;
    CoverChoice cancel;
    cancel.sessionId = tuesday;
    cancel.action = CoverChoice::Action::Cancel;
    CoverChoice makeup;
    makeup.sessionId = wednesday;
    makeup.action = CoverChoice::Action::CancelWithMakeup;
    makeup.makeup = MakeupSlot{weekday(4), QTime(10, 0), 30}; // a holiday: impossible

    const auto refused = SessionCover::apply(store(), {cover, cancel, makeup});
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("Staff day")));
    EXPECT_FALSE(session(m_session).substituteId.has_value());
    EXPECT_EQ(status(tuesday), QStringLiteral("scheduled"));
    EXPECT_EQ(status(wednesday), QStringLiteral("scheduled"));
    EXPECT_EQ(db().queryInteger("SELECT count(*) FROM sessions WHERE kind = 'makeup'"), 0);
    EXPECT_EQ(TutorAbsences::needingCover(store(), monday()).size(), 3u);

    // The same substitute twice at the same time: the second choice sees the first.
    const std::int64_t lee = tutor(QStringLiteral("Lee"), QStringLiteral("Chan"));
    ASSERT_TRUE(TutorAbsences::markOut(store(), lee, weekday(1), weekday(1), QString()).ok());
    CoverChoice clash = cover;
    clash.sessionId = addSession(otherGroup(QStringLiteral("Math B"), lee, QStringLiteral("Room 20")),
                                 weekday(1), QStringLiteral("10:00"), lee);
    EXPECT_FALSE(SessionCover::apply(store(), {cover, clash}).ok());
    EXPECT_FALSE(session(m_session).substituteId.has_value());

    makeup.makeup = MakeupSlot{weekday(5), QTime(10, 0), 30};
    const auto applied = SessionCover::apply(store(), {cover, cancel, makeup});
    ASSERT_TRUE(applied.ok()) << applied.error().message.toStdString();
    EXPECT_EQ(session(m_session).substituteId, pia);
    EXPECT_EQ(session(tuesday).cancelReason, QStringLiteral("tutor_absent"));
    EXPECT_EQ(status(wednesday), QStringLiteral("cancelled"));
    EXPECT_EQ(db().queryInteger(
                  "SELECT count(*) FROM sessions WHERE kind = 'makeup' AND makeup_for = ? AND day = ?",
                  wednesday, weekday(5)),
              1);
    const auto needing = TutorAbsences::needingCover(store(), monday());
    ASSERT_EQ(needing.size(), 1u); // Lee's Math B
    EXPECT_EQ(needing[0].id, clash.sessionId);
}

} // namespace
