// "Print all due missed-session letters": one letter per family, the strongest notice its open due
// actions call for, and none once the letter is on record.
#include "core/actions/ActionFixtures.h"
#include "letters/LetterLog.h"

namespace tutordesk::test {
namespace {

class DueLettersTest : public ActionsTest {
protected:
    std::vector<LetterRequest> due() { return DueLetters::due(store(), today); }

    MergedLetter sent(const LetterRequest& request)
    {
        MergedLetter l;
        l.request = request;
        l.studentName = QStringLiteral("student %1").arg(request.studentId);
        l.language = QStringLiteral("en");
        l.wantedLanguage = QStringLiteral("en");
        l.version = QStringLiteral("1");
        l.title = QStringLiteral("Missed tutoring session");
        return l;
    }

    void record(const std::vector<LetterRequest>& requests)
    {
        std::vector<MergedLetter> letters;
        for (const LetterRequest& request : requests)
            letters.push_back(sent(request));
        const auto ids = LetterLog::record(store(), letters, QStringLiteral("pdf"), Paper::Letter, QString(),
                                           QDateTime(today, QTime(10, 0)), today);
        ASSERT_TRUE(ids.ok()) << ids.error().message.toStdString();
    }

    const QDate today = QDate(2027, 3, 3);
};

TEST_F(DueLettersTest, StrongestNoticePerStudentInNameOrder)
{
    const std::int64_t zoe = addPupil(QStringLiteral("Zoe"), QStringLiteral("Young"));
    const std::int64_t ana = addPupil(QStringLiteral("Ana"), QStringLiteral("Alvarez"));
    const std::int64_t ben = addPupil(QStringLiteral("Ben"), QStringLiteral("Brown"));
    addAction(Action().student(zoe));
    const std::int64_t zoeEscalation = addAction(Action().rule("escalate").student(zoe).absencesInRow(3));
    addAction(Action().rule("schedule_makeup").student(zoe));
    const std::int64_t anaMakeup = addAction(Action().rule("schedule_makeup").student(ana).absencesInRow(2));
    const std::int64_t benNotice = addAction(Action().student(ben));

    const std::vector<LetterRequest> requests = due();
    ASSERT_EQ(requests.size(), 3u);
    EXPECT_EQ(requests[0].studentId, ana);
    EXPECT_EQ(requests[0].kind, QStringLiteral("missed-2"));
    EXPECT_EQ(requests[0].actionId, anaMakeup);
    EXPECT_EQ(requests[1].studentId, ben);
    EXPECT_EQ(requests[1].kind, QStringLiteral("missed-1"));
    EXPECT_EQ(requests[1].actionId, benNotice);
    EXPECT_EQ(requests[2].studentId, zoe);
    EXPECT_EQ(requests[2].kind, QStringLiteral("missed-3"));
    EXPECT_EQ(requests[2].actionId, zoeEscalation);
    for (const LetterRequest& request : requests) {
        EXPECT_EQ(request.date, today);
        EXPECT_FALSE(request.language.has_value()); // the guardian's language decides
        EXPECT_FALSE(request.guardianId.has_value());
    }
}

TEST_F(DueLettersTest, OnlyOpenMissedSessionActionsCreatedByTodayWithoutALetter)
{
    const std::int64_t ana = addPupil(QStringLiteral("Ana"), QStringLiteral("Alvarez"));
    const std::int64_t ben = addPupil(QStringLiteral("Ben"), QStringLiteral("Brown"));
    const std::int64_t cam = addPupil(QStringLiteral("Cam"), QStringLiteral("Chen"));
    const std::int64_t dan = addPupil(QStringLiteral("Dan"), QStringLiteral("Diaz"));
    addAction(Action().student(ana).createdOn(today.addDays(1)).dueOn(today.addDays(1))); // tomorrow
    const std::int64_t done = addAction(Action().student(ben));
    db().run("UPDATE protocol_actions SET status = 'done', resolved_at = '2027-03-01T10:00:00Z' WHERE id = ?",
             done);
    addAction(Action().rule("pause_offer_seat").student(cam).absencesInRow(5)); // a seat, not a letter
    const std::int64_t linked = addAction(Action().rule("schedule_makeup").student(dan));
    record({LetterRequest{dan, QStringLiteral("missed-2"), {}, {}, linked, today}});
    EXPECT_EQ(db().queryInteger("SELECT letter_id IS NOT NULL FROM protocol_actions WHERE id = ?", linked),
              1);

    EXPECT_TRUE(due().empty());
    // A tutor's absence has no family to write to.
    addAction(Action().rule("cover_tutor_absence"));
    EXPECT_TRUE(due().empty());
}

TEST_F(DueLettersTest, NothingIsDueOnceTheLettersAreOnRecord)
{
    const std::int64_t ana = addPupil(QStringLiteral("Ana"), QStringLiteral("Alvarez"));
    const std::int64_t zoe = addPupil(QStringLiteral("Zoe"), QStringLiteral("Young"));
    const std::int64_t anaNotice = addAction(Action().student(ana));
    const std::int64_t zoeNotice = addAction(Action().student(zoe));
    const std::int64_t zoeMakeup = addAction(Action().rule("schedule_makeup").student(zoe));
    const std::int64_t zoeEscalation = addAction(Action().rule("escalate").student(zoe).absencesInRow(3));

    const std::vector<LetterRequest> requests = due();
    ASSERT_EQ(requests.size(), 2u);
    record(requests);

    EXPECT_TRUE(due().empty());
    EXPECT_EQ(actionStatus(anaNotice), QStringLiteral("done"));
    EXPECT_EQ(actionStatus(zoeNotice), QStringLiteral("done"));
    // The make-up and the escalation need more than a letter: open, and the family has had notice 3.
    EXPECT_EQ(actionStatus(zoeMakeup), QStringLiteral("open"));
    EXPECT_EQ(actionStatus(zoeEscalation), QStringLiteral("open"));
    EXPECT_EQ(db().queryInteger("SELECT count(*) FROM letters_sent WHERE student_id = ?", zoe), 1);

    // A new absence after the letter calls for a new notice.
    addAction(Action().student(zoe).createdOn(today.addDays(1)).dueOn(today.addDays(1)));
    const auto tomorrow = DueLetters::due(store(), today.addDays(1));
    ASSERT_EQ(tomorrow.size(), 1u);
    EXPECT_EQ(tomorrow.front().studentId, zoe);
    EXPECT_EQ(tomorrow.front().kind, QStringLiteral("missed-1"));
}

} // namespace
} // namespace tutordesk::test
