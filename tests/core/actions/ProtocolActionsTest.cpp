#include "core/actions/ActionFixtures.h"
#include "families/ContactLog.h"

#include <QDateTime>

namespace tutordesk::test {
namespace {

class DueActionsTest : public ActionsTest {
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(ActionsTest::SetUp());
        m_kim = tutor(QStringLiteral("Ana"), QStringLiteral("Kim"));
        GroupSpec spec;
        spec.tutorId = m_kim;
        m_group = addGroup(spec);
        m_luis = addPupil(QStringLiteral("Luis"), QStringLiteral("Ortiz"), QStringLiteral("es"));
        m_mai = addPupil(QStringLiteral("Mai"), QStringLiteral("Tran"), QStringLiteral("vi"));
        seat(m_luis, m_group);
        seat(m_mai, m_group);
        for (int d = 1; d <= 5; ++d)
            m_sessions[d] = addSession(m_group, weekday(d), QStringLiteral("10:00"), m_kim);
    }

    std::int64_t m_kim = 0;
    std::int64_t m_group = 0;
    std::int64_t m_luis = 0;
    std::int64_t m_mai = 0;
    std::int64_t m_sessions[6] = {};
};

TEST_F(DueActionsTest, OverdueComeFirstCountingSchoolDaysOnly)
{
    addCalendarDay(store(), weekday(2), "holiday", QStringLiteral("Staff day"));
    const QDate thursday = weekday(4);
    const auto notifyThursday = addAction(Action().rule("notify_family").student(m_luis).dueOn(thursday));
    const auto coverThursday =
        addAction(Action().rule("cover_tutor_absence").session(m_sessions[4]).dueOn(thursday));
    const auto dueWednesday = addAction(Action().rule("schedule_makeup").student(m_mai).dueOn(weekday(3)));
    const auto dueMonday = addAction(Action().rule("notify_family").student(m_mai).dueOn(weekday(1)));
    const auto dueFriday = addAction(Action().rule("notify_family").student(m_luis).dueOn(weekday(5)));

    ProtocolActions::Filter filter;
    filter.dueBy = thursday;
    const auto actions = ProtocolActions::list(store(), thursday, filter);
    ASSERT_EQ(actions.size(), 4u);
    EXPECT_EQ(actions[0].id, dueMonday);
    EXPECT_EQ(actions[0].daysOverdue, 2); // Wednesday and Thursday: Tuesday is a holiday
    EXPECT_EQ(actions[1].id, dueWednesday);
    EXPECT_EQ(actions[1].daysOverdue, 1);
    EXPECT_EQ(actions[2].id, coverThursday); // due the same day: the cover comes first
    EXPECT_EQ(actions[2].tutorName, QStringLiteral("Ana Kim"));
    EXPECT_EQ(actions[2].groupId, m_group);
    EXPECT_EQ(actions[3].id, notifyThursday);
    EXPECT_EQ(actions[3].daysOverdue, 0);
    EXPECT_EQ(actions[3].studentName, QStringLiteral("Luis Ortiz"));

    EXPECT_EQ(ProtocolActions::list(store(), thursday).size(), 5u);
    const auto later = ProtocolActions::find(store(), dueFriday, thursday);
    ASSERT_TRUE(later);
    EXPECT_EQ(later->daysOverdue, 0);
    EXPECT_EQ(later->rule, ProtocolRule::NotifyFamily);
}

TEST_F(DueActionsTest, FamilyCardIsThePrimaryGuardianInTheirLanguage)
{
    db().run("UPDATE students SET preferred_name = 'Lucho' WHERE id = ?", m_luis);
    addGuardian(m_luis, Guardian()
                            .first(QStringLiteral("Pedro"))
                            .last(QStringLiteral("Ortiz"))
                            .mobile(QStringLiteral("555-0100")));
    addGuardian(m_luis, Guardian()
                            .first(QStringLiteral("Rosa"))
                            .last(QStringLiteral("Ortiz"))
                            .language(QStringLiteral("es"))
                            .home(QStringLiteral("555-0199"))
                            .primary(true));
    const auto action = addAction(Action().student(m_luis).session(m_sessions[1]));

    const auto found = ProtocolActions::find(store(), action, weekday(1));
    ASSERT_TRUE(found);
    EXPECT_EQ(found->studentName, QStringLiteral("Lucho Ortiz"));
    EXPECT_EQ(found->family.name, QStringLiteral("Rosa Ortiz"));
    EXPECT_EQ(found->family.phone, QStringLiteral("555-0199"));
    EXPECT_EQ(found->family.language, QStringLiteral("es"));
    EXPECT_EQ(found->sessionDay, weekday(1));

    // Without a guardian on file the family's language is the student's home language.
    const FamilyContactCard mai = ProtocolActions::familyOf(store(), m_mai);
    EXPECT_FALSE(mai.guardianId);
    EXPECT_EQ(mai.language, QStringLiteral("vi"));
}

TEST_F(DueActionsTest, ResolveDoneOrNotNeededOnlyOnce)
{
    store().setActor(QStringLiteral("coordinator"));
    const auto notify = addAction(Action().student(m_luis).session(m_sessions[1]));
    const auto other = addAction(Action().student(m_mai).session(m_sessions[1]));

    ActionResolution done;
    done.note = QStringLiteral("Mother will bring him Thursday");
    ASSERT_TRUE(ProtocolActions::resolve(store(), notify, done, weekday(1)).ok());
    EXPECT_EQ(actionStatus(notify), QStringLiteral("done"));
    EXPECT_EQ(db().queryText("SELECT resolved_by FROM protocol_actions WHERE id = ?", notify),
              QStringLiteral("coordinator"));
    const QString at = db().queryText("SELECT resolved_at FROM protocol_actions WHERE id = ?", notify);
    EXPECT_TRUE(QDateTime::fromString(at, Qt::ISODate).isValid()) << at.toStdString();
    EXPECT_TRUE(at.endsWith(QLatin1Char('Z')));

    const auto again = ProtocolActions::resolve(store(), notify, done, weekday(1));
    ASSERT_FALSE(again.ok());
    EXPECT_TRUE(again.error().message.contains(QStringLiteral("already done")))
        << again.error().message.toStdString();

    ActionResolution notNeeded;
    notNeeded.outcome = ActionResolution::Outcome::NotNeeded;
    const auto noNote = ProtocolActions::resolve(store(), other, notNeeded, weekday(1));
    ASSERT_FALSE(noNote.ok());
    EXPECT_EQ(noNote.error().message, QStringLiteral("Say why it is not needed."));
    EXPECT_EQ(actionStatus(other), QStringLiteral("open"));
    notNeeded.note = QStringLiteral("Family called in first");
    ASSERT_TRUE(ProtocolActions::resolve(store(), other, notNeeded, weekday(1)).ok());
    EXPECT_EQ(actionStatus(other), QStringLiteral("not_needed"));

    ASSERT_TRUE(ProtocolActions::reopen(store(), other).ok());
    EXPECT_EQ(actionStatus(other), QStringLiteral("open"));
    EXPECT_FALSE(ProtocolActions::reopen(store(), other).ok());
    // The audit log keeps every change of status.
    EXPECT_EQ(db().queryInteger("SELECT count(*) FROM audit_log WHERE entity = 'protocol_actions'"), 3);
}

TEST_F(DueActionsTest, EscalationNeedsAContactAttemptSinceTheRunBegan)
{
    mark(m_sessions[1], m_luis, "present");
    mark(m_sessions[2], m_luis, "unexcused");
    mark(m_sessions[3], m_luis, "unexcused");
    mark(m_sessions[4], m_luis, "excused");
    const auto escalate = addAction(Action()
                                        .rule("escalate")
                                        .student(m_luis)
                                        .enrollment(enrollmentOf(m_luis, m_group))
                                        .session(m_sessions[4])
                                        .createdOn(weekday(4))
                                        .dueOn(weekday(5))
                                        .absencesInRow(3));
    ContactEntry early;
    early.studentId = m_luis;
    early.at = QDateTime(weekday(1), QTime(15, 0)); // before the run of absences
    early.outcome = QStringLiteral("no_answer");
    ASSERT_TRUE(ContactLog::add(store(), early).ok());

    const auto blocker = ProtocolActions::escalationBlocker(store(), escalate);
    ASSERT_TRUE(blocker);
    EXPECT_EQ(*blocker,
              QStringLiteral("Log a call or letter to the family first: escalation follows at least "
                             "one contact attempt."));
    const auto refused = ProtocolActions::resolve(store(), escalate, ActionResolution{}, weekday(5));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().message, *blocker);
    EXPECT_EQ(actionStatus(escalate), QStringLiteral("open"));

    ContactEntry call = early;
    call.at = QDateTime(weekday(2), QTime(16, 30)); // the day the run began
    call.outcome = QStringLiteral("left_message");
    ASSERT_TRUE(ContactLog::add(store(), call).ok());
    EXPECT_FALSE(ProtocolActions::escalationBlocker(store(), escalate));
    ActionResolution met;
    met.note = QStringLiteral("Meeting with Ms. Park on Monday");
    ASSERT_TRUE(ProtocolActions::resolve(store(), escalate, met, weekday(5)).ok());
    EXPECT_EQ(actionStatus(escalate), QStringLiteral("done"));
}

TEST_F(DueActionsTest, NotNeededEscalationNeedsNoContact)
{
    const auto escalate = addAction(Action().rule("escalate").student(m_luis).session(m_sessions[3]));
    ActionResolution notNeeded;
    notNeeded.outcome = ActionResolution::Outcome::NotNeeded;
    notNeeded.note = QStringLiteral("Family moved away");
    EXPECT_TRUE(ProtocolActions::resolve(store(), escalate, notNeeded, weekday(5)).ok());
}

} // namespace
} // namespace tutordesk::test
