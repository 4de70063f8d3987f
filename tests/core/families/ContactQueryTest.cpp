#include "families/ContactQuery.h"

#include "core/families/ContactFixtures.h"

#include <QList>

namespace tutordesk::test {
namespace {

class ContactQueryTest : public ContactTest {
protected:
    QList<std::int64_t> ids(const ContactFilter& filter, ContactSort sort = ContactSort::NewestFirst,
                            int offset = 0, int limit = 1000)
    {
        QList<std::int64_t> found;
        for (const ContactRow& row : ContactQuery::rows(store(), filter, sort, offset, limit))
            found << row.entry.id;
        return found;
    }

    // A varied log: José by phone in Spanish (reached, then a text with a follow-up), Mai by letter in
    // Vietnamese, Luis a home visit about enrollment.
    void addVariedLog()
    {
        ContactEntry e;
        e.studentId = m_jose;
        e.guardianId = m_carmen;
        e.language = QStringLiteral("es");
        e.at = QDateTime(weekday(1), QTime(9, 0));
        m_joseCall = ContactLog::add(store(), e).value();
        e.method = QStringLiteral("text");
        e.outcome = QStringLiteral("no_answer");
        e.followUpOn = weekday(4);
        e.at = QDateTime(weekday(2), QTime(9, 0));
        m_joseText = ContactLog::add(store(), e).value();

        ContactEntry letter;
        letter.studentId = m_mai;
        letter.method = QStringLiteral("letter");
        letter.outcome = QStringLiteral("sent");
        letter.language = QStringLiteral("vi");
        letter.purpose = QStringLiteral("progress");
        letter.at = QDateTime(weekday(3), QTime(11, 0));
        m_maiLetter = ContactLog::add(store(), letter).value();

        ContactEntry visit;
        visit.studentId = m_luis;
        visit.guardianId = m_rosa;
        visit.method = QStringLiteral("home_visit");
        visit.direction = QStringLiteral("outgoing");
        visit.purpose = QStringLiteral("enrollment");
        visit.outcome = QStringLiteral("declined");
        visit.at = QDateTime(weekday(4), QTime(17, 0));
        m_luisVisit = ContactLog::add(store(), visit).value();
    }

    std::int64_t m_joseCall = 0;
    std::int64_t m_joseText = 0;
    std::int64_t m_maiLetter = 0;
    std::int64_t m_luisVisit = 0;
};

TEST_F(ContactQueryTest, ListsEveryContactNewestFirstWithStudentAndGuardian)
{
    addVariedLog();
    EXPECT_EQ(ContactQuery::count(store(), {}), 4);
    const auto rows = ContactQuery::rows(store(), {}, ContactSort::NewestFirst, 0, 10);
    ASSERT_EQ(rows.size(), 4u);
    EXPECT_EQ(rows[0].entry.id, m_luisVisit);
    EXPECT_EQ(rows[0].studentName, QStringLiteral("Luis Ortiz"));
    EXPECT_EQ(rows[0].districtId, QStringLiteral("900103"));
    EXPECT_EQ(rows[0].entry.guardianName, QStringLiteral("Rosa Ortiz"));
    EXPECT_EQ(rows[3].entry.id, m_joseCall);
    EXPECT_EQ(rows[3].entry.at, QDateTime(weekday(1), QTime(9, 0)));
    EXPECT_FALSE(rows[3].letterId);
}

TEST_F(ContactQueryTest, DateRangeCountsLocalDaysForUtcAndLegacyRows)
{
    const LosAngelesTime losAngeles;
    // 8 pm on Monday in Los Angeles is Tuesday 04:00 UTC; the legacy row is Monday 11:30 pm local.
    const auto lateMonday = logCall(m_jose, QDateTime(weekday(1), QTime(20, 0)));
    ASSERT_TRUE(db().queryText("SELECT contacted_at FROM contacts WHERE id = ?", lateMonday)
                    .startsWith(QLatin1String("2027-03-02T04:00")));
    const auto legacyMonday = addLegacyContact(m_mai, QStringLiteral("2027-03-01T23:30"));
    const auto earlyTuesday = logCall(m_luis, QDateTime(weekday(2), QTime(0, 15)));
    const auto legacyTuesday = addLegacyContact(m_luis, QStringLiteral("2027-03-02T07:00"));
    const auto sunday = logCall(m_luis, QDateTime(weekday(0), QTime(23, 59)));

    ContactFilter monday;
    monday.from = weekday(1);
    monday.to = weekday(1);
    EXPECT_EQ(ids(monday, ContactSort::OldestFirst), (QList<std::int64_t>{lateMonday, legacyMonday}));
    EXPECT_EQ(ContactQuery::count(store(), monday), 2);

    ContactFilter tuesday;
    tuesday.from = weekday(2);
    tuesday.to = weekday(2);
    EXPECT_EQ(ids(tuesday, ContactSort::OldestFirst), (QList<std::int64_t>{earlyTuesday, legacyTuesday}));

    ContactFilter fromMonday;
    fromMonday.from = weekday(1);
    EXPECT_EQ(ContactQuery::count(store(), fromMonday), 4);
    ContactFilter untilMonday;
    untilMonday.to = weekday(1);
    EXPECT_EQ(ids(untilMonday, ContactSort::OldestFirst),
              (QList<std::int64_t>{sunday, lateMonday, legacyMonday}));
    // Old and new rows interleave by when they happened, not by how they are written.
    EXPECT_EQ(ids({}, ContactSort::NewestFirst),
              (QList<std::int64_t>{legacyTuesday, earlyTuesday, legacyMonday, lateMonday, sunday}));
}

TEST_F(ContactQueryTest, FiltersByMethodOutcomePurposeAndLanguage)
{
    addVariedLog();
    ContactFilter f;
    f.method = QStringLiteral("text");
    EXPECT_EQ(ids(f), QList<std::int64_t>{m_joseText});
    f = {};
    f.outcome = QStringLiteral("reached");
    EXPECT_EQ(ids(f), QList<std::int64_t>{m_joseCall});
    f = {};
    f.purpose = QStringLiteral("enrollment");
    EXPECT_EQ(ids(f), QList<std::int64_t>{m_luisVisit});
    f = {};
    f.language = QStringLiteral("vi");
    EXPECT_EQ(ids(f), QList<std::int64_t>{m_maiLetter});
    f = {};
    f.language = QStringLiteral("es");
    f.method = QStringLiteral("phone");
    EXPECT_EQ(ids(f), QList<std::int64_t>{m_joseCall});
    f = {};
    f.studentId = m_jose;
    EXPECT_EQ(ids(f), (QList<std::int64_t>{m_joseText, m_joseCall}));
}

TEST_F(ContactQueryTest, SearchIgnoresAccentsAndCase)
{
    addVariedLog();
    ContactFilter f;
    f.search = QStringLiteral("jose");
    EXPECT_EQ(ids(f), (QList<std::int64_t>{m_joseText, m_joseCall}));
    f.search = QStringLiteral("ALVAREZ jos\u00e9");
    EXPECT_EQ(ContactQuery::count(store(), f), 2);
    f.search = QStringLiteral("900102"); // Mai's district id
    EXPECT_EQ(ids(f), QList<std::int64_t>{m_maiLetter});
    f.search = QStringLiteral("rosa"); // Luis's guardian
    EXPECT_EQ(ids(f), QList<std::int64_t>{m_luisVisit});
    f.search = QStringLiteral("100%");
    EXPECT_EQ(ContactQuery::count(store(), f), 0);
}

TEST_F(ContactQueryTest, FollowUpOnlyShowsContactsThatAskedForOne)
{
    addVariedLog();
    ContactFilter f;
    f.followUpOnly = true;
    EXPECT_EQ(ids(f), QList<std::int64_t>{m_joseText});
}

TEST_F(ContactQueryTest, SortsByDateStudentMethodAndOutcome)
{
    addVariedLog();
    EXPECT_EQ(ids({}, ContactSort::OldestFirst),
              (QList<std::int64_t>{m_joseCall, m_joseText, m_maiLetter, m_luisVisit}));
    // Álvarez sorts before Ortiz and Tran whatever its accent; newest first within a student.
    EXPECT_EQ(ids({}, ContactSort::Student),
              (QList<std::int64_t>{m_joseText, m_joseCall, m_luisVisit, m_maiLetter}));
    EXPECT_EQ(ids({}, ContactSort::Method),
              (QList<std::int64_t>{m_luisVisit, m_maiLetter, m_joseCall, m_joseText}));
    EXPECT_EQ(ids({}, ContactSort::Outcome),
              (QList<std::int64_t>{m_luisVisit, m_joseText, m_joseCall, m_maiLetter}));
}

TEST_F(ContactQueryTest, ReadsTheLogAWindowAtATime)
{
    QList<std::int64_t> all;
    for (int i = 0; i < 25; ++i)
        all.prepend(logCall(i % 2 ? m_mai : m_luis, QDateTime(weekday(1), QTime(8, 0)).addSecs(i * 600)));
    EXPECT_EQ(ids({}), all);
    EXPECT_EQ(ids({}, ContactSort::NewestFirst, 0, 10), all.mid(0, 10));
    EXPECT_EQ(ids({}, ContactSort::NewestFirst, 10, 10), all.mid(10, 10));
    EXPECT_EQ(ids({}, ContactSort::NewestFirst, 20, 10), all.mid(20));
    EXPECT_TRUE(ids({}, ContactSort::NewestFirst, 30, 10).isEmpty());
}

TEST_F(ContactQueryTest, SummaryCountsAttemptsReachedAndFamilies)
{
    addVariedLog();
    logCall(m_jose, QDateTime(weekday(5), QTime(10, 0)));
    ContactEntry incoming;
    incoming.studentId = m_mai;
    incoming.direction = QStringLiteral("incoming");
    incoming.at = QDateTime(weekday(5), QTime(12, 0));
    ASSERT_TRUE(ContactLog::add(store(), incoming).ok());

    const auto all = ContactQuery::summary(store(), {});
    EXPECT_EQ(ContactQuery::count(store(), {}), 6);
    EXPECT_EQ(all.attempts, 5);
    EXPECT_EQ(all.reached, 3);
    EXPECT_EQ(all.studentsReached, 2);

    ContactFilter aboutJose;
    aboutJose.search = QStringLiteral("jose");
    const auto jose = ContactQuery::summary(store(), aboutJose);
    EXPECT_EQ(jose.attempts, 3);
    EXPECT_EQ(jose.reached, 2);
    EXPECT_EQ(jose.studentsReached, 1);
}

} // namespace
} // namespace tutordesk::test
