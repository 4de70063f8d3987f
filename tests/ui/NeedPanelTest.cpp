// The Students page's need columns, tier and program filters, and the "Why this student" panel,
// on the demo school's real need scores.
#include "NeedPanel.h"

#include "StudentFilterBar.h"
#include "StudentTableModel.h"
#include "StudentsPage.h"
#include "placement/NeedScore.h"
#include "school/SchoolSetup.h"
#include "support/TempDir.h"
#include "ui/UiFixtures.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

#include <gtest/gtest.h>

namespace tutordesk::test {
namespace {

using Model = StudentTableModel;

class NeedPanelTest : public DemoSchoolPageTest<StudentsPage> {
protected:
    std::int64_t count(const char* sql) { return m_store->db().queryInteger(sql); }
};

TEST_F(NeedPanelTest, FiltersByTierAndProgramStatusInSql)
{
    StudentFilterBar* filters = m_page.filterBar();
    filters->tierBox()->setCurrentIndex(filters->tierBox()->findData(3));
    EXPECT_EQ(m_page.model()->totalCount(),
              count("SELECT count(*) FROM students WHERE status = 'active' AND need_tier = 3"));
    EXPECT_GT(m_page.model()->totalCount(), 0);
    EXPECT_EQ(m_page.model()->index(0, Model::TierColumn).data().toString(), QStringLiteral("3"));

    filters->tierBox()->setCurrentIndex(0);
    filters->programBox()->setCurrentIndex(filters->programBox()->findData(QStringLiteral("waitlisted")));
    EXPECT_EQ(
        m_page.model()->totalCount(),
        count("SELECT count(DISTINCT student_id) FROM enrollments e JOIN students s ON s.id = e.student_id"
              " WHERE e.status = 'waitlisted' AND s.status = 'active' AND NOT EXISTS (SELECT 1 FROM"
              " enrollments f WHERE f.student_id = e.student_id AND f.status IN ('active', 'consented',"
              " 'invited', 'paused'))"));
    EXPECT_EQ(m_page.model()->index(0, Model::ProgramColumn).data().toString(), QStringLiteral("Waitlisted"));

    filters->programBox()->setCurrentIndex(filters->programBox()->findData(QStringLiteral("none")));
    EXPECT_EQ(m_page.model()->totalCount(),
              count("SELECT count(*) FROM students s WHERE status = 'active' AND NOT EXISTS"
                    " (SELECT 1 FROM enrollments e WHERE e.student_id = s.id)"));
}

TEST_F(NeedPanelTest, ExplainsTheSelectedStudent)
{
    NeedPanel* panel = m_page.needPanel();
    EXPECT_TRUE(panel->factors()->isHidden());

    // The neediest student first.
    m_page.table()->sortByColumn(Model::NeedScoreColumn, Qt::DescendingOrder);
    const QModelIndex top = m_page.model()->index(0, Model::LastNameColumn);
    m_page.table()->setCurrentIndex(top);
    const auto id = top.data(Model::StudentIdRole).toLongLong();
    const auto row = NeedScore::forStudent(*m_store, id);
    ASSERT_TRUE(row);
    EXPECT_TRUE(panel->nameLabel()->text().startsWith(row->name)) << panel->nameLabel()->text().toStdString();
    EXPECT_EQ(panel->scoreLabel()->text(),
              QStringLiteral("Need score %1").arg(QLocale().toString(row->score, 'f', 1)));
    EXPECT_TRUE(panel->tierLabel()->text().startsWith(QStringLiteral("Tier %1").arg(row->tier)))
        << panel->tierLabel()->text().toStdString();
    ASSERT_EQ(panel->factors()->topLevelItemCount(), static_cast<int>(row->breakdown.size()));
    ASSERT_GT(panel->factors()->topLevelItemCount(), 0);
    EXPECT_EQ(panel->factors()->topLevelItem(0)->text(0),
              QLocale().toString(row->breakdown.front().points, 'f', 1));
    EXPECT_FALSE(panel->factors()->topLevelItem(0)->text(1).isEmpty());

    m_page.table()->clearSelection();
    m_page.table()->setCurrentIndex({});
    EXPECT_TRUE(panel->nameLabel()->text().isEmpty());
}

TEST_F(NeedPanelTest, RecalculateScoresEveryoneAndKeepsTheSelection)
{
    m_store->db().run("UPDATE students SET need_score = NULL, need_tier = NULL, need_breakdown = NULL");
    m_page.reload();
    const QModelIndex first = m_page.model()->index(0, Model::LastNameColumn);
    const auto id = first.data(Model::StudentIdRole).toLongLong();
    m_page.table()->setCurrentIndex(first);
    EXPECT_TRUE(m_page.needPanel()->factors()->isHidden()) << "no score yet";
    EXPECT_TRUE(m_page.model()->index(0, Model::NeedScoreColumn).data().toString().isEmpty());

    QSignalSpy recalculated(&m_page, &StudentsPage::needScoresRecalculated);
    QObject::connect(&m_page, &StudentsPage::needScoresRecalculated, &m_page, &StudentsPage::reload);
    m_page.recalculateButton()->click();
    ASSERT_EQ(recalculated.count(), 1);
    EXPECT_EQ(count("SELECT count(*) FROM students WHERE status = 'active' AND need_score IS NULL"), 0);
    EXPECT_EQ(m_page.table()->currentIndex().data(Model::StudentIdRole).toLongLong(), id);
    EXPECT_FALSE(m_page.model()
                     ->index(m_page.table()->currentIndex().row(), Model::NeedScoreColumn)
                     .data()
                     .toString()
                     .isEmpty());
    EXPECT_FALSE(m_page.needPanel()->scoreLabel()->text().isEmpty());
}

} // namespace
} // namespace tutordesk::test
