// The 30-second view on screen: the rows of a fixture known by hand (tests/core/progress/ProgressFixture.h),
// sorting by a header queries again, filtering by flag, Enter opening a student, the group view, the
// summary line, and the flag thresholds' editor.
#include "ProgressTableTab.h"

#include "ProgressFilterBar.h"
#include "ProgressFlagsEditor.h"
#include "ProgressTableGroups.h"
#include "ProgressTableModel.h"
#include "core/progress/ProgressFixture.h"
#include "ui/UiFixtures.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

namespace tutordesk::test {
namespace {

class ProgressTableTabTest : public ProgressFixture {
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(ProgressFixture::SetUp());
        m_tab.setToday(today());
        m_tab.setStore(&store());
        m_tab.resize(1400, 500);
        m_tab.show();
    }
    void TearDown() override { m_tab.setStore(nullptr); }

    QString cell(int row, int column) const
    {
        return m_tab.studentModel()->index(row, column).data().toString();
    }

    int rowOfStudent(std::int64_t student, std::int64_t group) const
    {
        ProgressTableModel* model = m_tab.studentModel();
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->rowAt(r)->studentId == student && model->rowAt(r)->groupId == group)
                return r;
        return -1;
    }

    void choose(QComboBox* box, int data)
    {
        const int index = box->findData(data);
        ASSERT_GE(index, 0);
        box->setCurrentIndex(index);
    }

    ProgressTableTab m_tab;
};

TEST_F(ProgressTableTabTest, ShowsEachStudentsFiguresFlaggedFirstWithASummary)
{
    ProgressTableModel* model = m_tab.studentModel();
    ASSERT_EQ(model->rowCount(), 8);
    EXPECT_EQ(cell(0, ProgressTableModel::Student), u("Dee Evans")) << "not attending comes first";
    EXPECT_EQ(cell(0, ProgressTableModel::Flag), u("Not attending"));
    EXPECT_EQ(model->index(0, ProgressTableModel::Flag).data(Qt::BackgroundRole).value<QColor>().isValid(),
              true)
        << "a colour cue besides the words";

    const int cruz = rowOfStudent(m_cruz, m_reading);
    ASSERT_GE(cruz, 0);
    EXPECT_EQ(cell(cruz, ProgressTableModel::Attended), u("8 of 10"));
    EXPECT_EQ(cell(cruz, ProgressTableModel::Attendance), u("80%"));
    EXPECT_EQ(cell(cruz, ProgressTableModel::Minutes), u("240 of 300"));
    EXPECT_EQ(cell(cruz, ProgressTableModel::Skill), u("3.RF.3 Decoding multisyllable words"));
    EXPECT_EQ(cell(cruz, ProgressTableModel::Pre), u("10/20 · 50%"));
    EXPECT_EQ(cell(cruz, ProgressTableModel::Latest), u("10.8/20 · 54% (post)"));
    EXPECT_EQ(cell(cruz, ProgressTableModel::Growth), u("+4.0 pts"));
    EXPECT_EQ(cell(cruz, ProgressTableModel::Flag), u("Attending, not improving"));
    const QString why = model->index(cruz, ProgressTableModel::Flag).data(Qt::ToolTipRole).toString();
    EXPECT_TRUE(why.contains(u("8 sessions")) && why.contains(u("80%")) && why.contains(u("5 pts")))
        << why.toStdString();

    const int lopezMath = rowOfStudent(m_lopez, m_math);
    EXPECT_EQ(cell(lopezMath, ProgressTableModel::Growth), u("+40.0 pts ✓")) << "mastered";
    EXPECT_EQ(cell(rowOfStudent(m_evans, m_reading), ProgressTableModel::Growth), u("—"));

    EXPECT_EQ(
        m_tab.summaryLabel()->text(),
        u("7 students · 8 seats · 2 not attending · 1 attending but not improving · mean growth +10.3 pts · "
          "mean attendance 60%"));
    saveScreenshot(m_tab, "progress-table-small.png");
}

TEST_F(ProgressTableTabTest, AHeaderClickSortsInSql)
{
    QHeaderView* header = m_tab.studentTable()->horizontalHeader();
    header->setSortIndicator(ProgressTableModel::Growth, Qt::DescendingOrder);
    EXPECT_EQ(m_tab.studentModel()->currentSort().column, ProgressColumn::Growth);
    EXPECT_EQ(m_tab.studentModel()->rowAt(0)->studentId, m_lopez);
    EXPECT_EQ(m_tab.studentModel()->rowAt(0)->groupId, m_math);
    header->setSortIndicator(ProgressTableModel::Student, Qt::AscendingOrder);
    EXPECT_EQ(cell(0, ProgressTableModel::Student), u("Ben Cruz"));
    EXPECT_EQ(cell(7, ProgressTableModel::Student), u("Ana López"));
}

TEST_F(ProgressTableTabTest, TheFlagFilterAndTheSearchNarrowTheRows)
{
    choose(m_tab.filterBar()->flagBox(), static_cast<int>(ProgressFlagFilter::NotImproving));
    ASSERT_EQ(m_tab.studentModel()->rowCount(), 1);
    EXPECT_EQ(cell(0, ProgressTableModel::Student), u("Ben Cruz"));
    EXPECT_TRUE(m_tab.summaryLabel()->text().startsWith(u("1 student ·")))
        << m_tab.summaryLabel()->text().toStdString();
    m_tab.filterBar()->flagBox()->setCurrentIndex(0);
    EXPECT_EQ(m_tab.studentModel()->rowCount(), 8);

    m_tab.filterBar()->searchField()->setText(u("lopez"));
    QTest::keyClick(m_tab.filterBar()->searchField(), Qt::Key_Return);
    EXPECT_EQ(m_tab.studentModel()->rowCount(), 2);
}

TEST_F(ProgressTableTabTest, EnterOnAStudentRowOpensTheStudent)
{
    QSignalSpy chosen(&m_tab, &ProgressTableTab::studentChosen);
    QTableView* table = m_tab.studentTable();
    const int cruz = rowOfStudent(m_cruz, m_reading);
    table->setFocus();
    table->setCurrentIndex(m_tab.studentModel()->index(cruz, 0));
    QTest::keyClick(table, Qt::Key_Return);
    ASSERT_EQ(chosen.count(), 1);
    EXPECT_EQ(chosen.at(0).at(0).value<std::int64_t>(), m_cruz);
}

TEST_F(ProgressTableTabTest, TheGroupViewOpensAGroupAndNarrowsTheStudentsToIt)
{
    m_tab.filterBar()->groupsButton()->click();
    ProgressTableGroups* groups = m_tab.groupModel();
    ASSERT_EQ(groups->rowCount(), 2);
    EXPECT_EQ(groups->rowAt(0)->groupId, m_reading) << "the group with more flags first";
    EXPECT_EQ(groups->index(0, ProgressTableGroups::Delivery).data().toString(), u("10 of 10 held (100%)"));
    EXPECT_EQ(groups->index(0, ProgressTableGroups::Minutes).data().toString(), u("840 of 1,200"));
    EXPECT_EQ(groups->index(0, ProgressTableGroups::Flags).data().toString(),
              u("1 not attending · 1 not improving"));
    EXPECT_TRUE(m_tab.summaryLabel()->text().startsWith(u("2 groups ·")));
    saveScreenshot(m_tab, "progress-table-groups-small.png");

    QSignalSpy chosen(&m_tab, &ProgressTableTab::groupChosen);
    QTableView* table = m_tab.groupTable();
    table->setFocus();
    table->setCurrentIndex(groups->index(1, 0));
    QTest::keyClick(table, Qt::Key_Return);
    ASSERT_EQ(chosen.count(), 1);
    EXPECT_EQ(chosen.at(0).at(0).value<std::int64_t>(), m_math);
    EXPECT_EQ(m_tab.filterBar()->view(), ProgressFilterBar::View::Students);
    EXPECT_EQ(m_tab.studentModel()->rowCount(), 4) << "the math group's students";
}

TEST_F(ProgressTableTabTest, TheFlagsEditorShowsWhatCoreWouldRefuse)
{
    ProgressFlagsEditor editor;
    ProgressFlagRules rules;
    rules.minGrowth = 7.5;
    rules.notAttendingRate = 0.5;
    editor.setRules(rules);
    EXPECT_DOUBLE_EQ(editor.rules().minGrowth, 7.5);
    EXPECT_DOUBLE_EQ(editor.rules().notAttendingRate, 0.5);
    EXPECT_TRUE(editor.problemLabel()->isHidden());
    editor.notAttendingBox()->setValue(90);
    EXPECT_FALSE(editor.problemLabel()->isHidden());
    EXPECT_TRUE(editor.problemLabel()->text().contains(u("must not be above")));
    editor.restoreDefaults();
    EXPECT_TRUE(editor.problemLabel()->isHidden());
    EXPECT_EQ(editor.rules().minSessionsAttended, 8);
    editor.resize(700, 420);
    saveScreenshot(editor, "progress-flags-editor.png");
}

} // namespace
} // namespace tutordesk::test
