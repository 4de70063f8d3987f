// The probe grid, typed with the keyboard as a coordinator would: scores, Enter, Ctrl+S. With
// TUTORDESK_SCREENSHOT_DIR set, the screens are saved as PNGs.
#include "ProbeGridDialog.h"

#include "AssessmentDialog.h"
#include "MessageBar.h"
#include "ProbeGridView.h"
#include "ProbeSkillsEditor.h"
#include "core/probes/ProbeFixtures.h"
#include "ui/UiFixtures.h"

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>

#include <gtest/gtest.h>

namespace tutordesk::test {
namespace {

class ProbeGridDialogTest : public ProbeFixture {
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(ProbeFixture::SetUp());
        probe(avila, QStringLiteral("3.OA.7"), "pre", 8, 20, QStringLiteral("2026-09-10"));
        probe(baker, QStringLiteral("3.OA.7"), "pre", 5, 20, QStringLiteral("2026-09-10"));
    }

    // Types `text` into the grid's current cell and presses Enter, as at the keyboard.
    static void type(ProbeGridDialog& dialog, const QString& text)
    {
        ProbeGridView* grid = dialog.grid();
        // The first key opens the cell's editor; the keyboard then types into the editor, which has the
        // focus.
        if (!text.isEmpty())
            QTest::keyClicks(grid, text.left(1));
        QWidget* editor = grid->indexWidget(grid->currentIndex());
        if (editor && text.size() > 1)
            QTest::keyClicks(editor, text.mid(1));
        QTest::keyClick(editor ? editor : static_cast<QWidget*>(grid), Qt::Key_Return);
        QCoreApplication::processEvents(); // the delegate commits and closes the editor in a queued call
    }

    QString cell(ProbeGridDialog& dialog, int row, int offset)
    {
        return dialog.grid()->item(row, dialog.entryColumn() + offset)->text();
    }

    const QDate today = QDate(2026, 10, 15);
};

TEST_F(ProbeGridDialogTest, TypingScoresAndSavingWritesEveryRowAtOnce)
{
    ProbeGridDialog dialog(*store, today, math);
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    QSignalSpy saved(&dialog, &ProbeGridDialog::saved);

    EXPECT_TRUE(dialog.groupBox()->currentText().startsWith(
        QStringLiteral("Math 3 T2-01 \u2014 Ana Kim \u2014 3.OA.7")))
        << dialog.groupBox()->currentText().toStdString();
    EXPECT_EQ(dialog.windowBox()->currentData().toString(), QStringLiteral("progress"));
    EXPECT_DOUBLE_EQ(dialog.maxBox()->value(), 20.0);
    ASSERT_EQ(dialog.grid()->rowCount(), 3);
    EXPECT_EQ(dialog.entryColumn(), 2) << "one earlier column, the pre";
    EXPECT_EQ(dialog.grid()->item(0, 1)->text(), QStringLiteral("8/20"));
    EXPECT_EQ(dialog.grid()->currentRow(), 0);
    EXPECT_EQ(dialog.grid()->currentColumn(), dialog.entryColumn());

    type(dialog, QStringLiteral("14")); // Ávila: 70 %, 30 points of growth
    EXPECT_EQ(dialog.grid()->currentRow(), 1);
    type(dialog, QStringLiteral("17")); // Baker: 85 %, mastered
    type(dialog, QString());            // Zúñiga: not tested
    EXPECT_EQ(cell(dialog, 0, 1), QStringLiteral("+30 pts"));
    EXPECT_EQ(cell(dialog, 0, 2), QString());
    EXPECT_EQ(cell(dialog, 1, 1), QStringLiteral("+60 pts"));
    EXPECT_EQ(cell(dialog, 1, 2), QStringLiteral("\u2713 Mastered"));
    EXPECT_TRUE(dialog.hasUnsavedScores());
    saveScreenshot(dialog, "probe-grid-typed.png");

    QTest::keyClick(dialog.grid(), Qt::Key_S, Qt::ControlModifier);
    EXPECT_EQ(saved.count(), 1);
    EXPECT_FALSE(dialog.hasUnsavedScores());
    EXPECT_EQ(dialog.messageBar()->kind(), MessageBar::Kind::Info)
        << dialog.messageBar()->text().toStdString();
    EXPECT_EQ(count("SELECT count(*) FROM assessments WHERE kind = 'probe' AND test_window = 'progress'"
                    " AND assessed_on = '2026-10-15' AND max_score = 20"),
              2);
    EXPECT_EQ(store->db().queryText("SELECT group_concat(score, ',') FROM (SELECT score FROM assessments"
                                    " WHERE test_window = 'progress' ORDER BY score)"),
              QStringLiteral("14.0,17.0"));
    EXPECT_EQ(store->db().queryText("SELECT growth FROM probe_growth WHERE student_id = ?", avila).toDouble(),
              30.0);
    // The saved probe now shows in its own column, still editable.
    EXPECT_EQ(cell(dialog, 0, 0), QStringLiteral("14"));
    saveScreenshot(dialog, "probe-grid-saved.png");
}

TEST_F(ProbeGridDialogTest, AScoreAboveTheMaximumIsRefusedAndNothingIsSaved)
{
    ProbeGridDialog dialog(*store, today, math);
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    type(dialog, QStringLiteral("12"));
    type(dialog, QString());
    type(dialog, QStringLiteral("25"));
    const QString before = fingerprint();
    EXPECT_FALSE(dialog.save());
    EXPECT_EQ(fingerprint(), before);
    EXPECT_EQ(dialog.messageBar()->kind(), MessageBar::Kind::Problem);
    EXPECT_TRUE(dialog.messageBar()->text().contains(QStringLiteral("Luis Zúñiga")))
        << dialog.messageBar()->text().toStdString();
    EXPECT_TRUE(dialog.messageBar()->text().contains(QStringLiteral("25")));
    EXPECT_TRUE(dialog.hasUnsavedScores()) << "the typed scores stay for correcting";
    saveScreenshot(dialog, "probe-grid-refused.png");
}

TEST_F(ProbeGridDialogTest, ProbeSkillsEditorChangesOnlyTheThresholdTouched)
{
    ProbeSkillsEditor editor;
    editor.setSkills(ProbeSkills::list(*store));
    ASSERT_EQ(editor.table()->rowCount(), 2);
    EXPECT_EQ(editor.table()->item(0, ProbeSkillsEditor::SkillColumn)->text(), QStringLiteral("3.OA.7"));
    EXPECT_TRUE(editor.changedSkills().empty());
    editor.masteryBox(0)->setValue(70);
    const auto changed = editor.changedSkills();
    ASSERT_EQ(changed.size(), 1u);
    ASSERT_TRUE(ProbeSkills::saveAll(*store, changed).ok());
    EXPECT_EQ(count("SELECT count(*) FROM probe_skills WHERE skill = '3.OA.7' AND mastery_percent = 70"
                    " AND max_score IS NULL"),
              1);
    EXPECT_EQ(count("SELECT count(*) FROM probe_skills"), 1);
    editor.resize(760, 300);
    saveScreenshot(editor, "probe-skills-editor.png");
}

TEST_F(ProbeGridDialogTest, AssessmentDialogRecordsAnObservationAndABenchmark)
{
    AssessmentDialog dialog(*store, avila, today);
    dialog.show();
    QSignalSpy changed(&dialog, &AssessmentDialog::changed);
    EXPECT_EQ(dialog.history()->rowCount(), 1) << "the pre probe";
    EXPECT_FALSE(dialog.recordObservation()) << "no notes";
    EXPECT_EQ(dialog.messageBar()->kind(), MessageBar::Kind::Problem);
    QTest::keyClicks(dialog.observationNotes(), QStringLiteral("Uses arrays for 6×7 without a prompt."));
    dialog.observationRating()->setCurrentIndex(3);
    ASSERT_TRUE(dialog.recordObservation()) << dialog.messageBar()->text().toStdString();
    dialog.forms()->setCurrentIndex(2);
    dialog.benchmarkSubject()->setCurrentIndex(1);
    QTest::keyClicks(dialog.benchmarkInstrument(), QStringLiteral("i-Ready Diagnostic"));
    dialog.benchmarkScore()->setValue(402);
    QTest::keyClicks(dialog.benchmarkPlacement(), QStringLiteral("2 grade levels below"));
    dialog.benchmarkLevels()->setValue(2);
    ASSERT_TRUE(dialog.recordBenchmark()) << dialog.messageBar()->text().toStdString();
    EXPECT_EQ(changed.count(), 2);
    EXPECT_EQ(dialog.history()->rowCount(), 3);
    EXPECT_EQ(count("SELECT count(*) FROM assessments WHERE kind = 'observation' AND score = 3 AND group_id "
                    "IS NOT NULL"),
              1);
    EXPECT_EQ(count("SELECT count(*) FROM assessments WHERE kind = 'benchmark' AND subject = 'math'"
                    " AND test_window = 'BOY' AND score = 402 AND levels_below = 2"),
              1);
    saveScreenshot(dialog, "assessment-dialog.png");
    ASSERT_TRUE(dialog.removeRow(0, false));
    EXPECT_EQ(dialog.history()->rowCount(), 2);
}

} // namespace
} // namespace tutordesk::test
