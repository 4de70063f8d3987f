// The Calendar page on the demo school: its holidays in the list and the month view, a holiday added
// through the page taking that day's sessions away (and a school day giving them back), the
// minimum-day length, a calendar file imported through the page, core's refusals, the empty school.
#include "CalendarPage.h"

#include "CalendarDayDialog.h"
#include "CalendarDaysModel.h"
#include "CalendarMonthView.h"
#include "ImportReviewDialog.h"
#include "MessageBar.h"
#include "SessionChangesText.h"
#include "schedule/CalendarEditor.h"
#include "schedule/ScheduleQuery.h"
#include "schedule/SchoolCalendar.h"
#include "ui/UiFixtures.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTextCharFormat>

#include <gtest/gtest.h>

namespace tutordesk::test {
namespace {

class CalendarPageTest : public DemoSchoolPageTest<CalendarPage> {
protected:
    // Sessions still to happen on `day` (cancelled ones aside).
    int sessionsOn(const QDate& day)
    {
        int count = 0;
        for (const ScheduledSession& s : ScheduleQuery::range(*m_store, day, day))
            count += !s.isCancelled();
        return count;
    }

    // A school day after today, not a minimum day, on which groups meet.
    QDate busyDayAhead()
    {
        const SchoolCalendar calendar = SchoolCalendar::load(*m_store);
        for (QDate day = m_page.today().addDays(1); day <= calendar.yearEnd(); day = day.addDays(1)) {
            if (calendar.kindOf(day) == DayKind::Instructional && sessionsOn(day) > 0)
                return day;
        }
        return {};
    }
    QString csvPath() const { return file(QStringLiteral("calendar.csv")); }
};

TEST_F(CalendarPageTest, ShowsTheDemoSchoolsHolidaysInTheListAndTheMonth)
{
    QAbstractItemModelTester tester(m_page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_page.reload();
    const SchoolCalendar calendar = SchoolCalendar::load(*m_store);
    ASSERT_FALSE(calendar.entries().empty());
    ASSERT_EQ(m_page.model()->rowCount(), static_cast<int>(calendar.entries().size()));
    const auto veterans =
        std::find_if(calendar.entries().begin(), calendar.entries().end(),
                     [](const CalendarEntry& e) { return e.label == QStringLiteral("Veterans Day"); });
    ASSERT_NE(veterans, calendar.entries().end());
    const int row = m_page.model()->rowOf(veterans->day);
    ASSERT_GE(row, 0);
    EXPECT_EQ(m_page.model()->index(row, CalendarDaysModel::DateColumn).data().toString(),
              QLocale().toString(veterans->day, QLocale::ShortFormat));
    EXPECT_EQ(m_page.model()->index(row, CalendarDaysModel::KindColumn).data().toString(),
              QStringLiteral("Holiday"));
    EXPECT_EQ(m_page.model()->index(row, CalendarDaysModel::WeekdayColumn).data().toString(),
              QLocale().dayName(veterans->day.dayOfWeek()));

    // The month view colours it; an ordinary school day is left plain.
    EXPECT_EQ(m_page.monthView()->dateTextFormat(veterans->day).background().color(),
              CalendarMonthView::background(DayKind::Holiday));
    EXPECT_EQ(
        m_page.monthView()->dateTextFormat(calendar.schoolDayAfter(veterans->day, 1)).background().style(),
        Qt::NoBrush);

    int daysOff = 0;
    int minimum = 0;
    for (const CalendarEntry& e : calendar.entries()) {
        daysOff += e.kind == DayKind::Holiday || e.kind == DayKind::Break;
        minimum += e.kind == DayKind::MinimumDay;
    }
    EXPECT_TRUE(m_page.summaryLabel()->text().startsWith(
        QStringLiteral("%1 school days, %2 holidays and break days, %3 minimum days")
            .arg(calendar.schoolDayCount())
            .arg(daysOff)
            .arg(minimum)))
        << m_page.summaryLabel()->text().toStdString();
    EXPECT_FALSE(m_page.emptyLabel()->isVisible());

    // Choosing the day in the month selects it in the list and says what it is.
    m_page.monthView()->setSelectedDate(veterans->day);
    ASSERT_EQ(m_page.selectedDays(), std::vector<QDate>{veterans->day});
    EXPECT_TRUE(m_page.dayLabel()->text().contains(QStringLiteral("Veterans Day (Holiday)")))
        << m_page.dayLabel()->text().toStdString();
}

TEST_F(CalendarPageTest, AHolidayAddedThroughThePageTakesThatDaysSessionsAway)
{
    const QDate day = busyDayAhead();
    ASSERT_TRUE(day.isValid());
    const int before = sessionsOn(day);
    ASSERT_GT(before, 0);
    QSignalSpy changed(&m_page, &CalendarPage::scheduleChanged);

    m_page.monthView()->setSelectedDate(day);
    m_page.addButton()->click();
    CalendarDayDialog* dialog = m_page.dayDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->fromEdit()->date(), day) << "the dialog starts on the day chosen in the month";
    dialog->kindCombo()->setCurrentIndex(dialog->kindCombo()->findData(static_cast<int>(DayKind::Holiday)));
    dialog->labelEdit()->setText(QStringLiteral("Día del Maestro")); // keyClicks types ASCII only
    dialog->accept();

    EXPECT_EQ(sessionsOn(day), 0);
    EXPECT_EQ(SchoolCalendar::load(*m_store).kindOf(day), DayKind::Holiday);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(m_page.messageBar()->kind(), MessageBar::Kind::Info);
    EXPECT_EQ(m_page.messageBar()->text(), QStringLiteral("Saved. %1 future session%2 removed.")
                                               .arg(before)
                                               .arg(before == 1 ? QString() : QStringLiteral("s")));
    const int row = m_page.model()->rowOf(day);
    ASSERT_GE(row, 0);
    EXPECT_EQ(m_page.model()->index(row, CalendarDaysModel::LabelColumn).data().toString(),
              QStringLiteral("Día del Maestro"));
    EXPECT_EQ(m_page.selectedDays(), std::vector<QDate>{day});

    // Making it a school day again gives the sessions back.
    m_page.schoolDayButton()->click();
    EXPECT_EQ(sessionsOn(day), before);
    EXPECT_EQ(m_page.model()->rowOf(day), -1);
    EXPECT_TRUE(m_page.messageBar()->text().contains(QStringLiteral("added back")))
        << m_page.messageBar()->text().toStdString();
    EXPECT_EQ(changed.count(), 2);
}

TEST_F(CalendarPageTest, ABreakCoversTheWeekdaysOfItsRange)
{
    const QDate day = busyDayAhead();
    ASSERT_TRUE(day.isValid());
    const QDate monday = day.addDays(1 - day.dayOfWeek());
    m_page.addDayOff();
    CalendarDayDialog* dialog = m_page.dayDialog();
    ASSERT_NE(dialog, nullptr);
    dialog->kindCombo()->setCurrentIndex(dialog->kindCombo()->findData(static_cast<int>(DayKind::Break)));
    dialog->labelEdit()->setText(QStringLiteral("Storm week"));
    dialog->fromEdit()->setDate(monday);
    dialog->toEdit()->setDate(monday.addDays(8)); // into the next week, over a weekend
    const std::vector<CalendarEntry> entries = dialog->entries();
    const SchoolCalendar before = SchoolCalendar::load(*m_store);
    for (const CalendarEntry& e : entries) {
        EXPECT_LT(e.day.dayOfWeek(), Qt::Saturday);
        EXPECT_NE(before.kindOf(e.day), DayKind::Holiday) << "a holiday inside keeps its name";
    }
    dialog->accept();
    const SchoolCalendar after = SchoolCalendar::load(*m_store);
    for (const CalendarEntry& e : entries)
        EXPECT_EQ(after.kindOf(e.day), DayKind::Break);
    EXPECT_FALSE(after.isSchoolDay(day));
}

TEST_F(CalendarPageTest, CoreRefusesAWeekendAndThePageSaysSo)
{
    const SchoolCalendar calendar = SchoolCalendar::load(*m_store);
    QDate saturday = m_page.today();
    while (saturday.dayOfWeek() != Qt::Saturday)
        saturday = saturday.addDays(1);
    ASSERT_LE(saturday, calendar.yearEnd());
    QSignalSpy changed(&m_page, &CalendarPage::scheduleChanged);
    EXPECT_FALSE(m_page.saveDays({{saturday, DayKind::Holiday, QStringLiteral("Oops")}}));
    EXPECT_EQ(m_page.messageBar()->kind(), MessageBar::Kind::Problem);
    EXPECT_FALSE(m_page.messageBar()->text().isEmpty());
    EXPECT_EQ(changed.count(), 0);
    EXPECT_EQ(SchoolCalendar::load(*m_store).entries(), calendar.entries());
}

TEST_F(CalendarPageTest, TheMinimumDaySessionLengthIsSavedFromThePage)
{
    EXPECT_EQ(m_page.minimumMinutesBox()->value(), CalendarEditor::minimumDayMinutes(*m_store));
    EXPECT_FALSE(m_page.minimumMinutesButton()->isEnabled()) << "nothing to apply yet";
    m_page.minimumMinutesBox()->setValue(25);
    ASSERT_TRUE(m_page.minimumMinutesButton()->isEnabled());
    m_page.minimumMinutesButton()->click();
    EXPECT_EQ(CalendarEditor::minimumDayMinutes(*m_store), 25);
    EXPECT_EQ(m_page.messageBar()->kind(), MessageBar::Kind::Info);
    EXPECT_TRUE(m_page.messageBar()->text().startsWith(QStringLiteral("Saved.")))
        << m_page.messageBar()->text().toStdString();
    EXPECT_FALSE(m_page.minimumMinutesButton()->isEnabled());
}

TEST_F(CalendarPageTest, ACalendarFileIsCheckedThenImportedThroughThePage)
{
    const QDate day = busyDayAhead();
    ASSERT_TRUE(day.isValid());
    writeFile(csvPath(), QStringLiteral("Date,Kind,Label\n%1,holiday,Lunar New Year\n")
                             .arg(day.toString(Qt::ISODate))
                             .toUtf8());
    QSignalSpy changed(&m_page, &CalendarPage::scheduleChanged);
    m_page.importCalendarFrom(csvPath());
    ImportReviewDialog* review = m_page.importReview();
    ASSERT_NE(review, nullptr) << m_page.messageBar()->text().toStdString();
    EXPECT_TRUE(review->canImport()) << review->nextStepLabel()->text().toStdString();
    EXPECT_TRUE(review->countsLabel()->text().startsWith(QStringLiteral("1 day in the file: 1 new")))
        << review->countsLabel()->text().toStdString();
    EXPECT_EQ(SchoolCalendar::load(*m_store).kindOf(day), DayKind::Instructional) << "a check writes nothing";

    review->accept();
    EXPECT_EQ(SchoolCalendar::load(*m_store).labelOf(day), QStringLiteral("Lunar New Year"));
    EXPECT_GE(m_page.model()->rowOf(day), 0);
    EXPECT_EQ(sessionsOn(day), 0);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_TRUE(m_page.messageBar()->text().startsWith(QStringLiteral("Imported the calendar")))
        << m_page.messageBar()->text().toStdString();

    // A line outside the school year is a problem with its line number; nothing is imported.
    writeFile(csvPath(), "Date,Kind,Label\n2040-01-02,holiday,Far away\n");
    m_page.importCalendarFrom(csvPath());
    review = m_page.importReview();
    ASSERT_NO_FATAL_FAILURE(expectRefusedAtLine(review, QStringLiteral("Line 2")));
    review->reject();
}

TEST_F(CalendarPageTest, DescribesWhatHappenedToSessions)
{
    EXPECT_EQ(
        SessionChangesText::describe(SessionChanges{0, 14, 3, 0}, SessionChangesText::Changed::Shortened),
        QStringLiteral("Saved. 14 future sessions removed, 3 sessions shortened."));
    EXPECT_EQ(SessionChangesText::describe(SessionChanges{1, 0, 0, 7}, SessionChangesText::Changed::Changed),
              QStringLiteral("Saved. 1 session added back."));
    EXPECT_EQ(SessionChangesText::describe(SessionChanges{}, SessionChangesText::Changed::Changed),
              QStringLiteral("Saved. No sessions were affected."));
}

class CalendarPageEmptyTest : public TempDirTest {};

TEST_F(CalendarPageEmptyTest, ASchoolWithoutDaysOffSaysWhatToDo)
{
    auto store = openStore(dbPath());
    createSchool(*store);
    CalendarPage page;
    page.setStore(store.get());
    page.show();
    EXPECT_TRUE(page.emptyLabel()->isVisible());
    EXPECT_TRUE(page.emptyLabel()->text().startsWith(QStringLiteral("No holidays or breaks yet.")))
        << page.emptyLabel()->text().toStdString();
    EXPECT_TRUE(page.addButton()->isEnabled());
    EXPECT_FALSE(page.schoolDayButton()->isEnabled());
    page.setStore(nullptr);
}

// With TUTORDESK_SCREENSHOT_DIR set, the page is saved as a PNG to look at.
TEST_F(CalendarPageTest, Screenshot)
{
    m_page.resize(1280, 800);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&m_page));
    const SchoolCalendar calendar = SchoolCalendar::load(*m_store);
    const auto veterans =
        std::find_if(calendar.entries().begin(), calendar.entries().end(),
                     [](const CalendarEntry& e) { return e.label == QStringLiteral("Veterans Day"); });
    if (veterans != calendar.entries().end())
        m_page.selectDay(veterans->day);
    saveScreenshot(m_page, "calendar-page.png");
    m_page.addDayOff();
    ASSERT_NE(m_page.dayDialog(), nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(m_page.dayDialog()));
    saveScreenshot(*m_page.dayDialog(), "calendar-day-dialog.png");
    m_page.dayDialog()->reject();
}

} // namespace
} // namespace tutordesk::test
