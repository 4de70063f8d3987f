// Every letter printed or saved is on record once: a letters_sent row and the contact it stands for,
// with the due actions it answers linked or resolved, all in one transaction.
#include "letters/LetterLog.h"

#include "core/actions/ActionFixtures.h"

#include <QTimeZone>
#include <QUuid>

namespace tutordesk::test {
namespace {

class LetterLogTest : public ActionsTest {
protected:
    void SetUp() override
    {
        ActionsTest::SetUp();
        ana = addPupil(QStringLiteral("Ana"), QStringLiteral("L\u00f3pez"));
        rosa = addGuardian(ana, Guardian().language(QStringLiteral("es")).primary(true));
        ben = addPupil(QStringLiteral("Ben"), QStringLiteral("Kim"));
    }

    MergedLetter letter(std::int64_t student, const QString& kind, std::optional<std::int64_t> guardian = {},
                        std::optional<std::int64_t> action = {})
    {
        MergedLetter l;
        l.request.studentId = student;
        l.request.kind = kind;
        l.request.actionId = action;
        l.request.date = today;
        l.guardianId = guardian;
        l.studentName = QStringLiteral("Ana L\u00f3pez");
        l.language = QStringLiteral("es");
        l.wantedLanguage = QStringLiteral("es");
        l.version = QStringLiteral("3");
        l.reviewed = true;
        l.title = QStringLiteral("Sesi\u00f3n de tutor\u00eda perdida");
        l.html = QStringLiteral("<html lang=\"es\"><body><p>Hola</p></body></html>");
        return l;
    }

    Result<std::vector<std::int64_t>> record(const std::vector<MergedLetter>& letters,
                                             const QString& output = QStringLiteral("pdf"),
                                             Paper paper = Paper::Letter)
    {
        return LetterLog::record(store(), letters, output, paper, QStringLiteral("Ms. Rivera"), at, today);
    }

    std::int64_t count(const char* table)
    {
        return db().queryInteger(std::string("SELECT count(*) FROM ") + table);
    }

    const QDate today = QDate(2027, 3, 2);
    const QDateTime at = QDateTime(QDate(2027, 3, 2), QTime(15, 30), QTimeZone(-8 * 3600));
    std::int64_t ana = 0;
    std::int64_t rosa = 0;
    std::int64_t ben = 0;
};

TEST_F(LetterLogTest, ALetterIsLoggedAsASentLetterContactLinkedToIt)
{
    const auto ids =
        record({letter(ana, QStringLiteral("missed-1"), rosa)}, QStringLiteral("pdf"), Paper::A4);
    ASSERT_TRUE(ids.ok()) << ids.error().message.toStdString();
    ASSERT_EQ(ids->size(), 1u);
    Statement l =
        db().prepare("SELECT sourced_id, student_id, guardian_id, kind, language, template_version,"
                     " translation_reviewed, output, paper, contact_id FROM letters_sent WHERE id = ?");
    l.bindAll(ids->front());
    ASSERT_TRUE(l.step());
    EXPECT_FALSE(QUuid::fromString(l.text(0)).isNull()) << l.text(0).toStdString();
    EXPECT_EQ(l.integer(1), ana);
    EXPECT_EQ(l.integer(2), rosa);
    EXPECT_EQ(l.text(3), QStringLiteral("missed-1"));
    EXPECT_EQ(l.text(4), QStringLiteral("es"));
    EXPECT_EQ(l.text(5), QStringLiteral("3"));
    EXPECT_EQ(l.integer(6), 1);
    EXPECT_EQ(l.text(7), QStringLiteral("pdf"));
    EXPECT_EQ(l.text(8), QStringLiteral("a4"));
    const std::int64_t contact = l.integer(9);

    Statement c =
        db().prepare("SELECT student_id, guardian_id, method, direction, outcome, language, purpose,"
                     " notes, by_whom, contacted_at FROM contacts WHERE id = ?");
    c.bindAll(contact);
    ASSERT_TRUE(c.step());
    EXPECT_EQ(c.integer(0), ana);
    EXPECT_EQ(c.integer(1), rosa);
    EXPECT_EQ(c.text(2), QStringLiteral("letter"));
    EXPECT_EQ(c.text(3), QStringLiteral("outgoing"));
    EXPECT_EQ(c.text(4), QStringLiteral("sent"));
    EXPECT_EQ(c.text(5), QStringLiteral("es"));
    EXPECT_EQ(c.text(6), QStringLiteral("missed_session"));
    EXPECT_EQ(c.text(7), QStringLiteral("Sesi\u00f3n de tutor\u00eda perdida"));
    EXPECT_EQ(c.text(8), QStringLiteral("Ms. Rivera"));
    // 15:30 in UTC−8 is 23:30 UTC, stored like every contact.
    EXPECT_EQ(c.text(9), QStringLiteral("2027-03-02T23:30:00Z"));
    EXPECT_EQ(count("contacts"), 1);
}

TEST_F(LetterLogTest, PurposeFollowsTheKindOfLetter)
{
    const auto ids =
        record({letter(ana, QStringLiteral("enrollment"), rosa), letter(ben, QStringLiteral("progress"))});
    ASSERT_TRUE(ids.ok()) << ids.error().message.toStdString();
    EXPECT_EQ(db().queryText("SELECT c.purpose FROM contacts c JOIN letters_sent l ON l.contact_id = c.id"
                             " WHERE l.id = ?",
                             ids->at(0)),
              QStringLiteral("enrollment"));
    EXPECT_EQ(db().queryText("SELECT c.purpose FROM contacts c JOIN letters_sent l ON l.contact_id = c.id"
                             " WHERE l.id = ?",
                             ids->at(1)),
              QStringLiteral("progress"));
    EXPECT_EQ(
        db().queryInteger("SELECT count(*) FROM contacts WHERE guardian_id IS NULL AND student_id = ?", ben),
        1);
}

TEST_F(LetterLogTest, AMissedSessionLetterResolvesTheStudentsOpenNotices)
{
    const std::int64_t first = addAction(Action().student(ana));
    const std::int64_t second = addAction(Action().student(ana).createdOn(today).dueOn(today));
    const std::int64_t bens = addAction(Action().student(ben));
    const std::int64_t later =
        addAction(Action().student(ana).createdOn(today.addDays(1)).dueOn(today.addDays(1)));

    const auto ids = record({letter(ana, QStringLiteral("missed-1"), rosa)});
    ASSERT_TRUE(ids.ok()) << ids.error().message.toStdString();
    const std::int64_t letterId = ids->front();
    for (const std::int64_t action : {first, second}) {
        EXPECT_EQ(actionStatus(action), QStringLiteral("done"));
        EXPECT_EQ(db().queryInteger("SELECT letter_id FROM protocol_actions WHERE id = ?", action), letterId);
        EXPECT_EQ(db().queryInteger("SELECT contact_id FROM protocol_actions WHERE id = ?", action),
                  db().queryInteger("SELECT contact_id FROM letters_sent WHERE id = ?", letterId));
    }
    EXPECT_EQ(actionStatus(bens), QStringLiteral("open"));
    EXPECT_EQ(actionStatus(later), QStringLiteral("open")); // not yet due when the letter went out
    EXPECT_EQ(db().queryInteger("SELECT action_id FROM letters_sent WHERE id = ?", letterId), first);
}

TEST_F(LetterLogTest, ALetterForAMakeUpIsLinkedAndTheMakeUpStaysOpen)
{
    const std::int64_t makeup = addAction(Action().rule("schedule_makeup").student(ana));
    const std::int64_t notice = addAction(Action().student(ana));
    const auto ids = record({letter(ana, QStringLiteral("missed-2"), rosa, makeup)});
    ASSERT_TRUE(ids.ok()) << ids.error().message.toStdString();
    EXPECT_EQ(actionStatus(makeup), QStringLiteral("open"));
    EXPECT_EQ(db().queryInteger("SELECT letter_id FROM protocol_actions WHERE id = ?", makeup), ids->front());
    EXPECT_EQ(db().queryInteger("SELECT action_id FROM letters_sent WHERE id = ?", ids->front()), makeup);
    EXPECT_EQ(actionStatus(notice), QStringLiteral("done"));
}

TEST_F(LetterLogTest, AnEnrollmentLetterLeavesMissedSessionNoticesOpen)
{
    const std::int64_t notice = addAction(Action().student(ana));
    ASSERT_TRUE(record({letter(ana, QStringLiteral("enrollment"), rosa)}).ok());
    EXPECT_EQ(actionStatus(notice), QStringLiteral("open"));
}

TEST_F(LetterLogTest, OneRefusedLetterLogsNone)
{
    const std::int64_t notice = addAction(Action().student(ana));
    const auto ids =
        record({letter(ana, QStringLiteral("missed-1"), rosa), letter(9999, QStringLiteral("missed-1"))});
    ASSERT_FALSE(ids.ok());
    EXPECT_TRUE(ids.error().message.contains(QStringLiteral("No letter was logged")))
        << ids.error().message.toStdString();
    EXPECT_EQ(count("letters_sent"), 0);
    EXPECT_EQ(count("contacts"), 0);
    EXPECT_EQ(actionStatus(notice), QStringLiteral("open"));
}

TEST_F(LetterLogTest, AGuardianOfAnotherStudentIsRefused)
{
    const auto ids = record({letter(ben, QStringLiteral("missed-1"), rosa)});
    ASSERT_FALSE(ids.ok());
    EXPECT_EQ(count("letters_sent"), 0);
}

TEST_F(LetterLogTest, AnActionOfAnotherStudentIsRefused)
{
    const std::int64_t bens = addAction(Action().rule("schedule_makeup").student(ben));
    const auto ids = record({letter(ana, QStringLiteral("missed-2"), rosa, bens)});
    ASSERT_FALSE(ids.ok());
    EXPECT_EQ(count("letters_sent"), 0);
    EXPECT_EQ(db().queryInteger("SELECT count(*) FROM protocol_actions WHERE letter_id IS NOT NULL"), 0);
}

TEST_F(LetterLogTest, OutputMustBePrintOrPdf)
{
    EXPECT_FALSE(record({letter(ana, QStringLiteral("missed-1"), rosa)}, QStringLiteral("fax")).ok());
    EXPECT_EQ(count("letters_sent"), 0);
}

TEST_F(LetterLogTest, ForStudentListsLettersNewestFirst)
{
    ASSERT_TRUE(LetterLog::record(store(), {letter(ana, QStringLiteral("missed-1"), rosa)},
                                  QStringLiteral("print"), Paper::Letter, QString(), at.addDays(-7),
                                  today.addDays(-7))
                    .ok());
    ASSERT_TRUE(record({letter(ana, QStringLiteral("missed-2"), rosa)}).ok());
    ASSERT_TRUE(record({letter(ben, QStringLiteral("missed-1"))}).ok());
    const std::vector<SentLetter> letters = LetterLog::forStudent(store(), ana);
    ASSERT_EQ(letters.size(), 2u);
    EXPECT_EQ(letters[0].kind, QStringLiteral("missed-2"));
    EXPECT_EQ(letters[0].output, QStringLiteral("pdf"));
    EXPECT_EQ(letters[0].at, at);
    EXPECT_EQ(letters[0].guardianId, rosa);
    EXPECT_EQ(letters[0].guardianName, QStringLiteral("Rosa L\u00f3pez"));
    EXPECT_EQ(letters[0].studentName, QStringLiteral("Ana L\u00f3pez"));
    EXPECT_TRUE(letters[0].translationReviewed);
    EXPECT_TRUE(letters[0].contactId.has_value());
    EXPECT_EQ(letters[1].kind, QStringLiteral("missed-1"));
    EXPECT_EQ(letters[1].output, QStringLiteral("print"));
}

} // namespace
} // namespace tutordesk::test
