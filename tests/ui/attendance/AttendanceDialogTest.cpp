// Taking a session's attendance with the keyboard, as Ms. Rivera does after each period: P, U, T with
// the minutes, E for a group of four and Ctrl+Enter; "All present"; a past record changed with a
// reason the audit log keeps; core's refusal shown in the dialog; Escape asking before it discards.
#include "AttendanceDialog.h"

#include "AttendanceSheetModel.h"
#include "AttendanceSheetView.h"
#include "schedule/ScheduleText.h"
#include "ui/attendance/AttendanceUiFixtures.h"

#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>

namespace tutordesk::test {
namespace {

class AttendanceDialogTest : public AttendanceUiTest {
protected:
    std::unique_ptr<AttendanceDialog> open(std::int64_t sessionId)
    {
        return std::make_unique<AttendanceDialog>(store(), sessionId, today());
    }
};

TEST_F(AttendanceDialogTest, AGroupOfFourIsTakenWithTheKeyboardOnly)
{
    auto dialog = open(m_today);
    QSignalSpy recordedSpy(dialog.get(), &AttendanceDialog::recorded);
    ASSERT_NO_FATAL_FAILURE(activate(*dialog));
    AttendanceSheetView* sheet = dialog->sheetView();
    ASSERT_EQ(sheet->sheetModel()->rowCount(), 4);
    EXPECT_EQ(QApplication::focusWidget(), sheet) << "the sheet has the focus from the start";
    EXPECT_EQ(sheet->currentRow(), 0);

    press(Qt::Key_P); // Maya Adams: present, on to the next
    EXPECT_EQ(sheet->currentRow(), 1);
    press(Qt::Key_U); // Leo Brown: absent, unexcused
    press(Qt::Key_T); // Sofía Cruz: tardy, and the minutes open for typing
    auto* minutes = qobject_cast<QSpinBox*>(QApplication::focusWidget());
    ASSERT_NE(minutes, nullptr) << "T puts the minutes into editing";
    press(Qt::Key_2);
    press(Qt::Key_0);
    ASSERT_NO_FATAL_FAILURE(saveScreenshot(*dialog, "attendance-tardy-minutes.png"));
    press(Qt::Key_Return); // back on the sheet, next student
    EXPECT_EQ(QApplication::focusWidget(), sheet);
    EXPECT_EQ(sheet->currentRow(), 3);
    press(Qt::Key_E); // Omar Díaz: absent, excused
    press(Qt::Key_Return, Qt::ControlModifier);

    EXPECT_EQ(recorded(m_today, m_adams), QStringLiteral("present 30")) << "present attends the session";
    EXPECT_EQ(recorded(m_today, m_brown), QStringLiteral("unexcused 0"));
    EXPECT_EQ(recorded(m_today, m_cruz), QStringLiteral("tardy 20"));
    EXPECT_EQ(recorded(m_today, m_diaz), QStringLiteral("excused 0"));
    EXPECT_EQ(status(m_today), QStringLiteral("held"));
    EXPECT_FALSE(dialog->isVisible()) << "a save closes the dialog";
    EXPECT_EQ(dialog->result(), QDialog::Accepted);
    ASSERT_EQ(recordedSpy.count(), 1);
    const QString message = recordedSpy.at(0).at(0).toString();
    EXPECT_TRUE(message.startsWith(QStringLiteral("Attendance saved for Reading"))) << message;
    EXPECT_TRUE(message.contains(QStringLiteral("1 present, 1 tardy, 2 absent"))) << message;
}

TEST_F(AttendanceDialogTest, TheHeaderNamesTheSessionAndTheSkillIsPrefilled)
{
    auto dialog = open(m_today);
    const QString header = dialog->headerLabel()->text();
    EXPECT_TRUE(header.contains(QStringLiteral("Reading"))) << header;
    EXPECT_TRUE(header.contains(QStringLiteral("Ana Kim"))) << header;
    EXPECT_TRUE(header.contains(QStringLiteral("Room 12"))) << header;
    EXPECT_TRUE(header.contains(QStringLiteral("Decoding multisyllable words"))) << header;
    EXPECT_TRUE(header.contains(ScheduleText::day(today()))) << header;
    EXPECT_EQ(dialog->skillEdit()->text(), QStringLiteral("Decoding multisyllable words"));
    EXPECT_FALSE(dialog->reasonEdit()->isVisibleTo(dialog.get())) << "today's session needs no reason";

    dialog->skillEdit()->setText(QStringLiteral("Closed syllables"));
    dialog->sheetView()->markRestPresent();
    ASSERT_TRUE(dialog->save());
    EXPECT_EQ(db().queryText("SELECT skill_covered FROM sessions WHERE id = ?", m_today),
              QStringLiteral("Closed syllables"));
}

TEST_F(AttendanceDialogTest, AllPresentFillsOnlyTheStudentsNotMarkedYet)
{
    auto dialog = open(m_today);
    ASSERT_NO_FATAL_FAILURE(activate(*dialog));
    press(Qt::Key_Down);
    press(Qt::Key_U); // Leo Brown is away; everyone else came
    EXPECT_FALSE(dialog->allPresentButton()->toolTip().isEmpty());
    dialog->allPresentButton()->click();
    AttendanceSheetModel* model = dialog->sheetView()->sheetModel();
    EXPECT_EQ(model->markedCount(), 4);
    EXPECT_EQ(model->status(1), AttendanceStatus::Unexcused) << "a mark already made stays";
    ASSERT_TRUE(dialog->save());
    EXPECT_EQ(recorded(m_today, m_adams), QStringLiteral("present 30"));
    EXPECT_EQ(recorded(m_today, m_brown), QStringLiteral("unexcused 0"));
    EXPECT_EQ(recorded(m_today, m_cruz), QStringLiteral("present 30"));
    EXPECT_EQ(recorded(m_today, m_diaz), QStringLiteral("present 30"));
}

TEST_F(AttendanceDialogTest, TheAKeyOnTheSheetIsAllPresentToo)
{
    auto dialog = open(m_today);
    ASSERT_NO_FATAL_FAILURE(activate(*dialog));
    press(Qt::Key_A);
    press(Qt::Key_Return, Qt::ControlModifier);
    EXPECT_EQ(rowsFor(m_today), 4);
    EXPECT_EQ(dialog->result(), QDialog::Accepted);
}

TEST_F(AttendanceDialogTest, CtrlEnterWhileTypingMinutesSavesThem)
{
    auto dialog = open(m_today);
    ASSERT_NO_FATAL_FAILURE(activate(*dialog));
    press(Qt::Key_A);
    press(Qt::Key_T); // Maya came late after all
    press(Qt::Key_1);
    press(Qt::Key_5);
    press(Qt::Key_Return, Qt::ControlModifier);
    EXPECT_EQ(dialog->result(), QDialog::Accepted);
    EXPECT_EQ(recorded(m_today, m_adams), QStringLiteral("tardy 15"));
    EXPECT_EQ(rowsFor(m_today), 4);
}

TEST_F(AttendanceDialogTest, SpaceMarksAnAbsentStudentAbsentFromSchool)
{
    auto dialog = open(m_today);
    ASSERT_NO_FATAL_FAILURE(activate(*dialog));
    press(Qt::Key_Space); // not marked yet: nothing to toggle
    press(Qt::Key_E);
    press(Qt::Key_Up);
    press(Qt::Key_Space);
    AttendanceSheetModel* model = dialog->sheetView()->sheetModel();
    EXPECT_EQ(model->index(0, AttendanceSheetModel::SchoolAbsenceColumn).data(Qt::CheckStateRole),
              QVariant(Qt::Checked));
    ASSERT_TRUE(dialog->save());
    EXPECT_EQ(db().queryInteger("SELECT absent_from_school FROM attendance WHERE session_id = ? AND"
                                " student_id = ?",
                                m_today, m_adams),
              1);
}

TEST_F(AttendanceDialogTest, ChangingAPastRecordAsksForTheReasonAndTheAuditLogKeepsIt)
{
    recordYesterdayAllPresent();
    auto dialog = open(m_yesterday);
    ASSERT_NO_FATAL_FAILURE(activate(*dialog));
    EXPECT_FALSE(dialog->reasonEdit()->isVisibleTo(dialog.get())) << "nothing changed yet";
    EXPECT_EQ(dialog->sheetView()->sheetModel()->status(1), AttendanceStatus::Present) << "as recorded";

    press(Qt::Key_Down);
    press(Qt::Key_U); // Leo Brown was not there after all
    EXPECT_TRUE(dialog->needsReason());
    EXPECT_TRUE(dialog->reasonEdit()->isVisibleTo(dialog.get()));
    press(Qt::Key_Return, Qt::ControlModifier);
    EXPECT_TRUE(dialog->isVisible()) << "no reason, no save";
    EXPECT_TRUE(dialog->problemLabel()->isVisibleTo(dialog.get()));
    EXPECT_TRUE(dialog->problemLabel()->text().contains(QStringLiteral("reason")))
        << dialog->problemLabel()->text();
    EXPECT_EQ(recorded(m_yesterday, m_brown), QStringLiteral("present 30")) << "nothing saved";

    ASSERT_NO_FATAL_FAILURE(saveScreenshot(*dialog, "attendance-past-record.png"));
    QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("Marked the wrong student"));
    press(Qt::Key_Return, Qt::ControlModifier);
    EXPECT_EQ(dialog->result(), QDialog::Accepted);
    EXPECT_EQ(recorded(m_yesterday, m_brown), QStringLiteral("unexcused 0"));
    EXPECT_EQ(db().queryText("SELECT reason FROM audit_log WHERE entity = 'attendance' AND new_value LIKE"
                             " '%unexcused%'"),
              QStringLiteral("Marked the wrong student"));
}

TEST_F(AttendanceDialogTest, CoresRefusalIsShownInTheDialogAndNothingIsSaved)
{
    auto dialog = open(m_thursday); // Thursday has not come yet
    ASSERT_NO_FATAL_FAILURE(activate(*dialog));
    press(Qt::Key_A);
    press(Qt::Key_Return, Qt::ControlModifier);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(dialog->problemLabel()->isVisibleTo(dialog.get()));
    EXPECT_TRUE(dialog->problemLabel()->text().contains(QStringLiteral("from that day on")))
        << dialog->problemLabel()->text();
    EXPECT_EQ(rowsFor(m_thursday), 0);
}

TEST_F(AttendanceDialogTest, ATardyWithoutMinutesIsRefusedWithWhatToDo)
{
    auto dialog = open(m_today);
    ASSERT_NO_FATAL_FAILURE(activate(*dialog));
    press(Qt::Key_T);
    press(Qt::Key_Escape); // leaves the minutes without typing any
    EXPECT_EQ(dialog->sheetView()->sheetModel()->minutes(0), std::nullopt);
    EXPECT_TRUE(dialog->isVisible()) << "Escape in the minutes only leaves the minutes";
    EXPECT_FALSE(dialog->save());
    EXPECT_TRUE(dialog->problemLabel()->text().contains(QStringLiteral("Maya Adams")))
        << dialog->problemLabel()->text();
    EXPECT_EQ(rowsFor(m_today), 0);
}

TEST_F(AttendanceDialogTest, EscapeAsksBeforeDiscardingWhatWasEntered)
{
    auto untouched = open(m_today);
    ASSERT_NO_FATAL_FAILURE(activate(*untouched));
    press(Qt::Key_Escape);
    EXPECT_FALSE(untouched->isVisible()) << "nothing entered: Escape closes at once";

    auto dialog = open(m_today);
    ASSERT_NO_FATAL_FAILURE(activate(*dialog));
    press(Qt::Key_P);
    press(Qt::Key_Escape);
    QMessageBox* question = dialog->discardQuestion();
    ASSERT_NE(question, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    question->button(QMessageBox::Cancel)->click();
    EXPECT_TRUE(dialog->isVisible()) << "back to the sheet";
    EXPECT_EQ(dialog->sheetView()->sheetModel()->markedCount(), 1);

    dialog->reject();
    ASSERT_NE(dialog->discardQuestion(), nullptr);
    dialog->discardQuestion()->button(QMessageBox::Discard)->click();
    EXPECT_FALSE(dialog->isVisible());
    EXPECT_EQ(rowsFor(m_today), 0);
}

TEST_F(AttendanceDialogTest, TheSentenceForTheMessageBarCountsAndNamesTheActions)
{
    std::vector<AttendanceMark> marks(4);
    marks[3].status = AttendanceStatus::Unexcused;
    AttendanceOutcome outcome;
    outcome.recorded = 4;
    outcome.actionsCreated = 2;
    EXPECT_EQ(AttendanceDialog::outcomeMessage(QStringLiteral("Reading · Grades 3–4"), marks, outcome),
              QStringLiteral("Attendance saved for Reading · Grades 3–4: 3 present, 1 absent. 2 follow-up "
                             "actions due."));
    outcome.recorded = 0;
    outcome.changed = 1;
    outcome.actionsCreated = 0;
    outcome.actionsWithdrawn = 1;
    EXPECT_EQ(AttendanceDialog::outcomeMessage(QStringLiteral("Math K–1"), {marks[0]}, outcome),
              QStringLiteral("Attendance updated for Math K–1: 1 present. 1 follow-up action no longer "
                             "needed."));
}

TEST_F(AttendanceDialogTest, Screenshot)
{
    auto dialog = open(m_today);
    ASSERT_NO_FATAL_FAILURE(activate(*dialog));
    press(Qt::Key_P);
    press(Qt::Key_U);
    press(Qt::Key_T);
    press(Qt::Key_2);
    press(Qt::Key_0);
    press(Qt::Key_Return);
    press(Qt::Key_E);
    press(Qt::Key_Space);
    QApplication::processEvents(); // the layouts settle as they would before the screen updates
    ASSERT_NO_FATAL_FAILURE(saveScreenshot(*dialog, "attendance-dialog.png"));
}

} // namespace
} // namespace tutordesk::test
