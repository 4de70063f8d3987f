// The Today page over a small school written as SQL: today's sessions with where their attendance
// stands, the protocol's due actions (overdue first) and resolving them right there: logging a call,
// a make-up, pausing and offering a seat, and the escalation that waits for a family contact.
#include "TodayPage.h"

#include "ActionPanel.h"
#include "AttendanceDialog.h"
#include "AttendanceSheetView.h"
#include "DueActionsModel.h"
#include "DueActionsView.h"
#include "LogContactDialog.h"
#include "MessageBar.h"
#include "PauseOfferDialog.h"
#include "ResolveActionDialog.h"
#include "StudentContactDialog.h"
#include "StudentMakeupDialog.h"
#include "TodaySessionsList.h"
#include "core/actions/ActionFixtures.h"
#include "ui/UiFixtures.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

#include <gtest/gtest.h>

#include <memory>
#include <ostream>

// Failure messages show text (gtest streams them; QString's namespace is the global one).
static std::ostream& operator<<(std::ostream& out, const QString& text)
{
    return out << text.toStdString();
}

namespace tutordesk::test {
namespace {

// Friday 5 March 2027, 2 pm. Reading A (Ms Kim, 10:00) met every school day for two weeks; Luis Ortiz
// missed the five sessions of the first week and came back; Mai Tran missed this morning. Math B
// (13:00) has not had its attendance taken. Xavi waits for a reading seat.
class TodayPageTest : public ActionsTest {
protected:
    static QDate today() { return weekday(5); }

    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(ActionsTest::SetUp());
        const auto kim = tutor(QStringLiteral("Ana"), QStringLiteral("Kim"));
        const auto lee = tutor(QStringLiteral("Ben"), QStringLiteral("Lee"));
        m_reading = newGroup(Group().name(QStringLiteral("Reading A")).tutorId(kim));
        m_math = newGroup(Group()
                              .name(QStringLiteral("Math B"))
                              .subject(QStringLiteral("math"))
                              .tutorId(lee)
                              .location(QStringLiteral("Room 14"))
                              .startsAt(QStringLiteral("13:00")));
        db().run("UPDATE tutoring_groups SET skill_description = 'Fractions on a number line' WHERE id = ?",
                 m_math);
        db().run("UPDATE tutoring_groups SET grade_band = ? WHERE id = ?", QString::fromUtf8("3\u20134"),
                 m_reading);
        m_luis = addPupil(QStringLiteral("Luis"), QStringLiteral("Ortiz"), QStringLiteral("es"));
        m_mai = addPupil(QStringLiteral("Mai"), QStringLiteral("Tran"), QStringLiteral("vi"));
        addGuardian(m_luis, Guardian()
                                .first(QStringLiteral("Rosa"))
                                .last(QStringLiteral("Ortiz"))
                                .language(QStringLiteral("es"))
                                .mobile(QStringLiteral("(213) 555-0142"))
                                .primary(true));
        for (const auto student : {m_luis, m_mai})
            seat(student, m_reading);
        seat(m_mai, m_math);
        for (int week = 0; week < 2; ++week) {
            for (int day = 1; day <= 5; ++day) {
                const QDate date = monday().addDays(7 * (week - 1) + day - 1);
                const auto session = addSession(m_reading, date, QStringLiteral("10:00"), kim);
                mark(session, m_luis, week == 0 ? "unexcused" : "present");
                mark(session, m_mai, week == 1 && day == 5 ? "unexcused" : "present");
                if (week == 1 && day == 5)
                    m_readingToday = session;
            }
        }
        m_mathToday = addSession(m_math, today(), QStringLiteral("13:00"), lee);
        m_xavi = waiting(QStringLiteral("Xavi"));

        m_page = std::make_unique<TodayPage>();
        m_page->setNow(QDateTime(today(), QTime(14, 0)));
        m_page->setToday(today());
        m_page->setStore(&store());
        m_page->resize(1130, 720);
        m_page->show();
    }
    void TearDown() override { m_page.reset(); }

    QString waiting(const QString& first)
    {
        const auto student = addPupil(first, QStringLiteral("Wait"));
        db().run("UPDATE students SET need_score = 70 WHERE id = ?", student);
        const QString id = QStringLiteral("W-%1").arg(serial());
        db().run("INSERT INTO enrollments (sourced_id, student_id, subject, tier, status, status_since, "
                 "need_score) VALUES (?, ?, 'reading', 2, 'waitlisted', '2026-09-01', 70)",
                 id, student);
        return id;
    }

    std::int64_t actionOf(std::int64_t student, const char* rule)
    {
        return db().queryInteger("SELECT id FROM protocol_actions WHERE student_id = ? AND rule = ?"
                                 " ORDER BY id LIMIT 1",
                                 student, rule);
    }
    // Selects the action and fails the test when the page does not list it.
    void select(std::int64_t action) { ASSERT_TRUE(m_page->selectAction(action)) << action; }
    QString rowText(int row, int column)
    {
        return m_page->actionsModel()->index(row, column).data().toString();
    }

    std::int64_t m_reading = 0;
    std::int64_t m_math = 0;
    std::int64_t m_luis = 0;
    std::int64_t m_mai = 0;
    std::int64_t m_readingToday = 0;
    std::int64_t m_mathToday = 0;
    QString m_xavi;
    std::unique_ptr<TodayPage> m_page;
};

TEST_F(TodayPageTest, ListsTodaysSessionsWithWhereTheirAttendanceStands)
{
    EXPECT_TRUE(m_page->dateLabel()->text().contains(QStringLiteral("2027"))) << m_page->dateLabel()->text();
    EXPECT_FALSE(m_page->dayOffLabel()->isVisible());
    QListWidget* list = m_page->sessionsList();
    ASSERT_EQ(list->count(), 2);
    const QString reading = list->item(0)->text();
    EXPECT_TRUE(reading.contains(QStringLiteral("Reading A"))) << reading;
    EXPECT_TRUE(reading.contains(QStringLiteral("Room 12"))) << reading;
    EXPECT_TRUE(reading.contains(QStringLiteral("Taken · 1 of 2 present"))) << reading;
    const QString math = list->item(1)->text();
    EXPECT_TRUE(math.contains(QStringLiteral("Math B"))) << math;
    EXPECT_TRUE(math.contains(QStringLiteral("Skill: Fractions on a number line"))) << math;
    EXPECT_TRUE(math.contains(QStringLiteral("Not taken · started 13:00"))) << math;
    EXPECT_TRUE(list->item(1)->font().bold()) << "a started session without attendance stands out";
    EXPECT_FALSE(list->item(0)->font().bold());
    EXPECT_TRUE(m_page->countsLabel()->text().startsWith(QStringLiteral("1 session not taken · ")))
        << m_page->countsLabel()->text();
    saveScreenshot(*m_page, "today-page.png");
}

TEST_F(TodayPageTest, TakingAttendanceFromTheListUpdatesItAndTellsTheOtherPages)
{
    QSignalSpy changed(m_page.get(), &TodayPage::contentChanged);
    ASSERT_TRUE(m_page->sessionsList()->selectSession(m_mathToday));
    EXPECT_TRUE(m_page->takeAttendanceButton()->isEnabled());
    auto* dialog = qobject_cast<AttendanceDialog*>(m_page->takeAttendance());
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->windowModality(), Qt::WindowModal);
    dialog->sheetView()->markRestPresent();
    ASSERT_TRUE(dialog->save());
    EXPECT_EQ(changed.count(), 1);
    EXPECT_FALSE(m_page->messageBar()->text().isEmpty());
    const QString math = m_page->sessionsList()->item(1)->text();
    EXPECT_TRUE(math.contains(QStringLiteral("Taken · 1 of 1 present"))) << math;
    EXPECT_TRUE(m_page->countsLabel()->text().startsWith(QStringLiteral("All 2 sessions taken")))
        << m_page->countsLabel()->text();
}

TEST_F(TodayPageTest, OverdueActionsComeFirstAndSaySoInWords)
{
    QAbstractItemModelTester tester(m_page->actionsModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    DueActionsModel* model = m_page->actionsModel();
    ASSERT_GE(model->rowCount(), 2);
    EXPECT_TRUE(rowText(0, DueActionsModel::DueColumn).startsWith(QStringLiteral("Overdue · ")))
        << rowText(0, 0);
    EXPECT_EQ(rowText(0, DueActionsModel::StudentColumn), QStringLiteral("Luis Ortiz"));
    EXPECT_EQ(model->index(0, DueActionsModel::DueColumn).data(Qt::ForegroundRole).value<QColor>(),
              QColor(0xb0, 0x3a, 0x2e));
    const int last = model->rowCount() - 1;
    EXPECT_EQ(rowText(last, DueActionsModel::DueColumn), QStringLiteral("Due today"));
    EXPECT_EQ(rowText(last, DueActionsModel::StudentColumn), QStringLiteral("Mai Tran"));
    bool overdueSeen = false;
    for (int row = last; row >= 0; --row) {
        const bool overdue = rowText(row, 0).startsWith(QStringLiteral("Overdue"));
        EXPECT_FALSE(overdueSeen && !overdue)
            << "row " << row << " is not overdue but follows an overdue one";
        overdueSeen = overdueSeen || overdue;
    }
    const QString counts = m_page->countsLabel()->text();
    EXPECT_TRUE(counts.contains(QStringLiteral("overdue"))) << counts;
}

TEST_F(TodayPageTest, TheFamilyCardShowsThePhoneAndTheLanguageInItsOwnName)
{
    const auto notify = actionOf(m_luis, "notify_family");
    ASSERT_NE(notify, 0);
    select(notify);
    const QString family = m_page->actionPanel()->familyLabel()->text();
    EXPECT_TRUE(family.contains(QStringLiteral("Rosa Ortiz"))) << family;
    EXPECT_TRUE(family.contains(QStringLiteral("(213) 555-0142"))) << family;
    EXPECT_TRUE(family.contains(QStringLiteral("español"))) << family;
}

TEST_F(TodayPageTest, LoggingAContactFromAnActionResolvesIt)
{
    const auto notify = actionOf(m_mai, "notify_family");
    ASSERT_NE(notify, 0);
    select(notify);
    QSignalSpy changed(m_page.get(), &TodayPage::contentChanged);
    m_page->actionsView()->setFocus();
    QTest::keyClick(m_page->actionsView(), Qt::Key_Return); // the likely resolver: log the call
    auto* dialog = qobject_cast<LogContactDialog*>(m_page->currentDialog());
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->methodBox()->currentData().toString(), QStringLiteral("phone"));
    EXPECT_EQ(dialog->outcomeBox()->currentData().toString(), QStringLiteral("reached"));
    EXPECT_EQ(dialog->languageBox()->currentData().toString(), QStringLiteral("vi"))
        << "no guardian: the student's home language";
    dialog->notesEdit()->setText(QStringLiteral("Will attend Thursday"));
    saveScreenshot(*dialog, "today-log-contact.png");
    ASSERT_TRUE(dialog->save()) << dialog->problemLabel()->text();

    EXPECT_EQ(actionStatus(notify), QStringLiteral("done"));
    EXPECT_EQ(db().queryInteger("SELECT count(*) FROM contacts WHERE student_id = ? AND notes = ?", m_mai,
                                QStringLiteral("Will attend Thursday")),
              1);
    EXPECT_EQ(db().queryInteger("SELECT contact_id IS NOT NULL FROM protocol_actions WHERE id = ?", notify),
              1);
    EXPECT_EQ(m_page->actionsModel()->rowOf(notify), -1) << "a resolved action leaves the list";
    EXPECT_EQ(changed.count(), 1);
}

TEST_F(TodayPageTest, AFollowUpDueTodayIsLoggedFromTheListAndLeavesIt)
{
    db().run(
        "INSERT INTO contacts (sourced_id, student_id, contacted_at, method, purpose, outcome, notes,"
        " follow_up_on) VALUES ('F-1', ?, ?, 'phone', 'missed_session', 'no_answer', 'Call back Friday', ?)",
        m_luis, QStringLiteral("%1T16:00:00Z").arg(weekday(2).toString(Qt::ISODate)), today());
    m_page->reload();
    ASSERT_EQ(m_page->followUpsList()->topLevelItemCount(), 1);
    EXPECT_EQ(m_page->followUpsList()->topLevelItem(0)->text(3), QStringLiteral("Call back Friday"));

    auto* dialog = qobject_cast<StudentContactDialog*>(m_page->logFollowUp(0));
    ASSERT_NE(dialog, nullptr);
    dialog->whenEdit()->setDateTime(QDateTime(today(), QTime(9, 30)));
    dialog->notesEdit()->setText(QStringLiteral("Reached: Luis is back on Monday"));
    dialog->accept();
    EXPECT_EQ(db().queryInteger("SELECT count(*) FROM contacts WHERE student_id = ?", m_luis), 2);
    EXPECT_EQ(m_page->followUpsList()->topLevelItemCount(), 0) << "the follow-up is done";
}

TEST_F(TodayPageTest, AnEscalationIsNotDoneBeforeTheFamilyIsContacted)
{
    const auto escalate = actionOf(m_luis, "escalate");
    ASSERT_NE(escalate, 0);
    select(escalate);
    const QString delivery = m_page->actionPanel()->deliveryLabel()->text();
    EXPECT_TRUE(delivery.startsWith(QStringLiteral("Sessions delivered: "))) << delivery;
    EXPECT_TRUE(m_page->actionPanel()->blockerLabel()->isVisibleTo(m_page.get()));

    EXPECT_EQ(m_page->openResolver(ActionPanel::Resolver::Done), nullptr);
    EXPECT_EQ(m_page->messageBar()->kind(), MessageBar::Kind::Problem);
    EXPECT_FALSE(m_page->messageBar()->text().isEmpty());
    EXPECT_EQ(actionStatus(escalate), QStringLiteral("open"));

    // A call is logged (about another of his actions); now Done is possible.
    select(actionOf(m_luis, "notify_family"));
    auto* log = qobject_cast<LogContactDialog*>(m_page->openResolver(ActionPanel::Resolver::LogContact));
    ASSERT_NE(log, nullptr);
    log->outcomeBox()->setCurrentIndex(log->outcomeBox()->findData(QStringLiteral("no_answer")));
    ASSERT_TRUE(log->save()) << log->problemLabel()->text();
    log->close();
    select(escalate);
    auto* done = qobject_cast<ResolveActionDialog*>(m_page->openResolver(ActionPanel::Resolver::Done));
    ASSERT_NE(done, nullptr);
    done->noteEdit()->setPlainText(QStringLiteral("Met with the teacher; moving him to after school."));
    ASSERT_TRUE(done->save()) << done->problemLabel()->text();
    EXPECT_EQ(actionStatus(escalate), QStringLiteral("done"));
}

TEST_F(TodayPageTest, NotNeededAsksForANote)
{
    const auto notify = actionOf(m_mai, "notify_family");
    select(notify);
    auto* dialog = qobject_cast<ResolveActionDialog*>(m_page->openResolver(ActionPanel::Resolver::NotNeeded));
    ASSERT_NE(dialog, nullptr);
    EXPECT_FALSE(dialog->save());
    EXPECT_FALSE(dialog->problemLabel()->text().isEmpty());
    EXPECT_EQ(actionStatus(notify), QStringLiteral("open"));
    dialog->noteEdit()->setPlainText(QStringLiteral("Mother called in this morning."));
    ASSERT_TRUE(dialog->save()) << dialog->problemLabel()->text();
    EXPECT_EQ(actionStatus(notify), QStringLiteral("not_needed"));
}

TEST_F(TodayPageTest, AMakeupFromAnActionCreatesTheSession)
{
    const auto makeup = actionOf(m_luis, "schedule_makeup");
    ASSERT_NE(makeup, 0);
    select(makeup);
    EXPECT_TRUE(
        m_page->actionPanel()->button(ActionPanel::Resolver::ScheduleMakeup)->isVisibleTo(m_page.get()));
    auto* dialog = qobject_cast<StudentMakeupDialog*>(m_page->openLikelyResolver());
    ASSERT_NE(dialog, nullptr);
    ASSERT_GT(dialog->slotList()->count(), 0) << dialog->problemLabel()->text();
    const int before = db().queryInteger("SELECT count(*) FROM sessions WHERE kind = 'makeup'");
    ASSERT_TRUE(dialog->save()) << dialog->problemLabel()->text();
    EXPECT_EQ(db().queryInteger("SELECT count(*) FROM sessions WHERE kind = 'makeup'"), before + 1);
    EXPECT_EQ(actionStatus(makeup), QStringLiteral("done"));
    EXPECT_EQ(
        db().queryInteger("SELECT makeup_session_id IS NOT NULL FROM protocol_actions WHERE id = ?", makeup),
        1);
}

TEST_F(TodayPageTest, PauseAndOfferSeatsTheWaitlistedStudent)
{
    const auto pause = actionOf(m_luis, "pause_offer_seat");
    ASSERT_NE(pause, 0);
    select(pause);
    auto* dialog = qobject_cast<PauseOfferDialog*>(m_page->openLikelyResolver());
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(dialog->offer().has_value());
    EXPECT_EQ(dialog->offer()->enrollmentSourcedId, m_xavi);
    ASSERT_TRUE(dialog->save()) << dialog->problemLabel()->text();
    EXPECT_EQ(actionStatus(pause), QStringLiteral("done"));
    EXPECT_EQ(db().queryText("SELECT status FROM enrollments WHERE student_id = ? AND group_id = ?", m_luis,
                             m_reading),
              QStringLiteral("paused"));
    EXPECT_NE(db().queryText("SELECT status FROM enrollments WHERE sourced_id = ?", m_xavi),
              QStringLiteral("waitlisted"));
    EXPECT_TRUE(m_page->messageBar()->text().contains(QStringLiteral("Xavi Wait")))
        << m_page->messageBar()->text();
}

TEST_F(TodayPageTest, WithNobodyWaitingTheSeatIsOnlyPaused)
{
    db().run("DELETE FROM enrollments WHERE sourced_id = ?", m_xavi);
    select(actionOf(m_luis, "pause_offer_seat"));
    auto* dialog = qobject_cast<PauseOfferDialog*>(m_page->openResolver(ActionPanel::Resolver::PauseOffer));
    ASSERT_NE(dialog, nullptr);
    EXPECT_FALSE(dialog->offer().has_value());
    EXPECT_TRUE(dialog->offerLabel()->text().startsWith(QStringLiteral("Nobody on the waitlist")))
        << dialog->offerLabel()->text();
    ASSERT_TRUE(dialog->save()) << dialog->problemLabel()->text();
    EXPECT_EQ(db().queryText("SELECT status FROM enrollments WHERE student_id = ? AND group_id = ?", m_luis,
                             m_reading),
              QStringLiteral("paused"));
}

TEST_F(TodayPageTest, ADayOffSaysSoWithTheCalendarsLabel)
{
    addCalendarDay(store(), QDate(2027, 3, 8), "holiday", QStringLiteral("Día del Maestro"));
    m_page->setToday(QDate(2027, 3, 8));
    EXPECT_TRUE(m_page->dayOffLabel()->isVisibleTo(m_page.get()));
    EXPECT_EQ(m_page->dayOffLabel()->text(), QStringLiteral("No sessions: Día del Maestro"));
}

} // namespace
} // namespace tutordesk::test
