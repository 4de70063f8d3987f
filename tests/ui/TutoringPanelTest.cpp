// The Students page's Tutoring panel: a student's seats with their minutes planned and received, the
// sessions the program delivered, their attendance and what is still due about their absences.
#include "StudentFilterBar.h"
#include "StudentTableModel.h"
#include "StudentTutoringPanel.h"
#include "StudentsPage.h"
#include "attendance/Dosage.h"
#include "core/CoverFixtures.h"
#include "protocol/ProtocolRule.h"
#include "ui/UiFixtures.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QLocale>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>

#include <gtest/gtest.h>

namespace tutordesk::test {
namespace {

// Ana Kim's reading group met every weekday from Monday 4 January to Thursday 4 March 2027 (today):
// Ali Haddad came to all of it but an unexcused absence on Tuesday 2 March and a day out of school on
// Tuesday 23 February, made up on Thursday 25 February; the tutor was out on Wednesday 3 March.
class TutoringPanelTest : public KimGroupTest {
protected:
    static QDate today() { return QDate(2027, 3, 4); }

    void SetUp() override
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // "1,260", "98%"
        ASSERT_NO_FATAL_FAILURE(KimGroupTest::SetUp());
        m_ali = addPupil(QStringLiteral("Ali"), QStringLiteral("Haddad"), QStringLiteral("ar"));
        m_lee = addPupil(QStringLiteral("Lee"), QStringLiteral("Park"));
        seat(m_ali, m_group);
        db().run("UPDATE enrollments SET begin_day = '2027-01-04' WHERE student_id = ?", m_ali);

        db().execute("BEGIN");
        for (QDate day(2027, 1, 4); day <= today(); day = day.addDays(1)) {
            if (day.dayOfWeek() > 5)
                continue;
            const bool cancelled = day == QDate(2027, 3, 3);
            db().run("INSERT INTO sessions (sourced_id, group_id, day, starts_at, minutes, tutor_id, status,"
                     " cancel_reason) VALUES (?, ?, ?, '10:00', 30, ?, ?, ?)",
                     QStringLiteral("S-%1").arg(serial()), m_group, day, m_kim,
                     QString::fromLatin1(cancelled ? "cancelled" : "held"),
                     cancelled ? std::optional<QString>(QStringLiteral("tutor_absent")) : std::nullopt);
            const std::int64_t session = db().lastInsertId();
            if (cancelled)
                continue;
            if (day == QDate(2027, 3, 2))
                mark(session, "unexcused", 0, false);
            else if (day == QDate(2027, 2, 23))
                mark(session, "excused", 0, true);
            else
                mark(session, "present", 30, false);
        }
        // The make-up, for Ali only.
        db().run(
            "INSERT INTO sessions (sourced_id, group_id, day, starts_at, minutes, tutor_id, status, kind)"
            " VALUES (?, ?, '2027-02-25', '14:00', 30, ?, 'held', 'makeup')",
            QStringLiteral("S-%1").arg(serial()), m_group, m_kim);
        const std::int64_t makeup = db().lastInsertId();
        db().run("INSERT INTO session_students (session_id, student_id) VALUES (?, ?)", makeup, m_ali);
        mark(makeup, "present", 30, false);

        // One notice still open and past due, one already done.
        addAction("notify_family", QDate(2027, 3, 2), "open");
        addAction("escalate", QDate(2027, 3, 1), "done");
        db().execute("COMMIT");
    }
    void TearDown() override { QLocale::setDefault(QLocale::c()); }

    void mark(std::int64_t session, const char* status, int minutes, bool absentFromSchool)
    {
        db().run(
            "INSERT INTO attendance (sourced_id, session_id, student_id, status, minutes, absent_from_school)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            QStringLiteral("A-%1").arg(serial()), session, m_ali, QString::fromLatin1(status), minutes,
            absentFromSchool);
    }

    void addAction(const char* rule, const QDate& due, const char* status)
    {
        db().run(
            "INSERT INTO protocol_actions (sourced_id, student_id, enrollment_id, rule, created_on, due_on,"
            " status, resolved_at) VALUES (?, ?, (SELECT id FROM enrollments WHERE student_id = ?), ?, ?,"
            " ?, ?, ?)",
            QStringLiteral("P-%1").arg(serial()), m_ali, m_ali, QString::fromLatin1(rule), due.addDays(-1),
            due, QString::fromLatin1(status),
            QLatin1String(status) == QLatin1String("open")
                ? std::nullopt
                : std::optional<QString>(QStringLiteral("2027-03-02")));
    }

    std::int64_t m_ali = 0;
    std::int64_t m_lee = 0;
};

TEST_F(TutoringPanelTest, ShowsTheSeatsDosageDeliveryAndAttendance)
{
    StudentTutoringPanel panel;
    panel.setStore(&store());
    panel.setToday(today());
    panel.resize(900, 300);
    panel.show();
    panel.showStudent(m_ali);

    ASSERT_EQ(panel.seatCount(), 1);
    EXPECT_TRUE(panel.hintLabel()->isHidden());
    const QString text = panel.seatText(0);
    const auto seats = Dosage::forStudent(store(), m_ali, today());
    ASSERT_EQ(seats.size(), 1u);
    const DosageFigures& f = seats.front().figures;

    EXPECT_TRUE(text.contains(QStringLiteral("Reading \u00b7 Grades 3\u20134 \u00b7 Tier 2 \u00b7 A")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Reading \u00b7 Tier 2 \u00b7 Active since %1")
                                  .arg(QLocale().toString(QDate(2027, 1, 4), QLocale::ShortFormat))))
        << text.toStdString();
    // Monday and Thursday attended, Tuesday missed, Wednesday cancelled.
    EXPECT_TRUE(text.contains(QStringLiteral("This week: 60 of 120 min"))) << text.toStdString();
    // 41 regular sessions and the make-up: 1,260 minutes, with thousands separators.
    EXPECT_TRUE(text.contains(QStringLiteral("To date: 1,260 of %1 min (%2%)")
                                  .arg(QLocale().toString(f.plannedMinutesToDate))
                                  .arg(qRound(100.0 * 1260 / f.plannedMinutesToDate))))
        << text.toStdString();
    // 43 scheduled once the day out of school is left out; the cancelled one was not delivered.
    EXPECT_TRUE(text.contains(
        QStringLiteral("Sessions delivered: 42 of 43 (98%), not counting days absent from school")))
        << text.toStdString();
    const int taken = f.sessionsAttended + f.sessionsAbsent;
    EXPECT_TRUE(
        text.contains(QStringLiteral("Attendance: 42 of %1 sessions (%2%) \u00b7 Make-ups attended: 1")
                          .arg(taken)
                          .arg(qRound(100.0 * 42 / taken))))
        << text.toStdString();

    // Only what is still open, with its due day and how late it is.
    ASSERT_EQ(panel.actionList()->topLevelItemCount(), 1);
    const QTreeWidgetItem* action = panel.actionList()->topLevelItem(0);
    EXPECT_TRUE(action->text(0).startsWith(ProtocolRuleNames::title(ProtocolRule::NotifyFamily)))
        << action->text(0).toStdString();
    EXPECT_TRUE(action->text(1).startsWith(QLocale().toString(QDate(2027, 3, 2), QLocale::ShortFormat)))
        << action->text(1).toStdString();
    EXPECT_TRUE(action->text(1).contains(QStringLiteral("overdue by"))) << action->text(1).toStdString();
    QCoreApplication::processEvents();
    saveScreenshot(panel, "tutoring-panel.png");
}

TEST_F(TutoringPanelTest, AStudentWithoutASeatIsNotInTutoring)
{
    StudentTutoringPanel panel;
    panel.setStore(&store());
    panel.setToday(today());
    panel.show();
    panel.showStudent(m_lee);
    EXPECT_EQ(panel.seatCount(), 0);
    EXPECT_FALSE(panel.hintLabel()->isHidden());
    EXPECT_EQ(panel.hintLabel()->text(), QStringLiteral("Not in tutoring this year."));
    ASSERT_EQ(panel.actionList()->topLevelItemCount(), 1);
    EXPECT_EQ(panel.actionList()->topLevelItem(0)->text(0), QStringLiteral("Nothing due."));

    panel.showStudent(std::nullopt);
    EXPECT_EQ(panel.seatCount(), 0);
    EXPECT_TRUE(panel.actionList()->isHidden());
}

// On the demo school: the Tutoring tab follows the selected student, reading only while in front.
class StudentsTutoringTabTest : public DemoSchoolPageTest<StudentsPage> {};

TEST_F(StudentsTutoringTabTest, FollowsTheSelectedStudent)
{
    m_page.resize(1280, 720);
    const QDate today(2026, 11, 20);
    m_page.setToday(today);
    QComboBox* program = m_page.filterBar()->programBox();
    const auto selectFirst = [this] {
        const QModelIndex first = m_page.model()->index(0, StudentTableModel::LastNameColumn);
        m_page.table()->setCurrentIndex(first);
        return first.data(StudentTableModel::StudentIdRole).toLongLong();
    };

    // A student in tutoring.
    program->setCurrentIndex(program->findData(QStringLiteral("active")));
    ASSERT_GT(m_page.model()->rowCount(), 0);
    const std::int64_t seated = selectFirst();
    EXPECT_EQ(m_page.tutoringPanel()->seatCount(), 0) << "read only once the tab is shown";

    QElapsedTimer clock;
    clock.start();
    m_page.detailTabs()->setCurrentWidget(m_page.tutoringPanel());
    RecordProperty("tutoring_panel_ms", static_cast<int>(clock.elapsed()));
    const auto seats = Dosage::forStudent(*m_store, seated, today);
    ASSERT_FALSE(seats.empty());
    EXPECT_EQ(m_page.tutoringPanel()->seatCount(), static_cast<int>(seats.size()));
    EXPECT_TRUE(m_page.tutoringPanel()->seatText(0).startsWith(seats.front().groupName));
    EXPECT_TRUE(m_page.tutoringPanel()->seatText(0).contains(QStringLiteral("This week:")));
    QCoreApplication::processEvents(); // lay out the tab just brought to the front
    saveScreenshot(m_page, "students-tutoring.png");

    // Another student follows at once while the tab is in front.
    program->setCurrentIndex(program->findData(QStringLiteral("none")));
    ASSERT_GT(m_page.model()->rowCount(), 0);
    selectFirst();
    EXPECT_EQ(m_page.tutoringPanel()->seatCount(), 0);
    EXPECT_EQ(m_page.tutoringPanel()->hintLabel()->text(), QStringLiteral("Not in tutoring this year."));
}

} // namespace
} // namespace tutordesk::test
