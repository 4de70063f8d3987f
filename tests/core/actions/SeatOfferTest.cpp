#include "core/actions/ActionFixtures.h"

namespace tutordesk::test {
namespace {

// A full reading group for grades 3–4 (tier 2): Luis has missed five sessions in a row. Five students
// wait; only two would fit the seat.
class SeatOfferTest : public ActionsTest {
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(ActionsTest::SetUp());
        m_group = newGroup(Group()
                               .name(QStringLiteral("Reading A"))
                               .tutorId(tutor(QStringLiteral("Ana"), QStringLiteral("Kim"))));
        db().run("UPDATE tutoring_groups SET grade_band = ? WHERE id = ?", QString::fromUtf8("3\u20134"),
                 m_group);
        m_luis = addPupil(QStringLiteral("Luis"), QStringLiteral("Ortiz"));
        seat(m_luis, m_group);
        for (const char* name : {"Ada", "Bo", "Cy"})
            seat(addPupil(QString::fromLatin1(name), QStringLiteral("Full")), m_group);
        m_session = addSession(m_group, weekday(5), QStringLiteral("10:00"), std::nullopt);
        m_action = addAction(Action()
                                 .rule("pause_offer_seat")
                                 .student(m_luis)
                                 .enrollment(enrollmentOf(m_luis, m_group))
                                 .session(m_session)
                                 .dueOn(weekday(5))
                                 .absencesInRow(5));
        waiting(QStringLiteral("Wen"), "3", "reading", 2, 50);
        m_top = waiting(QStringLiteral("Xavi"), "4", "reading", 2, 70);
        waiting(QStringLiteral("Yara"), "6", "reading", 2, 90); // another grade band
        waiting(QStringLiteral("Zoe"), "3", "math", 2, 95);     // another subject
        waiting(QStringLiteral("Omar"), "3", "reading", 3, 99); // another tier
    }

    QString waiting(const QString& first, const char* grade, const char* subject, int tier, double score)
    {
        const auto student = addPupil(first, QStringLiteral("Wait"));
        db().run("UPDATE students SET grade = ?, need_score = ? WHERE id = ?", grade, score, student);
        const QString id = QStringLiteral("W-%1").arg(serial());
        db().run("INSERT INTO enrollments (sourced_id, student_id, subject, tier, status, status_since, "
                 "need_score)"
                 " VALUES (?, ?, ?, ?, 'waitlisted', '2026-09-01', ?)",
                 id, student, subject, tier, score);
        return id;
    }

    QString enrollmentStatus(const QString& sourcedId)
    {
        return db().queryText("SELECT status FROM enrollments WHERE sourced_id = ?", sourcedId);
    }

    std::int64_t m_group = 0;
    std::int64_t m_luis = 0;
    std::int64_t m_session = 0;
    std::int64_t m_action = 0;
    QString m_top;
};

TEST_F(SeatOfferTest, OffersTheSeatToTheNeediestMatchingStudent)
{
    const auto offer = ProtocolActions::seatOffer(store(), m_action);
    ASSERT_TRUE(offer);
    EXPECT_EQ(offer->enrollmentSourcedId, m_top);
    EXPECT_EQ(offer->studentName, QStringLiteral("Xavi Wait"));
    EXPECT_EQ(offer->grade, QStringLiteral("4"));
    EXPECT_DOUBLE_EQ(offer->score, 70);
    EXPECT_EQ(offer->groupId, m_group);
}

TEST_F(SeatOfferTest, PausesAndRefillsTheSeatInOneStep)
{
    store().setActor(QStringLiteral("coordinator"));
    const auto paused = ProtocolActions::pauseAndOffer(
        store(), m_action, QStringLiteral("Five absences in a row"), m_top, weekday(5));
    ASSERT_TRUE(paused.ok()) << paused.error().message.toStdString();
    const auto luis = enrollmentOf(m_luis, m_group);
    EXPECT_EQ(db().queryText("SELECT status FROM enrollments WHERE id = ?", luis), QStringLiteral("paused"));
    EXPECT_EQ(db().queryText("SELECT end_day FROM enrollments WHERE id = ?", luis),
              QStringLiteral("2027-03-05"));
    EXPECT_EQ(db().queryText("SELECT exit_reason FROM enrollments WHERE id = ?", luis),
              QStringLiteral("Five absences in a row"));
    EXPECT_EQ(enrollmentStatus(m_top), QStringLiteral("invited"));
    EXPECT_EQ(db().queryInteger("SELECT group_id FROM enrollments WHERE sourced_id = ?", m_top), m_group);
    EXPECT_EQ(db().queryText("SELECT begin_day FROM enrollments WHERE sourced_id = ?", m_top),
              QStringLiteral("2027-03-05"));
    EXPECT_EQ(actionStatus(m_action), QStringLiteral("done"));
    const QString note =
        db().queryText("SELECT resolution_note FROM protocol_actions WHERE id = ?", m_action);
    EXPECT_TRUE(note.contains(QStringLiteral("Xavi Wait"))) << note.toStdString();
    // The audit log says why the seat changed hands.
    EXPECT_EQ(
        db().queryInteger("SELECT count(*) FROM audit_log WHERE entity = 'enrollment' AND action = 'update'"
                          " AND reason = 'Five absences in a row'"),
        1);
    EXPECT_TRUE(db().queryText("SELECT reason FROM audit_context WHERE id = 1").isEmpty());
}

TEST_F(SeatOfferTest, AnOfferNoLongerValidUndoesThePause)
{
    db().run("UPDATE enrollments SET status = 'exited', exit_reason = 'moved' WHERE sourced_id = ?", m_top);
    const auto refused = ProtocolActions::pauseAndOffer(store(), m_action, QString(), m_top, weekday(5));
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("not on the waitlist")))
        << refused.error().message.toStdString();
    EXPECT_EQ(db().queryText("SELECT status FROM enrollments WHERE id = ?", enrollmentOf(m_luis, m_group)),
              QStringLiteral("active"));
    EXPECT_EQ(actionStatus(m_action), QStringLiteral("open"));

    // Without an offer the seat is only freed.
    ASSERT_TRUE(ProtocolActions::pauseAndOffer(store(), m_action, QString(), std::nullopt, weekday(5)).ok());
    EXPECT_EQ(db().queryText("SELECT status FROM enrollments WHERE id = ?", enrollmentOf(m_luis, m_group)),
              QStringLiteral("paused"));
    EXPECT_EQ(db().queryInteger("SELECT count(*) FROM enrollments WHERE group_id = ? AND status = 'active'",
                                m_group),
              3);
}

} // namespace
} // namespace tutordesk::test
