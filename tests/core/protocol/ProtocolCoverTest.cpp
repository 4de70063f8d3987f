// A tutor out: each session that needs cover asks for a decision, and the decision closes it.
#include "ProtocolFixtures.h"
#include "protocol/ProtocolRules.h"
#include "schedule/SessionCover.h"
#include "schedule/TutorAbsences.h"
#include "store/Transaction.h"

#include <map>

using namespace tutordesk;

namespace {

class ProtocolCoverTest : public test::ProtocolTest {
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(ProtocolTest::SetUp());
        for (int day = 1; day <= 5; ++day)
            m_sessions.push_back(addSession(m_group, weekday(day), QStringLiteral("10:00"), m_kim));
    }
    std::int64_t markKimOut(int from, int to)
    {
        const auto absence =
            TutorAbsences::markOut(store(), m_kim, weekday(from), weekday(to), QStringLiteral("Flu"));
        EXPECT_TRUE(absence.ok());
        return absence.ok() ? absence.value() : 0;
    }
    std::vector<std::int64_t> m_sessions; // Monday … Friday at 10:00
};

TEST_F(ProtocolCoverTest, EachSessionOfAnAbsentTutorAsksForCover)
{
    markKimOut(3, 4);
    const ProtocolRefresh r = refresh(weekday(1));
    EXPECT_EQ(r.created, 2);
    const auto rows = actionsOf("cover_tutor_absence");
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0].sessionId, m_sessions[2]);
    EXPECT_EQ(rows[0].due, weekday(3)); // coverDueDays 0: the session's day
    EXPECT_FALSE(rows[0].studentId.has_value());
    EXPECT_EQ(rows[0].status, QStringLiteral("open"));
    EXPECT_EQ(rows[1].sessionId, m_sessions[3]);
    EXPECT_EQ(refresh(weekday(1)).created, 0);
}

TEST_F(ProtocolCoverTest, CoverIsDueSchoolDaysBeforeTheSessionButNotBeforeToday)
{
    ProtocolThresholds t;
    t.coverDueDays = 2;
    ASSERT_TRUE(ProtocolRules::save(store(), t).ok());
    const std::int64_t nextMonday =
        addSession(m_group, weekday(1).addDays(7), QStringLiteral("10:00"), m_kim);
    ASSERT_TRUE(TutorAbsences::markOut(store(), m_kim, weekday(2), weekday(1).addDays(7), QString()).ok());
    refresh(weekday(2));
    // Two school days before each session, but never before Tuesday, when Kim was marked out.
    const std::map<std::int64_t, QDate> expected = {{m_sessions[1], weekday(2)},
                                                    {m_sessions[2], weekday(2)},
                                                    {m_sessions[3], weekday(2)},
                                                    {m_sessions[4], weekday(3)},
                                                    {nextMonday, weekday(4)}}; // over the weekend
    for (const test::ActionRow& a : actionsOf("cover_tutor_absence"))
        EXPECT_EQ(a.due, expected.at(a.sessionId)) << a.sessionId;
    EXPECT_EQ(actionsOf("cover_tutor_absence").size(), 5u);
}

TEST_F(ProtocolCoverTest, ASubstituteOrACancellationClosesIt)
{
    markKimOut(2, 3);
    refresh(weekday(1));
    ASSERT_EQ(actionsOf("cover_tutor_absence").size(), 2u);

    const std::int64_t luis =
        tutor(QStringLiteral("Luis"), QStringLiteral("Ortega"), QStringLiteral("substitute"));
    const auto assigned = SessionCover::assignSubstitute(store(), m_sessions[1], luis);
    ASSERT_TRUE(assigned.ok()) << assigned.error().message.toStdString();
    ASSERT_TRUE(SessionCover::cancel(store(), m_sessions[2], QStringLiteral("tutor_absent"), QString()).ok());

    const ProtocolRefresh r = refresh(weekday(1));
    EXPECT_EQ(r.closed, 2);
    EXPECT_EQ(r.created, 0);
    const auto rows = actionsOf("cover_tutor_absence");
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0].status, QStringLiteral("done"));
    EXPECT_EQ(rows[0].note, QStringLiteral("Covered by Luis Ortega"));
    EXPECT_EQ(rows[1].status, QStringLiteral("done"));
    EXPECT_EQ(rows[1].note, QStringLiteral("Cancelled"));
    EXPECT_EQ(refresh(weekday(1)).created, 0);
}

TEST_F(ProtocolCoverTest, TakingTheAbsenceBackWithdrawsIt)
{
    const std::int64_t absence = markKimOut(4, 4);
    refresh(weekday(1));
    ASSERT_EQ(actionsOf("cover_tutor_absence").size(), 1u);
    ASSERT_TRUE(TutorAbsences::remove(store(), absence, weekday(1)).ok());
    const ProtocolRefresh r = refresh(weekday(1));
    EXPECT_EQ(r.withdrawn, 1);
    const auto rows = actionsOf("cover_tutor_absence");
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0].status, QStringLiteral("withdrawn"));
    EXPECT_TRUE(rows[0].note.contains(QStringLiteral("Ana Kim"))) << rows[0].note.toStdString();

    // Out again: a new action, the withdrawn one stays on record.
    markKimOut(4, 4);
    EXPECT_EQ(refresh(weekday(1)).created, 1);
    EXPECT_EQ(actionsOf("cover_tutor_absence").size(), 2u);
}

TEST_F(ProtocolCoverTest, RefreshCoverRunsInTheCallersTransaction)
{
    markKimOut(5, 5);
    Transaction tx(db());
    const ProtocolRefresh r = ProtocolEngine::refreshCover(store(), weekday(1));
    tx.commit();
    EXPECT_EQ(r.created, 1);
    EXPECT_EQ(actionsOf("cover_tutor_absence").size(), 1u);
}

} // namespace
