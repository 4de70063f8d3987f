// Settings on a real database: weights, tiers and the seat budget go to core and come back, a
// refusal shows core's words and saves nothing, and new weights offer to recalculate.
#include "MainWindow.h"
#include "NeedWeightsEditor.h"
#include "RecentDatabases.h"
#include "Session.h"
#include "SettingsDialog.h"
#include "TierEditor.h"
#include "placement/NeedScore.h"
#include "placement/Placement.h"
#include "placement/Tiers.h"
#include "support/TempDir.h"
#include "ui/UiFixtures.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

namespace tutordesk::test {
namespace {

class SettingsTest : public TempDirTest {
protected:
    void SetUp() override
    {
        QSettings().clear();
        {
            auto store = openStore(dbPath());
            ASSERT_TRUE(store);
            createSchool(*store);
            addStudents(*store, 30);
        }
        ASSERT_TRUE(m_session.open(dbPath()).ok());
    }

    static QSpinBox* spin(TierEditor* editor, int row, TierEditor::Column column)
    {
        return qobject_cast<QSpinBox*>(editor->cell(row, column));
    }
    static QDoubleSpinBox* score(TierEditor* editor, int row)
    {
        return qobject_cast<QDoubleSpinBox*>(editor->cell(row, TierEditor::MinScoreColumn));
    }

    Session m_session;
};

TEST_F(SettingsTest, RoundTripsWeightsTiersAndSeats)
{
    Store& store = *m_session.store();
    {
        SettingsDialog dialog(m_session);
        dialog.show();
        EXPECT_DOUBLE_EQ(dialog.weightsEditor()->box(0)->value(), NeedWeights{}.pointsPerLevelBelow);
        TierEditor* tiers = dialog.tierEditor();
        ASSERT_EQ(tiers->table()->rowCount(), 3);
        EXPECT_EQ(spin(tiers, 2, TierEditor::GroupSizeColumn)->value(), Tiers::load(store)[2].maxGroupSize);
        EXPECT_EQ(spin(tiers, 2, TierEditor::GroupSizeColumn)->maximum(), 4);
        EXPECT_EQ(spin(tiers, 2, TierEditor::GroupSizeColumn)->minimum(), 1);
        EXPECT_FALSE(tiers->budgetBox()->isChecked());

        dialog.weightsEditor()->box(0)->setValue(25);
        spin(tiers, 2, TierEditor::GroupSizeColumn)->setValue(1);
        spin(tiers, 1, TierEditor::MinutesColumn)->setValue(40);
        tiers->budgetBox()->setChecked(true);
        tiers->budgetSeats()->setValue(120);

        QSignalSpy saved(&dialog, &SettingsDialog::saved);
        ASSERT_TRUE(dialog.save()) << dialog.problemLabel()->text().toStdString();
        EXPECT_EQ(saved.count(), 1);
        QMessageBox* question = dialog.recalculateQuestion();
        ASSERT_TRUE(question) << "new weights offer to recalculate";
        EXPECT_EQ(question->defaultButton(), question->button(QMessageBox::Yes));
        question->button(QMessageBox::No)->click();
        EXPECT_EQ(dialog.result(), QDialog::Accepted);
    }
    EXPECT_DOUBLE_EQ(NeedWeights::load(store).pointsPerLevelBelow, 25);
    EXPECT_EQ(Tiers::load(store)[2].maxGroupSize, 1);
    EXPECT_EQ(Tiers::load(store)[1].minutes, 40);
    EXPECT_EQ(Placement::seatBudgetSetting(store), 120);

    SettingsDialog again(m_session);
    EXPECT_DOUBLE_EQ(again.weightsEditor()->box(0)->value(), 25);
    EXPECT_EQ(spin(again.tierEditor(), 2, TierEditor::GroupSizeColumn)->value(), 1);
    EXPECT_TRUE(again.tierEditor()->budgetBox()->isChecked());
    EXPECT_EQ(again.tierEditor()->budgetSeats()->value(), 120);

    // Restore Defaults puts back what a new school starts with; Save keeps it.
    for (QPushButton* button : again.findChildren<QPushButton*>()) {
        if (button->text().startsWith(QStringLiteral("Restore")))
            button->click();
    }
    again.tierEditor()->budgetBox()->setChecked(false);
    EXPECT_EQ(again.weightsEditor()->weights(), NeedWeights{});
    EXPECT_EQ(again.tierEditor()->tiers(), Tiers::defaults());
    ASSERT_TRUE(again.save());
    EXPECT_EQ(NeedWeights::load(store), NeedWeights{});
    EXPECT_EQ(Placement::seatBudgetSetting(store), std::nullopt);
}

TEST_F(SettingsTest, CoreRefusalIsShownAndNothingIsSaved)
{
    Store& store = *m_session.store();
    const auto tiersBefore = Tiers::load(store);
    SettingsDialog dialog(m_session);
    dialog.show();
    dialog.weightsEditor()->box(0)->setValue(30); // would be saved if the tiers were right
    // Tier 2 asking for a higher score than tier 3: thresholds must rise with the tier.
    score(dialog.tierEditor(), 1)->setValue(90);
    score(dialog.tierEditor(), 2)->setValue(60);
    EXPECT_FALSE(dialog.save());
    EXPECT_TRUE(dialog.problemLabel()->isVisible());
    EXPECT_TRUE(dialog.problemLabel()->text().startsWith(QStringLiteral("Not saved: ")));
    EXPECT_EQ(dialog.problemLabel()->text(),
              QStringLiteral("Not saved: ") + Tiers::validate(dialog.tierEditor()->tiers()).error().message);
    EXPECT_EQ(Tiers::load(store), tiersBefore);
    EXPECT_EQ(NeedWeights::load(store), NeedWeights{}) << "the weights were not saved either";
    EXPECT_EQ(dialog.recalculateQuestion(), nullptr);
}

TEST_F(SettingsTest, YesRecalculatesAndThePagesReadAgain)
{
    RecentDatabases recent;
    MainWindow window(m_session, recent);
    window.show();
    SettingsDialog* dialog = window.openSettings();
    ASSERT_TRUE(dialog);
    EXPECT_TRUE(dialog->isVisible());
    QSignalSpy changed(&m_session, &Session::contentChanged);
    dialog->weightsEditor()->box(5)->setValue(12); // English learner
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
    ASSERT_TRUE(dialog->recalculateQuestion());
    dialog->recalculateQuestion()->button(QMessageBox::Yes)->click();
    EXPECT_EQ(changed.count(), 2) << "once saved, once recalculated";
    EXPECT_EQ(m_session.store()->db().queryInteger(
                  "SELECT count(*) FROM students WHERE status = 'active' AND need_breakdown IS NULL"),
              0);
}

} // namespace
} // namespace tutordesk::test
