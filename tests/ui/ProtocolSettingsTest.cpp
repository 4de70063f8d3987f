// Settings ▸ Protocol on a real database: the thresholds go to core and come back, a threshold core
// refuses is explained in the dialog and nothing is saved, and Restore Defaults puts DESIGN.md's back.
#include "ProtocolRulesEditor.h"
#include "Session.h"
#include "SettingsDialog.h"
#include "protocol/ProtocolRules.h"
#include "support/TempDir.h"
#include "ui/UiFixtures.h"

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>

#include <gtest/gtest.h>

namespace tutordesk::test {
namespace {

using Field = ProtocolRulesEditor::Field;

class ProtocolSettingsTest : public TempDirTest {
protected:
    void SetUp() override
    {
        QSettings().clear();
        {
            auto store = openStore(dbPath());
            ASSERT_TRUE(store);
            createSchool(*store);
        }
        ASSERT_TRUE(m_session.open(dbPath()).ok());
    }

    Session m_session;
};

TEST_F(ProtocolSettingsTest, SavesTheThresholds)
{
    Store& store = *m_session.store();
    {
        SettingsDialog dialog(m_session);
        dialog.show();
        ProtocolRulesEditor* editor = dialog.protocolEditor();
        ASSERT_GE(dialog.tabs()->indexOf(editor), 0);
        dialog.tabs()->setCurrentWidget(editor);
        EXPECT_EQ(editor->thresholds(), ProtocolRules::defaults());
        EXPECT_EQ(editor->box(Field::MakeupAfter)->value(), 2);
        EXPECT_EQ(editor->box(Field::EscalateBelowPercent)->value(), 70);
        // The numbers read as part of their sentence.
        EXPECT_EQ(editor->box(Field::NotifyDueDays)->text(), QStringLiteral("the same day"));
        EXPECT_EQ(editor->box(Field::MakeupDueDays)->text(), QStringLiteral("within 5 school days"));
        EXPECT_EQ(editor->box(Field::NotifyAfter)->text(), QStringLiteral("1 absence"));
        for (int field = 0; field < Field::FieldCount; ++field)
            EXPECT_FALSE(editor->box(static_cast<Field>(field))->accessibleName().isEmpty()) << field;
        saveScreenshot(dialog, "settings-protocol.png");

        editor->box(Field::MakeupDueDays)->setValue(3);
        editor->box(Field::EscalateBelowPercent)->setValue(80);
        editor->box(Field::EscalateWindowWeeks)->setValue(6);
        editor->box(Field::PauseAfter)->setValue(6);
        editor->notifyOnExcusedBox()->setChecked(true);
        editor->makeupOnUnexcusedBox()->setChecked(false);
        ASSERT_TRUE(dialog.save()) << dialog.problemLabel()->text().toStdString();
    }
    ProtocolThresholds expected = ProtocolRules::defaults();
    expected.makeupDueDays = 3;
    expected.escalateBelowPercent = 80;
    expected.escalateWindowWeeks = 6;
    expected.pauseAfter = 6;
    expected.notifyOnExcused = true;
    expected.makeupOnUnexcused = false;
    EXPECT_EQ(ProtocolRules::load(store), expected);

    // Opened again, it shows what was saved; Restore Defaults and Save put DESIGN.md's protocol back.
    SettingsDialog again(m_session);
    EXPECT_EQ(again.protocolEditor()->thresholds(), expected);
    EXPECT_EQ(again.protocolEditor()->box(Field::MakeupDueDays)->text(),
              QStringLiteral("within 3 school days"));
    for (QPushButton* button : again.protocolEditor()->findChildren<QPushButton*>()) {
        if (button->text().startsWith(QStringLiteral("Restore")))
            button->click();
    }
    EXPECT_EQ(again.protocolEditor()->thresholds(), ProtocolRules::defaults());
    ASSERT_TRUE(again.save()) << again.problemLabel()->text().toStdString();
    EXPECT_EQ(ProtocolRules::load(store), ProtocolRules::defaults());
}

TEST_F(ProtocolSettingsTest, RefusedThresholdIsShownAndNothingIsSaved)
{
    Store& store = *m_session.store();
    SettingsDialog dialog(m_session);
    dialog.show();
    ProtocolRulesEditor* editor = dialog.protocolEditor();
    editor->box(Field::MakeupDueDays)->setValue(4); // would be saved if the rest were right
    // Trying to switch the attendance-rate rule off: core wants at least 1%.
    editor->box(Field::EscalateBelowPercent)->setValue(0);
    EXPECT_EQ(editor->box(Field::EscalateBelowPercent)->text(), QStringLiteral("0%"));
    const auto problem = ProtocolRules::validate(editor->thresholds());
    ASSERT_TRUE(problem) << "core accepts escalating under 0%";

    EXPECT_FALSE(dialog.save());
    EXPECT_FALSE(dialog.problemLabel()->isHidden());
    EXPECT_TRUE(dialog.problemLabel()->text().contains(*problem))
        << dialog.problemLabel()->text().toStdString();
    EXPECT_EQ(dialog.tabs()->currentWidget(), editor);
    EXPECT_EQ(ProtocolRules::load(store), ProtocolRules::defaults());
    EXPECT_TRUE(dialog.isVisible());
}

} // namespace
} // namespace tutordesk::test
