// Attendance from the Schedule page: the session details offer "Take Attendance…" once the session's day
// has come (never for a future or cancelled one, "Edit Attendance…" once held), the dialog opens for the
// selected session, and a save is said in the page's message bar.
#include "AttendanceDialog.h"
#include "AttendanceSheetView.h"
#include "MessageBar.h"
#include "SchedulePage.h"
#include "SessionDetails.h"
#include "ui/attendance/AttendanceUiFixtures.h"

#include <QPushButton>
#include <QSignalSpy>

namespace tutordesk::test {
namespace {

class ScheduleAttendanceTest : public AttendanceUiTest {};

TEST_F(ScheduleAttendanceTest, TheButtonWaitsForTheSessionsDay)
{
    SessionDetails details;
    const ScheduledSession thursday = session(m_thursday);
    details.showSession(&thursday, today());
    EXPECT_FALSE(details.attendanceButton()->isEnabled()) << "a future session is refused";
    EXPECT_FALSE(details.attendanceButton()->toolTip().isEmpty()) << "and the tooltip says why";

    const ScheduledSession now = session(m_today);
    details.showSession(&now, today());
    EXPECT_TRUE(details.attendanceButton()->isEnabled());
    EXPECT_EQ(details.attendanceButton()->text(), QStringLiteral("Take &Attendance…"));

    recordYesterdayAllPresent();
    const ScheduledSession held = session(m_yesterday);
    details.showSession(&held, today());
    EXPECT_TRUE(details.attendanceButton()->isEnabled());
    EXPECT_EQ(details.attendanceButton()->text(), QStringLiteral("Edit &Attendance…"));

    db().run("UPDATE sessions SET status = 'cancelled', cancel_reason = 'school_event' WHERE id = ?",
             m_today);
    const ScheduledSession cancelled = session(m_today);
    details.showSession(&cancelled, today());
    EXPECT_FALSE(details.attendanceButton()->isEnabled()) << "a cancelled session has no attendance";
}

TEST_F(ScheduleAttendanceTest, TheSchedulePageOpensTheDialogAndSaysWhatWasSaved)
{
    SchedulePage page;
    page.setToday(today());
    page.setStore(&store());
    page.resize(1280, 800);
    ASSERT_NO_FATAL_FAILURE(activate(page));
    ASSERT_TRUE(page.showSession(m_today));
    QSignalSpy changed(&page, &SchedulePage::scheduleChanged);
    QApplication::processEvents(); // the layouts settle as they would before the screen updates
    ASSERT_NO_FATAL_FAILURE(saveScreenshot(page, "attendance-schedule-details.png"));

    page.details()->attendanceButton()->click();
    AttendanceDialog* dialog = page.attendanceDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(dialog->windowModality(), Qt::WindowModal);
    ASSERT_NO_FATAL_FAILURE(activate(*dialog));
    press(Qt::Key_A);
    press(Qt::Key_Return, Qt::ControlModifier);

    EXPECT_EQ(rowsFor(m_today), 4);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_TRUE(page.messageBar()->text().startsWith(QStringLiteral("Attendance saved for Reading")))
        << page.messageBar()->text();
    EXPECT_EQ(page.messageBar()->kind(), MessageBar::Kind::Info);
    ASSERT_TRUE(page.showSession(m_today));
    EXPECT_EQ(page.details()->attendanceButton()->text(), QStringLiteral("Edit &Attendance…"))
        << "the page read the session again: it is held now";
    page.setStore(nullptr);
}

} // namespace
} // namespace tutordesk::test
