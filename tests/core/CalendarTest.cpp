// The school calendar as the schedule reads it, the calendar editor and the district calendar import.
#include "TestPaths.h"
#include "schedule/CalendarEditor.h"
#include "schedule/CalendarImport.h"
#include "schedule/GroupSchedule.h"
#include "schedule/SchoolCalendar.h"
#include "support/Fixtures.h"
#include "support/ScheduleFixtures.h"
#include "support/TempDir.h"
#include "support/TestText.h"

#include <QLocale>

#include <gtest/gtest.h>

namespace tutordesk::test {
namespace {

QString calendarData(const char* name)
{
    return QStringLiteral(TUTORDESK_TEST_DATA_DIR "/calendar/") + QString::fromLatin1(name);
}

QString longDate(const QDate& day)
{
    return QLocale().toString(day, QLocale::LongFormat);
}

class CalendarTest : public NewSchoolTest {
protected:
    std::int64_t sessionsOn(const QDate& day)
    {
        return store().db().queryInteger("SELECT count(*) FROM sessions WHERE day = ?", day);
    }
    std::int64_t minutesOn(const QDate& day)
    {
        return store().db().queryInteger("SELECT minutes FROM sessions WHERE day = ?", day);
    }
    // An active group meeting Monday and Wednesday at 10:00 for `minutes`, with its sessions generated.
    std::int64_t addMeetingGroup(int minutes)
    {
        const std::int64_t tutor = addTutor(store(), {});
        store().db().run(
            "INSERT INTO tutoring_groups (sourced_id, name, subject, tier, cap, tutor_id, weekdays,"
            " starts_at, minutes, start_day, end_day, status)"
            " VALUES ('G-1', 'Reading A', 'reading', 2, 4, ?, 5, '10:00', ?, '2026-09-01',"
            " '2027-06-01', 'active')",
            tutor, minutes);
        const std::int64_t group = store().db().lastInsertId();
        (void)GroupSchedule::regenerateAll(store(), QDate(2026, 9, 1));
        return group;
    }
};

TEST_F(CalendarTest, KindsOfDaysAndSchoolDaysAroundThanksgiving)
{
    addCalendarDay(store(), QDate(2026, 11, 11), "holiday", QStringLiteral("Veterans Day"));
    addCalendarDay(store(), QDate(2026, 11, 25), "minimum_day", QStringLiteral("Thanksgiving eve"));
    addCalendarDay(store(), QDate(2026, 11, 26), "break", QStringLiteral("Thanksgiving break"));
    addCalendarDay(store(), QDate(2026, 11, 27), "break", QStringLiteral("Thanksgiving break"));
    addCalendarDay(store(), QDate(2026, 11, 30), "non_instructional", QStringLiteral("Pupil-free day"));
    const SchoolCalendar calendar = SchoolCalendar::load(store());

    EXPECT_EQ(calendar.yearStart(), QDate(2026, 8, 10));
    EXPECT_EQ(calendar.yearEnd(), QDate(2027, 6, 4));
    ASSERT_EQ(calendar.entries().size(), 5u);
    EXPECT_EQ(calendar.entries().front().day, QDate(2026, 11, 11));

    EXPECT_EQ(calendar.kindOf(QDate(2026, 11, 10)), DayKind::Instructional);
    EXPECT_EQ(calendar.kindOf(QDate(2026, 11, 11)), DayKind::Holiday);
    EXPECT_EQ(calendar.labelOf(QDate(2026, 11, 11)), QStringLiteral("Veterans Day"));
    EXPECT_EQ(calendar.kindOf(QDate(2026, 11, 25)), DayKind::MinimumDay);
    EXPECT_EQ(calendar.kindOf(QDate(2026, 11, 26)), DayKind::Break);
    EXPECT_EQ(calendar.kindOf(QDate(2026, 11, 28)), DayKind::Weekend);
    EXPECT_EQ(calendar.kindOf(QDate(2026, 11, 30)), DayKind::NonInstructional);
    EXPECT_EQ(calendar.kindOf(QDate(2026, 8, 7)), DayKind::OutsideYear);
    EXPECT_EQ(calendar.kindOf(QDate(2027, 6, 7)), DayKind::OutsideYear);

    EXPECT_TRUE(calendar.isSchoolDay(QDate(2026, 11, 25)));
    EXPECT_TRUE(calendar.isMinimumDay(QDate(2026, 11, 25)));
    EXPECT_FALSE(calendar.isSchoolDay(QDate(2026, 11, 11)));
    EXPECT_FALSE(calendar.isSchoolDay(QDate(2026, 11, 29)));
    EXPECT_FALSE(calendar.isSchoolDay(QDate(2026, 11, 30)));

    const std::vector<QDate> week = calendar.schoolDays(QDate(2026, 11, 23), QDate(2026, 12, 1));
    EXPECT_EQ(week, (std::vector<QDate>{QDate(2026, 11, 23), QDate(2026, 11, 24), QDate(2026, 11, 25),
                                        QDate(2026, 12, 1)}));
    // 215 weekdays in the year, less the four listed days that are not school days.
    EXPECT_EQ(calendar.schoolDayCount(), 211);
}

TEST_F(CalendarTest, SchoolDayAfterSkipsTheWinterBreakAndStopsAtTheYearEnd)
{
    for (QDate day(2026, 12, 21); day <= QDate(2027, 1, 8); day = day.addDays(1)) {
        if (day.dayOfWeek() <= 5)
            addCalendarDay(store(), day, "break", QStringLiteral("Winter recess"));
    }
    const SchoolCalendar calendar = SchoolCalendar::load(store());
    EXPECT_EQ(calendar.schoolDayAfter(QDate(2026, 12, 17), 1), QDate(2026, 12, 18));
    EXPECT_EQ(calendar.schoolDayAfter(QDate(2026, 12, 18), 1), QDate(2027, 1, 11));
    EXPECT_EQ(calendar.schoolDayAfter(QDate(2026, 12, 18), 3), QDate(2027, 1, 13));
    EXPECT_EQ(calendar.schoolDayAfter(QDate(2027, 6, 2), 2), QDate(2027, 6, 4));
    EXPECT_FALSE(calendar.schoolDayAfter(QDate(2027, 6, 2), 3).isValid());
    EXPECT_EQ(calendar.schoolDayAfter(QDate(2026, 8, 1), 1), QDate(2026, 8, 10));
}

TEST_F(CalendarTest, KindCodesRoundTripAndHaveTitles)
{
    for (DayKind kind : {DayKind::Instructional, DayKind::Holiday, DayKind::Break, DayKind::MinimumDay,
                         DayKind::NonInstructional}) {
        EXPECT_EQ(SchoolCalendar::fromCode(SchoolCalendar::code(kind)), kind);
        EXPECT_FALSE(SchoolCalendar::title(kind).isEmpty());
    }
    EXPECT_EQ(SchoolCalendar::code(DayKind::MinimumDay), QStringLiteral("minimum_day"));
    EXPECT_FALSE(SchoolCalendar::fromCode(QStringLiteral("field_trip")));
    EXPECT_TRUE(SchoolCalendar().entries().empty());
    EXPECT_EQ(SchoolCalendar().kindOf(QDate(2026, 9, 1)), DayKind::OutsideYear);
}

TEST_F(CalendarTest, EditorRefusesWeekendsAndDaysOutsideTheYearNamingTheDay)
{
    auto weekend = CalendarEditor::setDays(store(), {{QDate(2026, 10, 17), DayKind::Holiday, QString()}},
                                           QDate(2026, 9, 1));
    ASSERT_FALSE(weekend);
    EXPECT_TRUE(weekend.error().message.contains(longDate(QDate(2026, 10, 17))))
        << weekend.error().message.toStdString();

    auto outside = CalendarEditor::setDays(store(),
                                           {{QDate(2026, 10, 12), DayKind::Holiday, QString()},
                                            {QDate(2027, 7, 5), DayKind::Holiday, QString()}},
                                           QDate(2026, 9, 1));
    ASSERT_FALSE(outside);
    EXPECT_TRUE(outside.error().message.contains(longDate(QDate(2027, 7, 5))))
        << outside.error().message.toStdString();
    EXPECT_EQ(count("SELECT count(*) FROM calendar_days"), 0);
}

TEST_F(CalendarTest, AHolidayTakesItsSessionsAwayAndClearingItBringsThemBack)
{
    addMeetingGroup(30);
    const QDate veterans(2026, 11, 11);
    ASSERT_EQ(sessionsOn(veterans), 1);

    auto holiday = CalendarEditor::setDays(
        store(), {{veterans, DayKind::Holiday, QStringLiteral("Veterans Day")}}, QDate(2026, 10, 1));
    ASSERT_TRUE(holiday) << holiday.error().message.toStdString();
    EXPECT_EQ(holiday->removed, 1);
    EXPECT_EQ(sessionsOn(veterans), 0);
    EXPECT_EQ(SchoolCalendar::load(store()).labelOf(veterans), QStringLiteral("Veterans Day"));

    // Saving the same day again changes nothing.
    auto again = CalendarEditor::setDays(
        store(), {{veterans, DayKind::Holiday, QStringLiteral("Veterans Day")}}, QDate(2026, 10, 1));
    ASSERT_TRUE(again);
    EXPECT_FALSE(again->any());

    auto cleared = CalendarEditor::clearDays(store(), {veterans}, QDate(2026, 10, 1));
    ASSERT_TRUE(cleared) << cleared.error().message.toStdString();
    EXPECT_EQ(cleared->added, 1);
    EXPECT_EQ(sessionsOn(veterans), 1);
    EXPECT_EQ(count("SELECT count(*) FROM calendar_days"), 0);
}

TEST_F(CalendarTest, PastSessionsStayWhenAPastDayBecomesAHoliday)
{
    addMeetingGroup(30);
    const QDate past(2026, 9, 2);
    ASSERT_EQ(sessionsOn(past), 1);
    auto changed =
        CalendarEditor::setDays(store(), {{past, DayKind::Holiday, QString()}}, QDate(2026, 10, 1));
    ASSERT_TRUE(changed) << changed.error().message.toStdString();
    EXPECT_EQ(sessionsOn(past), 1);
    EXPECT_EQ(SchoolCalendar::load(store()).kindOf(past), DayKind::Holiday);
}

TEST_F(CalendarTest, MinimumDaysShortenSessionsToTheSetting)
{
    addMeetingGroup(45);
    const QDate monday(2026, 11, 16);
    EXPECT_EQ(CalendarEditor::minimumDayMinutes(store()), CalendarEditor::defaultMinimumDayMinutes);
    auto minimum =
        CalendarEditor::setDays(store(), {{monday, DayKind::MinimumDay, QString()}}, QDate(2026, 10, 1));
    ASSERT_TRUE(minimum) << minimum.error().message.toStdString();
    EXPECT_EQ(minutesOn(monday), 30);
    EXPECT_EQ(minutesOn(QDate(2026, 11, 18)), 45);

    EXPECT_FALSE(CalendarEditor::setMinimumDayMinutes(store(), 4, QDate(2026, 10, 1)));
    EXPECT_FALSE(CalendarEditor::setMinimumDayMinutes(store(), 241, QDate(2026, 10, 1)));
    auto twenty = CalendarEditor::setMinimumDayMinutes(store(), 20, QDate(2026, 10, 1));
    ASSERT_TRUE(twenty) << twenty.error().message.toStdString();
    EXPECT_EQ(CalendarEditor::minimumDayMinutes(store()), 20);
    EXPECT_EQ(store().db().queryText("SELECT value FROM settings WHERE key = 'calendar.minimumDayMinutes'"),
              QStringLiteral("20"));
    EXPECT_EQ(minutesOn(monday), 20);
}

TEST_F(CalendarTest, ImportReadsTheDistrictCalendarWithRangesAndAccents)
{
    auto imported =
        CalendarImport::importFile(store(), calendarData("district-2026-27.csv"), false, QDate(2026, 8, 1));
    ASSERT_TRUE(imported) << imported.error().message.toStdString();
    const ImportReport& report = imported.value();
    ASSERT_TRUE(report.problems.empty()) << report.problems.front().toText().toStdString();
    EXPECT_TRUE(report.applied);
    EXPECT_EQ(report.read, 9);
    // 6 single days, Thanksgiving's 2 and the winter recess's 15 weekdays (New Year's Day among them).
    EXPECT_EQ(report.added, 22);
    EXPECT_EQ(report.updated, 0);

    const SchoolCalendar calendar = SchoolCalendar::load(store());
    EXPECT_EQ(calendar.entries().size(), 22u);
    EXPECT_EQ(calendar.kindOf(QDate(2026, 11, 11)), DayKind::Holiday);
    EXPECT_EQ(calendar.kindOf(QDate(2026, 11, 25)), DayKind::MinimumDay);
    EXPECT_EQ(calendar.kindOf(QDate(2026, 11, 27)), DayKind::Break);
    EXPECT_EQ(calendar.kindOf(QDate(2026, 12, 28)), DayKind::Break);
    EXPECT_EQ(calendar.labelOf(QDate(2026, 12, 28)), QStringLiteral("Winter recess"));
    // A holiday inside the recess keeps its own line, wherever it is in the file.
    EXPECT_EQ(calendar.kindOf(QDate(2027, 1, 1)), DayKind::Holiday);
    EXPECT_EQ(calendar.labelOf(QDate(2027, 1, 1)), QStringLiteral("New Year's Day"));
    EXPECT_EQ(calendar.kindOf(QDate(2027, 2, 15)), DayKind::NonInstructional);
    // The file is Windows-1252, as Excel saves it.
    EXPECT_EQ(calendar.labelOf(QDate(2027, 3, 31)), u("Día de César Chávez"));
    EXPECT_EQ(count("SELECT count(*) FROM calendar_days WHERE day IN ('2026-12-26', '2026-12-27')"), 0);

    auto again =
        CalendarImport::importFile(store(), calendarData("district-2026-27.csv"), false, QDate(2026, 8, 1));
    ASSERT_TRUE(again);
    EXPECT_TRUE(again->problems.empty());
    EXPECT_EQ(again->added, 0);
    EXPECT_EQ(again->updated, 0);
    EXPECT_EQ(again->unchanged, 22);
}

TEST_F(CalendarTest, ImportTakesDaysBackAndRenamesThem)
{
    ASSERT_TRUE(
        CalendarImport::importFile(store(), calendarData("district-2026-27.csv"), false, QDate(2026, 8, 1)));
    auto back = CalendarImport::importFile(store(), calendarData("take-back.csv"), false, QDate(2026, 8, 1));
    ASSERT_TRUE(back) << back.error().message.toStdString();
    EXPECT_TRUE(back->problems.empty());
    EXPECT_EQ(back->updated, 2);
    const SchoolCalendar calendar = SchoolCalendar::load(store());
    EXPECT_EQ(calendar.kindOf(QDate(2026, 11, 25)), DayKind::Instructional);
    EXPECT_EQ(calendar.labelOf(QDate(2027, 3, 31)), u("César Chávez Day"));
}

TEST_F(CalendarTest, DryRunCountsButWritesNothing)
{
    auto dry =
        CalendarImport::importFile(store(), calendarData("district-2026-27.csv"), true, QDate(2026, 8, 1));
    ASSERT_TRUE(dry);
    EXPECT_FALSE(dry->applied);
    EXPECT_EQ(dry->added, 22);
    EXPECT_EQ(count("SELECT count(*) FROM calendar_days"), 0);
}

TEST_F(CalendarTest, ImportReportsEveryBadLineAndWritesNothing)
{
    const QString path = calendarData("bad-lines.csv");
    auto imported = CalendarImport::importFile(store(), path, false, QDate(2026, 8, 1));
    ASSERT_TRUE(imported) << imported.error().message.toStdString();
    const std::vector<ImportProblem>& problems = imported->problems;
    ASSERT_EQ(problems.size(), 4u);
    EXPECT_FALSE(imported->applied);

    EXPECT_EQ(problems[0].file, path);
    EXPECT_EQ(problems[0].line, 3);
    EXPECT_EQ(problems[0].column, 1);
    EXPECT_EQ(problems[0].field, QStringLiteral("date"));
    EXPECT_TRUE(problems[0].message.contains(QStringLiteral("2026-13-40")))
        << problems[0].message.toStdString();
    EXPECT_TRUE(problems[0].message.contains(QStringLiteral("YYYY-MM-DD")));

    EXPECT_EQ(problems[1].line, 4);
    EXPECT_EQ(problems[1].column, 1);
    EXPECT_TRUE(problems[1].message.contains(QStringLiteral("outside the school year")))
        << problems[1].message.toStdString();

    EXPECT_EQ(problems[2].line, 5);
    EXPECT_EQ(problems[2].column, 2);
    EXPECT_EQ(problems[2].field, QStringLiteral("kind"));
    EXPECT_TRUE(problems[2].message.contains(QStringLiteral("field trip")))
        << problems[2].message.toStdString();
    EXPECT_TRUE(problems[2].message.contains(QStringLiteral("minimum day")));

    EXPECT_EQ(problems[3].line, 6);
    EXPECT_TRUE(problems[3].message.contains(QStringLiteral("weekend"))) << problems[3].message.toStdString();

    EXPECT_EQ(count("SELECT count(*) FROM calendar_days"), 0);
}

TEST_F(CalendarTest, ImportNeedsAKindColumn)
{
    auto imported =
        CalendarImport::importFile(store(), calendarData("no-kind-column.csv"), false, QDate(2026, 8, 1));
    ASSERT_TRUE(imported);
    ASSERT_EQ(imported->problems.size(), 1u);
    EXPECT_EQ(imported->problems[0].line, 1);
    EXPECT_TRUE(imported->problems[0].message.contains(QStringLiteral("Kind")));
    EXPECT_EQ(count("SELECT count(*) FROM calendar_days"), 0);
}

TEST_F(CalendarTest, AnUnreadableFileIsAnErrorNamingIt)
{
    const QString path = file(QStringLiteral("nowhere.csv"));
    auto imported = CalendarImport::importFile(store(), path, false, QDate(2026, 8, 1));
    ASSERT_FALSE(imported);
    EXPECT_TRUE(imported.error().message.contains(QStringLiteral("nowhere.csv")))
        << imported.error().message.toStdString();
}

} // namespace
} // namespace tutordesk::test
