// The charts on the demo school (about 150 students in tutoring, up to 20 November 2026): every scope
// builds charts, and the pictures are saved for a person to look at (TUTORDESK_SCREENSHOT_DIR).
#include "ChartPanel.h"
#include "ProgressChartsTab.h"
#include "ui/UiFixtures.h"

#include <QChart>
#include <QComboBox>

#include <gtest/gtest.h>

namespace tutordesk::test {
namespace {

class ChartsDemoTest : public TempDirTest {
protected:
    void SetUp() override
    {
        DemoOptions options;
        options.through = QDate(2026, 11, 20);
        auto demo = openOrCreateDemoSchool(dbPath(), options);
        ASSERT_TRUE(demo.ok()) << demo.error().message.toStdString();
        m_store = std::move(demo).value();
        m_tab.setToday(options.through);
        m_tab.setStore(m_store.get());
        m_tab.resize(1280, 760);
        m_tab.show();
    }
    void TearDown() override { m_tab.setStore(nullptr); }

    std::int64_t studentWithProbes()
    {
        return m_store->db().queryInteger(
            "SELECT a.student_id FROM assessments a JOIN enrollments e ON e.student_id = a.student_id"
            " WHERE a.kind = 'probe' AND e.status = 'active' GROUP BY a.student_id ORDER BY count(*) DESC,"
            " a.student_id LIMIT 1");
    }

    std::unique_ptr<Store> m_store;
    ProgressChartsTab m_tab;
};

TEST_F(ChartsDemoTest, EveryScopeDrawsItsCharts)
{
    ASSERT_EQ(m_tab.panels().size(), 4);
    for (ChartPanel* p : m_tab.panels())
        EXPECT_FALSE(p->showsMessage()) << p->title().toStdString() << ": " << p->message().toStdString();
    saveScreenshot(m_tab, "charts-demo-school.png");

    const std::int64_t student = studentWithProbes();
    ASSERT_GT(student, 0);
    m_tab.showStudent(student);
    ASSERT_EQ(m_tab.panels().size(), 3);
    for (ChartPanel* p : m_tab.panels())
        EXPECT_FALSE(p->showsMessage()) << p->title().toStdString() << ": " << p->message().toStdString();
    saveScreenshot(m_tab, "charts-demo-student.png");

    const std::int64_t group = m_store->db().queryInteger(
        "SELECT group_id FROM enrollments WHERE student_id = ? AND status = 'active' LIMIT 1", student);
    m_tab.showGroup(group);
    ASSERT_EQ(m_tab.panels().size(), 2);
    EXPECT_FALSE(m_tab.panels()[1]->showsMessage());
    saveScreenshot(m_tab, "charts-demo-group.png");
    EXPECT_GT(m_tab.groupBox()->count(), 10);
    EXPECT_GT(m_tab.studentBox()->count(), 50);
}

} // namespace
} // namespace tutordesk::test
