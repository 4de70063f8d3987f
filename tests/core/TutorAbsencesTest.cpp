#include "schedule/TutorAbsences.h"

#include "core/CoverFixtures.h"
#include "schedule/SessionCover.h"

#include <algorithm>

using namespace tutordesk;

namespace {

class TutorAbsencesTest : public test::KimGroupTest {
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(KimGroupTest::SetUp());
        for (int day = 1; day <= 5; ++day)
            m_sessions.push_back(addSession(m_group, weekday(day), QStringLiteral("10:00"), m_kim));
    }

    std::vector<std::int64_t> m_sessions; // Monday … Friday at 10:00
};

TEST_F(TutorAbsencesTest, MarkedOutTutorsSessionsNeedCover)
{
    const auto absence =
        TutorAbsences::markOut(store(), m_kim, weekday(2), weekday(3), QStringLiteral("Flu"));
    ASSERT_TRUE(absence.ok()) << absence.error().message.toStdString();

    EXPECT_TRUE(TutorAbsences::isOut(store(), m_kim, weekday(2)));
    EXPECT_FALSE(TutorAbsences::isOut(store(), m_kim, weekday(4)));
    const auto affected = TutorAbsences::affectedSessions(store(), absence.value());
    ASSERT_EQ(affected.size(), 2u);
    EXPECT_EQ(affected[0].id, m_sessions[1]);
    EXPECT_EQ(affected[1].id, m_sessions[2]);
    EXPECT_TRUE(affected[0].needsCover);

    const auto needing = TutorAbsences::needingCover(store(), monday());
    ASSERT_EQ(needing.size(), 2u);
    EXPECT_EQ(needing[0].id, m_sessions[1]);
    EXPECT_FALSE(session(m_sessions[0]).needsCover);
    EXPECT_FALSE(session(m_sessions[3]).needsCover);

    // Nothing was cancelled by marking the tutor out.
    EXPECT_EQ(status(m_sessions[1]), QStringLiteral("scheduled"));

    // A substitute covers Tuesday: only Wednesday still needs a decision.
    const std::int64_t sub =
        tutor(QStringLiteral("Luis"), QStringLiteral("Ortega"), QStringLiteral("substitute"));
    ASSERT_TRUE(SessionCover::assignSubstitute(store(), m_sessions[1], sub).ok());
    const auto still = TutorAbsences::needingCover(store(), monday());
    ASSERT_EQ(still.size(), 1u);
    EXPECT_EQ(still[0].id, m_sessions[2]);
    // From Thursday on, nothing needs cover.
    EXPECT_TRUE(TutorAbsences::needingCover(store(), weekday(4)).empty());
}

TEST_F(TutorAbsencesTest, OverlappingAndAdjacentAbsencesMerge)
{
    const auto first = TutorAbsences::markOut(store(), m_kim, weekday(1), weekday(2), QStringLiteral("Flu"));
    ASSERT_TRUE(first.ok());
    const auto adjacent = TutorAbsences::markOut(store(), m_kim, weekday(3), weekday(3), QString());
    ASSERT_TRUE(adjacent.ok());
    const auto overlapping = TutorAbsences::markOut(store(), m_kim, weekday(2), weekday(4), QString());
    ASSERT_TRUE(overlapping.ok());
    EXPECT_EQ(adjacent.value(), first.value());
    EXPECT_EQ(overlapping.value(), first.value());

    const std::int64_t other = tutor(QStringLiteral("Bo"), QStringLiteral("Park"));
    ASSERT_TRUE(TutorAbsences::markOut(store(), other, weekday(1), weekday(1), QString()).ok());

    const auto kims = TutorAbsences::list(store(), monday(), m_kim);
    ASSERT_EQ(kims.size(), 1u);
    EXPECT_EQ(kims[0].from, weekday(1));
    EXPECT_EQ(kims[0].to, weekday(4));
    EXPECT_EQ(kims[0].reason, QStringLiteral("Flu"));
    EXPECT_EQ(kims[0].tutorName, QStringLiteral("Ana Kim"));
    EXPECT_EQ(TutorAbsences::list(store(), monday()).size(), 2u);
    EXPECT_TRUE(TutorAbsences::list(store(), weekday(5)).empty());

    // A gap of a day keeps two absences.
    const auto later =
        TutorAbsences::markOut(store(), m_kim, weekday(5).addDays(3), weekday(5).addDays(3), {});
    ASSERT_TRUE(later.ok());
    EXPECT_NE(later.value(), first.value());
    EXPECT_EQ(TutorAbsences::list(store(), monday(), m_kim).size(), 2u);
}

TEST_F(TutorAbsencesTest, MarkOutRefusesBackwardsDatesAndUnknownTutors)
{
    const auto backwards = TutorAbsences::markOut(store(), m_kim, weekday(3), weekday(1), QString());
    ASSERT_FALSE(backwards.ok());
    EXPECT_TRUE(backwards.error().message.contains(QStringLiteral("before")));
    EXPECT_FALSE(TutorAbsences::markOut(store(), 9999, weekday(1), weekday(1), QString()).ok());
    EXPECT_TRUE(TutorAbsences::list(store(), monday()).empty());
}

TEST_F(TutorAbsencesTest, RemoveRestoresWhatHasNotHappenedYet)
{
    const auto absence =
        TutorAbsences::markOut(store(), m_kim, weekday(1), weekday(4), QStringLiteral("Flu"));
    ASSERT_TRUE(absence.ok());
    // Monday: cancelled, in the past by the time the absence is taken back.
    ASSERT_TRUE(SessionCover::cancel(store(), m_sessions[0], QStringLiteral("tutor_absent"), QString()).ok());
    // Tuesday: covered by a substitute.
    const std::int64_t sub =
        tutor(QStringLiteral("Luis"), QStringLiteral("Ortega"), QStringLiteral("substitute"));
    ASSERT_TRUE(SessionCover::assignSubstitute(store(), m_sessions[1], sub).ok());
    // Wednesday: cancelled because the tutor was out, with a make-up on Friday afternoon.
    ASSERT_TRUE(SessionCover::cancel(store(), m_sessions[2], QStringLiteral("tutor_absent"), QString()).ok());
    const auto makeup =
        SessionCover::scheduleMakeup(store(), m_sessions[2], MakeupSlot{weekday(5), QTime(14, 0), 30});
    ASSERT_TRUE(makeup.ok()) << makeup.error().message.toStdString();
    // Thursday: cancelled for the weather, which the tutor's return does not change.
    ASSERT_TRUE(SessionCover::cancel(store(), m_sessions[3], QStringLiteral("weather"), QString()).ok());

    ASSERT_TRUE(TutorAbsences::remove(store(), absence.value(), weekday(2)).ok());

    EXPECT_EQ(status(m_sessions[0]), QStringLiteral("cancelled"));
    EXPECT_EQ(status(m_sessions[2]), QStringLiteral("scheduled"));
    EXPECT_TRUE(session(m_sessions[2]).cancelReason.isEmpty());
    EXPECT_FALSE(session(m_sessions[1]).substituteId.has_value());
    EXPECT_EQ(status(m_sessions[3]), QStringLiteral("cancelled"));
    EXPECT_EQ(status(makeup.value()), QStringLiteral("scheduled"));
    EXPECT_TRUE(TutorAbsences::list(store(), monday()).empty());
    EXPECT_FALSE(TutorAbsences::isOut(store(), m_kim, weekday(2)));
    EXPECT_EQ(db().queryInteger("SELECT count(*) FROM tombstones WHERE table_name = 'tutor_absences'"), 1);

    EXPECT_FALSE(TutorAbsences::remove(store(), absence.value(), weekday(2)).ok());
}

} // namespace
