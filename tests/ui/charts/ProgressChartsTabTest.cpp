#include "ProgressChartsTab.h"

#include "ChartPanel.h"
#include "core/charts/ChartFixtures.h"
#include "ui/UiFixtures.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFileInfo>
#include <QImage>
#include <QLineSeries>
#include <QScatterSeries>

#include <gtest/gtest.h>

namespace tutordesk::test {
namespace {

QAbstractSeries* seriesNamed(QChart* chart, const QString& prefix)
{
    for (QAbstractSeries* s : chart->series())
        if (s->name().startsWith(prefix))
            return s;
    return nullptr;
}

class ProgressChartsTabTest : public ChartFixture {
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(ChartFixture::SetUp());
        m_tab.resize(1100, 800);
        m_tab.setToday(today());
        m_tab.setStore(&store());
    }

    ProgressChartsTab m_tab;
};

TEST_F(ProgressChartsTabTest, SchoolScopeShowsFourChartsFromTheFigures)
{
    ASSERT_EQ(m_tab.scope(), ProgressChartsTab::Scope::School);
    const auto panels = m_tab.panels();
    ASSERT_EQ(panels.size(), 4);
    for (ChartPanel* p : panels) {
        ASSERT_FALSE(p->showsMessage()) << p->title().toStdString();
        EXPECT_FALSE(p->view()->accessibleName().isEmpty());
        EXPECT_FALSE(p->chart()->title().isEmpty());
        for (QAbstractAxis* axis : p->chart()->axes())
            EXPECT_FALSE(axis->titleText().isEmpty()) << p->title().toStdString();
    }

    // Dosage: 0–99 two students, 100–199 one.
    auto* bars = qobject_cast<QAbstractBarSeries*>(panels[0]->chart()->series().value(0));
    ASSERT_NE(bars, nullptr);
    ASSERT_EQ(bars->count(), 1);
    ASSERT_EQ(bars->barSets()[0]->count(), 2);
    EXPECT_EQ(bars->barSets()[0]->at(0), 2);
    EXPECT_EQ(bars->barSets()[0]->at(1), 1);

    // Growth against dosage: one Tier 2 point at (85 minutes, 45 points) and the no-growth line.
    auto* tier2 = qobject_cast<QScatterSeries*>(seriesNamed(panels[1]->chart(), QStringLiteral("Tier 2")));
    ASSERT_NE(tier2, nullptr);
    ASSERT_EQ(tier2->points().size(), 1);
    EXPECT_EQ(tier2->points()[0], QPointF(85, 45));
    EXPECT_EQ(seriesNamed(panels[1]->chart(), QStringLiteral("Tier 1")), nullptr);
    EXPECT_NE(seriesNamed(panels[1]->chart(), QStringLiteral("No growth")), nullptr);

    // Attendance rate: 6 of 7, then 2 of 3.
    auto* rate = qobject_cast<QLineSeries*>(panels[2]->chart()->series().value(0));
    ASSERT_NE(rate, nullptr);
    ASSERT_EQ(rate->points().size(), 2);
    EXPECT_NEAR(rate->points()[0].y(), 600.0 / 7.0, 1e-9);
    EXPECT_NEAR(rate->points()[1].y(), 200.0 / 3.0, 1e-9);

    // Tiers: students 1, 2, 2; seated 0, 2, 1.
    auto* tiers = qobject_cast<QAbstractBarSeries*>(panels[3]->chart()->series().value(0));
    ASSERT_NE(tiers, nullptr);
    ASSERT_EQ(tiers->count(), 2);
    EXPECT_EQ(tiers->barSets()[1]->at(1), 2);
    EXPECT_EQ(tiers->barSets()[1]->at(2), 1);
    saveScreenshot(m_tab, "charts-school-small.png");
}

TEST_F(ProgressChartsTabTest, StudentScopeShowsProbesMasteryMinutesAndWeeks)
{
    m_tab.showStudent(m_lopez);
    EXPECT_EQ(m_tab.scope(), ProgressChartsTab::Scope::Student);
    EXPECT_EQ(m_tab.studentBox()->currentData().toLongLong(), m_lopez);
    const auto panels = m_tab.panels();
    ASSERT_EQ(panels.size(), 3);

    QChart* probes = panels[0]->chart();
    ASSERT_NE(probes, nullptr);
    auto* skill = qobject_cast<QLineSeries*>(seriesNamed(probes, QStringLiteral("RF.3.3")));
    ASSERT_NE(skill, nullptr);
    ASSERT_EQ(skill->points().size(), 3);
    EXPECT_DOUBLE_EQ(skill->points()[0].y(), 40);
    EXPECT_DOUBLE_EQ(skill->points()[2].y(), 85);
    auto* mastery = qobject_cast<QLineSeries*>(seriesNamed(probes, QStringLiteral("Mastery")));
    ASSERT_NE(mastery, nullptr);
    EXPECT_EQ(mastery->pen().style(), Qt::DashLine);
    EXPECT_DOUBLE_EQ(mastery->points()[0].y(), 90);

    auto* received = qobject_cast<QLineSeries*>(seriesNamed(panels[1]->chart(), QStringLiteral("Received")));
    auto* planned = qobject_cast<QLineSeries*>(seriesNamed(panels[1]->chart(), QStringLiteral("Planned")));
    ASSERT_TRUE(received && planned);
    ASSERT_EQ(received->points().size(), 5);
    EXPECT_DOUBLE_EQ(received->points().back().y(), 85);
    EXPECT_DOUBLE_EQ(planned->points().back().y(), 120);

    auto* weeks = qobject_cast<QAbstractBarSeries*>(panels[2]->chart()->series().value(0));
    ASSERT_NE(weeks, nullptr);
    ASSERT_EQ(weeks->barSets().size(), 2);
    EXPECT_EQ(weeks->barSets()[0]->at(0), 2); // held
    EXPECT_EQ(weeks->barSets()[1]->at(1), 1); // attended (the make-up)
    saveScreenshot(m_tab, "charts-student-small.png");
}

TEST_F(ProgressChartsTabTest, StudentWithoutProbesGetsASentence)
{
    m_tab.showStudent(m_ortiz);
    ASSERT_EQ(m_tab.panels().size(), 3);
    EXPECT_TRUE(m_tab.panels()[0]->showsMessage());
    EXPECT_EQ(m_tab.panels()[0]->message(), QStringLiteral("No probes yet for this student."));
    EXPECT_FALSE(m_tab.panels()[1]->showsMessage());
}

TEST_F(ProgressChartsTabTest, GroupScopeAndReloadKeepTheChoice)
{
    m_tab.showGroup(m_group);
    ASSERT_EQ(m_tab.panels().size(), 2);
    auto* growth = qobject_cast<QAbstractBarSeries*>(m_tab.panels()[0]->chart()->series().value(0));
    ASSERT_NE(growth, nullptr);
    // Bottom to top: López 45, Cruz not measured.
    ASSERT_EQ(growth->barSets()[0]->count(), 2);
    EXPECT_DOUBLE_EQ(growth->barSets()[0]->at(0), 45);
    auto* sessions = qobject_cast<QAbstractBarSeries*>(m_tab.panels()[1]->chart()->series().value(0));
    ASSERT_NE(sessions, nullptr);
    QStringList labels;
    for (QBarSet* set : sessions->barSets())
        labels << set->label();
    EXPECT_EQ(labels, (QStringList{QStringLiteral("Held"), QStringLiteral("Cancelled: tutor absent")}));
    EXPECT_EQ(sessions->barSets()[0]->at(1), 1);
    EXPECT_EQ(sessions->barSets()[1]->at(1), 1);

    // New attendance elsewhere; the tab re-reads and stays on the group.
    db().run("UPDATE sessions SET status = 'cancelled', cancel_reason = 'weather' WHERE day = '2027-03-16'");
    m_tab.setToday(QDate(2027, 3, 19));
    m_tab.reload();
    EXPECT_EQ(m_tab.scope(), ProgressChartsTab::Scope::Group);
    EXPECT_EQ(m_tab.groupBox()->currentData().toLongLong(), m_group);
    sessions = qobject_cast<QAbstractBarSeries*>(m_tab.panels()[1]->chart()->series().value(0));
    ASSERT_NE(sessions, nullptr);
    EXPECT_EQ(sessions->barSets().size(), 3);
    saveScreenshot(m_tab, "charts-group-small.png");

    m_tab.showSchool();
    EXPECT_EQ(m_tab.panels().size(), 4);
}

TEST_F(ProgressChartsTabTest, SavingAChartWritesAPng)
{
    const QString path = file(QStringLiteral("dosage.png"));
    ASSERT_TRUE(m_tab.panels()[0]->savePng(path));
    const QImage image(path);
    ASSERT_FALSE(image.isNull());
    EXPECT_GT(image.width(), 100);
    EXPECT_GT(QFileInfo(path).size(), 0);
}

} // namespace
} // namespace tutordesk::test
