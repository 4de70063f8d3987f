#include "core/families/ContactFixtures.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace tutordesk::test {
namespace {

class ContactEditsTest : public ContactTest {
protected:
    QJsonObject auditJson(std::int64_t contact, const char* action, const char* column)
    {
        const QString sourced = db().queryText("SELECT sourced_id FROM contacts WHERE id = ?", contact);
        const QString text =
            db().queryText(QByteArray("SELECT ")
                               .append(column)
                               .append(" FROM audit_log WHERE entity = 'contact' AND entity_id = ?"
                                       " AND action = ? ORDER BY id DESC LIMIT 1")
                               .toStdString(),
                           sourced, action);
        return QJsonDocument::fromJson(text.toUtf8()).object();
    }
    int auditRows(const QString& sourced, const char* action)
    {
        return static_cast<int>(db().queryInteger(
            "SELECT count(*) FROM audit_log WHERE entity = 'contact' AND entity_id = ? AND action = ?",
            sourced, action));
    }
};

TEST_F(ContactEditsTest, FindReadsEveryField)
{
    ContactEntry e;
    e.studentId = m_jose;
    e.guardianId = m_carmen;
    e.at = QDateTime(weekday(2), QTime(16, 45));
    e.method = QStringLiteral("text");
    e.direction = QStringLiteral("incoming");
    e.language = QStringLiteral("es");
    e.interpreterUsed = true;
    e.purpose = QStringLiteral("progress");
    e.outcome = QStringLiteral("reached");
    e.notes = QStringLiteral("Asked about the reading probe");
    e.followUpOn = weekday(5);
    e.byWhom = QStringLiteral("Ms. Park");
    const auto id = ContactLog::add(store(), e);
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();

    const auto found = ContactLog::find(store(), id.value());
    ASSERT_TRUE(found);
    EXPECT_EQ(found->studentId, m_jose);
    EXPECT_EQ(found->guardianId, m_carmen);
    EXPECT_EQ(found->guardianName, QStringLiteral("Carmen \u00c1lvarez"));
    EXPECT_EQ(found->at, e.at);
    EXPECT_EQ(found->method, e.method);
    EXPECT_EQ(found->direction, e.direction);
    EXPECT_TRUE(found->interpreterUsed);
    EXPECT_EQ(found->purpose, e.purpose);
    EXPECT_EQ(found->notes, e.notes);
    EXPECT_EQ(found->followUpOn, weekday(5));
    EXPECT_EQ(found->byWhom, e.byWhom);
    EXPECT_FALSE(ContactLog::find(store(), 424242));
}

TEST_F(ContactEditsTest, AnEditIsAuditedWithOldAndNewValuesAndTheReason)
{
    const auto id = logCall(m_jose, QDateTime(weekday(1), QTime(15, 5)), "no_answer");
    auto entry = ContactLog::find(store(), id);
    ASSERT_TRUE(entry);
    entry->outcome = QStringLiteral("left_message");
    entry->notes = QStringLiteral("Left a message with the aunt");
    entry->followUpOn = weekday(3);
    entry->guardianId = m_carmen;
    const auto saved = ContactLog::update(store(), *entry, QStringLiteral("Wrong outcome picked"));
    ASSERT_TRUE(saved.ok()) << saved.error().message.toStdString();

    const auto now = ContactLog::find(store(), id);
    EXPECT_EQ(now->outcome, QStringLiteral("left_message"));
    EXPECT_EQ(now->notes, QStringLiteral("Left a message with the aunt"));
    EXPECT_EQ(now->followUpOn, weekday(3));
    EXPECT_EQ(now->guardianName, QStringLiteral("Carmen \u00c1lvarez"));
    EXPECT_EQ(now->at, QDateTime(weekday(1), QTime(15, 5))) << "the time was not touched";

    const QJsonObject before = auditJson(id, "update", "old_value");
    const QJsonObject after = auditJson(id, "update", "new_value");
    EXPECT_EQ(before.value(QStringLiteral("outcome")).toString(), QStringLiteral("no_answer"));
    EXPECT_EQ(after.value(QStringLiteral("outcome")).toString(), QStringLiteral("left_message"));
    EXPECT_TRUE(before.value(QStringLiteral("followUp")).isNull());
    EXPECT_EQ(after.value(QStringLiteral("followUp")).toString(), QStringLiteral("2027-03-03"));
    const QString sourced = db().queryText("SELECT sourced_id FROM contacts WHERE id = ?", id);
    EXPECT_EQ(db().queryText("SELECT reason FROM audit_log WHERE entity = 'contact' AND entity_id = ?"
                             " AND action = 'update'",
                             sourced),
              QStringLiteral("Wrong outcome picked"));
    EXPECT_TRUE(db().queryText("SELECT coalesce(reason, '') FROM audit_context WHERE id = 1").isEmpty())
        << "the reason does not leak into the next change";
}

TEST_F(ContactEditsTest, AnEditNeedsAReasonAndValidCodes)
{
    const auto id = logCall(m_mai, QDateTime(weekday(1), QTime(9, 0)));
    auto entry = ContactLog::find(store(), id);
    entry->outcome = QStringLiteral("declined");
    const auto noReason = ContactLog::update(store(), *entry, QStringLiteral("   "));
    ASSERT_FALSE(noReason.ok());
    EXPECT_TRUE(noReason.error().message.contains(QStringLiteral("why")))
        << noReason.error().message.toStdString();
    EXPECT_EQ(ContactLog::find(store(), id)->outcome, QStringLiteral("reached"));

    entry->outcome = QStringLiteral("maybe");
    EXPECT_FALSE(ContactLog::update(store(), *entry, QStringLiteral("typo")).ok());
    entry->outcome = QStringLiteral("reached");
    entry->guardianId = m_carmen; // José's mother, not Mai's
    const auto otherFamily = ContactLog::update(store(), *entry, QStringLiteral("typo"));
    ASSERT_FALSE(otherFamily.ok());
    EXPECT_TRUE(otherFamily.error().message.contains(QStringLiteral("guardian")));
    entry->guardianId.reset();
    entry->id = 999999;
    EXPECT_FALSE(ContactLog::update(store(), *entry, QStringLiteral("typo")).ok());
    const QString sourced = db().queryText("SELECT sourced_id FROM contacts WHERE id = ?", id);
    EXPECT_EQ(auditRows(sourced, "update"), 0);
}

TEST_F(ContactEditsTest, AnUnchangedLegacyTimeKeepsItsStoredText)
{
    const auto legacy = addLegacyContact(m_luis, QStringLiteral("2027-03-01T15:30"));
    auto entry = ContactLog::find(store(), legacy);
    ASSERT_TRUE(entry);
    EXPECT_EQ(entry->at, QDateTime(weekday(1), QTime(15, 30)));
    entry->notes = QStringLiteral("Spoke with grandmother");
    ASSERT_TRUE(ContactLog::update(store(), *entry, QStringLiteral("Note added later")).ok());
    EXPECT_EQ(db().queryText("SELECT contacted_at FROM contacts WHERE id = ?", legacy),
              QStringLiteral("2027-03-01T15:30"));

    entry->at = QDateTime(weekday(1), QTime(16, 0));
    ASSERT_TRUE(ContactLog::update(store(), *entry, QStringLiteral("Called at four")).ok());
    EXPECT_EQ(ContactLog::find(store(), legacy)->at, QDateTime(weekday(1), QTime(16, 0)));
    EXPECT_TRUE(
        db().queryText("SELECT contacted_at FROM contacts WHERE id = ?", legacy).endsWith(QLatin1Char('Z')));
}

TEST_F(ContactEditsTest, RemovingLeavesATombstoneAndAnAuditRowWithTheReason)
{
    const auto id = logCall(m_jose, QDateTime(weekday(1), QTime(10, 0)));
    const QString sourced = db().queryText("SELECT sourced_id FROM contacts WHERE id = ?", id);
    const auto noReason = ContactLog::remove(store(), id, QString());
    ASSERT_FALSE(noReason.ok());
    EXPECT_TRUE(ContactLog::find(store(), id));

    const auto removed = ContactLog::remove(store(), id, QStringLiteral("Logged for the wrong student"));
    ASSERT_TRUE(removed.ok()) << removed.error().message.toStdString();
    EXPECT_FALSE(ContactLog::find(store(), id));
    EXPECT_EQ(
        db().queryInteger("SELECT count(*) FROM tombstones WHERE table_name = 'contacts' AND sourced_id = ?",
                          sourced),
        1);
    EXPECT_EQ(db().queryText("SELECT reason FROM audit_log WHERE entity = 'contact' AND entity_id = ?"
                             " AND action = 'delete'",
                             sourced),
              QStringLiteral("Logged for the wrong student"));
    EXPECT_FALSE(ContactLog::remove(store(), id, QStringLiteral("again")).ok());
}

TEST_F(ContactEditsTest, ALettersContactCannotBeRemoved)
{
    const auto id = logCall(m_jose, QDateTime(weekday(1), QTime(10, 0)), "sent", "letter");
    db().run("INSERT INTO letters_sent (sourced_id, student_id, kind, language, output, contact_id)"
             " VALUES ('L-1', ?, 'missed-1', 'es', 'pdf', ?)",
             m_jose, id);
    const auto refused = ContactLog::remove(store(), id, QStringLiteral("Not needed"));
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("letter")))
        << refused.error().message.toStdString();
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("Edit")))
        << refused.error().message.toStdString();
    EXPECT_TRUE(ContactLog::find(store(), id));
}

TEST_F(ContactEditsTest, AContactThatResolvedAnActionIsRemovedOnlyAfterTheActionIsReopened)
{
    const auto action = addAction(Action().student(m_luis).dueOn(weekday(1)));
    ContactEntry e;
    e.studentId = m_luis;
    e.at = QDateTime(weekday(1), QTime(15, 0));
    const auto id = ContactLog::add(store(), e, action, weekday(1));
    ASSERT_TRUE(id.ok());
    const auto refused = ContactLog::remove(store(), id.value(), QStringLiteral("Duplicate"));
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("Reopen")))
        << refused.error().message.toStdString();
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("Luis Ortiz")))
        << refused.error().message.toStdString();

    ASSERT_TRUE(ProtocolActions::reopen(store(), action).ok());
    const auto removed = ContactLog::remove(store(), id.value(), QStringLiteral("Duplicate"));
    ASSERT_TRUE(removed.ok()) << removed.error().message.toStdString();
    EXPECT_EQ(actionStatus(action), QStringLiteral("open"));
    EXPECT_TRUE(db().queryText("SELECT coalesce(contact_id, '') FROM protocol_actions WHERE id = ?", action)
                    .isEmpty());
}

TEST_F(ContactEditsTest, PurposesHaveTitles)
{
    ASSERT_EQ(ContactLog::purposeCodes().size(), 4);
    for (const QString& code : ContactLog::purposeCodes())
        EXPECT_NE(ContactLog::purposeTitle(code), code);
    EXPECT_EQ(ContactLog::purposeTitle(QStringLiteral("missed_session")), QStringLiteral("Missed session"));
}

} // namespace
} // namespace tutordesk::test
