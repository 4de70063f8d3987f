#include "schedule/DayListReport.h"

#include "core/CoverFixtures.h"
#include "schedule/ScheduleText.h"
#include "schedule/SessionCover.h"

#include <QLocale>

using namespace tutordesk;

namespace {

class DayListReportTest : public test::CoverTest {
protected:
    static QString time(int hour) { return ScheduleText::time(QTime(hour, 0)); }
};

TEST_F(DayListReportTest, ListsTheDaysSessionsInTimeOrderWithEscapedNames)
{
    Staff joseNunez;
    joseNunez.first = test::u("José");
    joseNunez.last = test::u("Núñez");
    const std::int64_t jose = addStaff(joseNunez);
    const std::int64_t pia =
        tutor(QStringLiteral("Pia"), QStringLiteral("Pool"), QStringLiteral("substitute"));
    const std::int64_t lee = tutor(QStringLiteral("Lee"), QStringLiteral("Chan"));

    GroupSpec lectura;
    lectura.name = test::u("Lectura <B> · Grades 3–4");
    lectura.tutorId = jose;
    lectura.location = QStringLiteral("Sala 5 & 6");
    const std::int64_t first = addGroup(lectura);
    GroupSpec math;
    math.name = QStringLiteral("Math Zeta");
    math.tutorId = lee;
    math.location = QStringLiteral("Room 9");
    const std::int64_t second = addGroup(math);
    GroupSpec writing = math;
    writing.name = QStringLiteral("Writing Alpha");
    writing.location = QStringLiteral("Room 10");
    const std::int64_t third = addGroup(writing);

    seat(addPupil(test::u("Zoë"), test::u("<Ávila>")), first);
    seat(addPupil(QStringLiteral("Sam"), QStringLiteral("Lee")), second);

    // Written out of order on purpose.
    addSession(second, monday(), QStringLiteral("13:00"), lee);
    const std::int64_t cancelled = addSession(third, monday(), QStringLiteral("11:00"), lee);
    addSession(first, monday(), QStringLiteral("09:00"), jose);
    const std::int64_t covered = addSession(first, monday(), QStringLiteral("10:00"), jose);
    addSession(first, monday().addDays(1), QStringLiteral("08:00"), jose); // another day
    ASSERT_TRUE(SessionCover::assignSubstitute(store(), covered, pia).ok());
    ASSERT_TRUE(SessionCover::cancel(store(), cancelled, QStringLiteral("tutor_absent"), QString()).ok());

    const QString html = DayListReport::html(store(), monday());
    EXPECT_TRUE(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    EXPECT_TRUE(html.contains(QStringLiteral("Test Elementary")));
    EXPECT_TRUE(html.contains(QLocale().toString(monday(), QLocale::LongFormat).toHtmlEscaped()));

    // Time order: 09:00 and 10:00 (the reading group), 11:00 (cancelled), 13:00.
    const qsizetype at9 = html.indexOf(time(9));
    const qsizetype at10 = html.indexOf(time(10));
    const qsizetype at11 = html.indexOf(time(11));
    const qsizetype at13 = html.indexOf(time(13));
    ASSERT_GE(at9, 0);
    EXPECT_LT(at9, at10);
    EXPECT_LT(at10, at11);
    EXPECT_LT(at11, at13);
    EXPECT_LT(html.indexOf(QStringLiteral("Writing Alpha")), html.indexOf(QStringLiteral("Math Zeta")));
    EXPECT_EQ(html.indexOf(time(8)), -1);

    // Names escaped, accents kept.
    EXPECT_TRUE(html.contains(test::u("Lectura &lt;B&gt; · Grades 3–4")));
    EXPECT_FALSE(html.contains(QStringLiteral("<B>")));
    EXPECT_TRUE(html.contains(test::u("Zoë &lt;Ávila&gt;")));
    EXPECT_TRUE(html.contains(QStringLiteral("Sala 5 &amp; 6")));
    EXPECT_TRUE(html.contains(test::u("Substitute: Pia Pool for José Núñez")));
    // The cancelled session is struck through with its reason, and lists nobody to tick.
    EXPECT_TRUE(html.contains(QStringLiteral("<s>")));
    EXPECT_TRUE(html.contains(QStringLiteral("Tutor absent")));
    EXPECT_EQ(html.count(QStringLiteral("class=\"box\"")), 3); // Zoë twice, Sam once
}

TEST_F(DayListReportTest, ADayOffSaysWhy)
{
    test::addCalendarDay(store(), monday(), "holiday", test::u("Día de <Casimir> Pulaski"));
    const QString html = DayListReport::html(store(), monday());
    EXPECT_TRUE(html.contains(test::u("Día de &lt;Casimir&gt; Pulaski"))) << html.toStdString();
    EXPECT_TRUE(html.contains(QStringLiteral("No sessions")));
    EXPECT_FALSE(html.contains(QStringLiteral("<table")));

    const QString ordinary = DayListReport::html(store(), weekday(2));
    EXPECT_TRUE(ordinary.contains(QStringLiteral("No sessions on this day.")));
}

} // namespace
