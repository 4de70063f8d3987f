#include "families/ContactLog.h"

#include "core/actions/ActionFixtures.h"

#include <QDateTime>

namespace tutordesk::test {
namespace {

class ContactLogTest : public ActionsTest {
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(ActionsTest::SetUp());
        m_luis = addPupil(QStringLiteral("Luis"), QStringLiteral("Ortiz"), QStringLiteral("es"));
        m_mai = addPupil(QStringLiteral("Mai"), QStringLiteral("Tran"), QStringLiteral("vi"));
        m_rosa = addGuardian(m_luis, Guardian()
                                         .first(QStringLiteral("Rosa"))
                                         .last(QStringLiteral("Ortiz"))
                                         .language(QStringLiteral("es"))
                                         .primary(true));
        m_lan = addGuardian(m_mai, Guardian().first(QStringLiteral("Lan")).last(QStringLiteral("Tran")));
    }

    ContactEntry call(std::int64_t student, const QDateTime& at)
    {
        ContactEntry e;
        e.studentId = student;
        e.at = at;
        return e;
    }

    std::int64_t m_luis = 0;
    std::int64_t m_mai = 0;
    std::int64_t m_rosa = 0;
    std::int64_t m_lan = 0;
};

TEST_F(ContactLogTest, ALoggedCallResolvesItsAction)
{
    const auto action = addAction(Action().student(m_luis).dueOn(weekday(1)));
    ContactEntry e = call(m_luis, QDateTime(weekday(1), QTime(15, 5)));
    e.guardianId = m_rosa;
    e.language = QStringLiteral("es");
    e.notes = QStringLiteral("Reached, will attend Thursday");
    const auto added = ContactLog::add(store(), e, action, weekday(1));
    ASSERT_TRUE(added.ok()) << added.error().message.toStdString();

    EXPECT_EQ(actionStatus(action), QStringLiteral("done"));
    EXPECT_EQ(db().queryInteger("SELECT contact_id FROM protocol_actions WHERE id = ?", action),
              added.value());
    const QString note = db().queryText("SELECT resolution_note FROM protocol_actions WHERE id = ?", action);
    EXPECT_TRUE(note.contains(QStringLiteral("Phone"))) << note.toStdString();
    EXPECT_TRUE(note.contains(QStringLiteral("will attend Thursday"))) << note.toStdString();

    const QString stored = db().queryText("SELECT contacted_at FROM contacts WHERE id = ?", added.value());
    EXPECT_EQ(stored,
              QDateTime(weekday(1), QTime(15, 5)).toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")));
    const auto log = ContactLog::forStudent(store(), m_luis);
    ASSERT_EQ(log.size(), 1u);
    EXPECT_EQ(log[0].guardianName, QStringLiteral("Rosa Ortiz"));
    EXPECT_EQ(log[0].at, QDateTime(weekday(1), QTime(15, 5)));
}

TEST_F(ContactLogTest, RefusesBadCodesAndOtherFamiliesGuardians)
{
    ContactEntry e = call(m_luis, QDateTime(weekday(1), QTime(9, 0)));
    e.method = QStringLiteral("pigeon");
    EXPECT_FALSE(ContactLog::add(store(), e).ok());
    e.method = QStringLiteral("phone");
    e.outcome = QStringLiteral("maybe");
    EXPECT_FALSE(ContactLog::add(store(), e).ok());
    e.outcome = QStringLiteral("reached");
    e.guardianId = m_lan; // Mai's mother
    const auto refused = ContactLog::add(store(), e);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("guardian")))
        << refused.error().message.toStdString();
    e.studentId = 999999;
    e.guardianId.reset();
    EXPECT_FALSE(ContactLog::add(store(), e).ok());
    EXPECT_EQ(db().queryInteger("SELECT count(*) FROM contacts"), 0);
}

TEST_F(ContactLogTest, AContactAboutAnotherStudentLeavesTheActionOpen)
{
    const auto action = addAction(Action().student(m_luis));
    const auto refused = ContactLog::add(store(), call(m_mai, QDateTime(weekday(1), QTime(9, 0))), action);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(actionStatus(action), QStringLiteral("open"));
    EXPECT_EQ(db().queryInteger("SELECT count(*) FROM contacts"), 0); // all or nothing
}

TEST_F(ContactLogTest, NewestFirstAndAttemptsSince)
{
    ContactEntry incoming = call(m_luis, QDateTime(weekday(3), QTime(8, 0)));
    incoming.direction = QStringLiteral("incoming");
    ASSERT_TRUE(ContactLog::add(store(), call(m_luis, QDateTime(weekday(1), QTime(9, 0)))).ok());
    ASSERT_TRUE(ContactLog::add(store(), call(m_luis, QDateTime(weekday(2), QTime(9, 0)))).ok());
    ASSERT_TRUE(ContactLog::add(store(), incoming).ok());
    const auto log = ContactLog::forStudent(store(), m_luis);
    ASSERT_EQ(log.size(), 3u);
    EXPECT_EQ(log[0].direction, QStringLiteral("incoming"));
    EXPECT_EQ(log[2].at.date(), weekday(1));
    EXPECT_EQ(ContactLog::attemptsSince(store(), m_luis, weekday(2)), 1); // outgoing only
    EXPECT_EQ(ContactLog::attemptsSince(store(), m_luis, weekday(1)), 2);
    EXPECT_EQ(ContactLog::attemptsSince(store(), m_mai, weekday(1)), 0);
}

TEST_F(ContactLogTest, FollowUpsDueUntilAnotherContact)
{
    ContactEntry luis = call(m_luis, QDateTime(weekday(1), QTime(9, 0)));
    luis.outcome = QStringLiteral("no_answer");
    luis.followUpOn = weekday(3);
    ContactEntry mai = call(m_mai, QDateTime(weekday(1), QTime(10, 0)));
    mai.outcome = QStringLiteral("left_message");
    mai.followUpOn = weekday(2);
    ContactEntry later = call(m_luis, QDateTime(weekday(1), QTime(11, 0)));
    later.followUpOn = weekday(5);
    ASSERT_TRUE(ContactLog::add(store(), luis).ok());
    ASSERT_TRUE(ContactLog::add(store(), mai).ok());

    const auto wednesday = ContactLog::followUpsDue(store(), weekday(3));
    ASSERT_EQ(wednesday.size(), 2u);
    EXPECT_EQ(wednesday[0].studentName, QStringLiteral("Mai Tran")); // the earlier follow-up day first
    EXPECT_EQ(wednesday[1].studentName, QStringLiteral("Luis Ortiz"));
    EXPECT_EQ(ContactLog::followUpsDue(store(), weekday(1)).size(), 0u);

    // Calling Luis again is the follow-up; its own follow-up is due on Friday.
    ASSERT_TRUE(ContactLog::add(store(), later).ok());
    const auto after = ContactLog::followUpsDue(store(), weekday(3));
    ASSERT_EQ(after.size(), 1u);
    EXPECT_EQ(after[0].studentId, m_mai);
    EXPECT_EQ(ContactLog::followUpsDue(store(), weekday(5)).size(), 2u);
}

TEST_F(ContactLogTest, TitlesForEveryCode)
{
    for (const QString& code : ContactLog::methodCodes())
        EXPECT_NE(ContactLog::methodTitle(code), code);
    for (const QString& code : ContactLog::outcomeCodes())
        EXPECT_NE(ContactLog::outcomeTitle(code), code);
    EXPECT_EQ(ContactLog::outcomeTitle(QStringLiteral("left_message")), QStringLiteral("Left a message"));
}

} // namespace
} // namespace tutordesk::test
