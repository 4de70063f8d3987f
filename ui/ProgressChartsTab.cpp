#include "ProgressChartsTab.h"

#include "ChartBuilders.h"
#include "ChartPanel.h"
#include "progress/ChartData.h"

#include <QButtonGroup>
#include <QChart>
#include <QComboBox>
#include <QCompleter>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace tutordesk {

ProgressChartsTab::ProgressChartsTab(QWidget* parent)
    : QWidget(parent)
    , m_schoolButton(new QRadioButton(tr("&School"), this))
    , m_groupButton(new QRadioButton(tr("&Group:"), this))
    , m_studentButton(new QRadioButton(tr("S&tudent:"), this))
    , m_groupBox(new QComboBox(this))
    , m_studentBox(new QComboBox(this))
    , m_hint(new QLabel(this))
{
    auto* scopes = new QButtonGroup(this);
    for (QRadioButton* b : {m_schoolButton, m_groupButton, m_studentButton})
        scopes->addButton(b);
    m_schoolButton->setChecked(true);
    m_groupBox->setAccessibleName(tr("Group to chart"));
    m_groupBox->setMinimumContentsLength(28);
    m_groupBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_studentBox->setAccessibleName(tr("Student to chart"));
    m_studentBox->setEditable(true);
    m_studentBox->setInsertPolicy(QComboBox::NoInsert);
    m_studentBox->setMinimumContentsLength(24);
    m_studentBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_studentBox->lineEdit()->setPlaceholderText(tr("Type a name or district id"));
    m_studentBox->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_studentBox->completer()->setFilterMode(Qt::MatchContains);
    m_studentBox->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_hint->setWordWrap(true);
    m_hint->setText(
        tr("Hover over a point or bar for the figures; right-click a chart to save or print it."));

    connect(scopes, &QButtonGroup::buttonClicked, this, [this] { scopeButtonChosen(); });
    connect(m_groupBox, &QComboBox::activated, this, [this] {
        if (!m_filling)
            showGroup(m_groupBox->currentData().toLongLong());
    });
    connect(m_studentBox, &QComboBox::activated, this, [this] {
        if (!m_filling)
            showStudent(m_studentBox->currentData().toLongLong());
    });

    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Chart for:"), this));
    bar->addWidget(m_schoolButton);
    bar->addSpacing(12);
    bar->addWidget(m_groupButton);
    bar->addWidget(m_groupBox);
    bar->addSpacing(12);
    bar->addWidget(m_studentButton);
    bar->addWidget(m_studentBox);
    bar->addStretch();

    m_grid = new QWidget(this);
    m_gridLayout = new QGridLayout(m_grid);
    m_gridLayout->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_grid);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_hint);
    layout->addWidget(scroll, 1);
}

ProgressChartsTab::~ProgressChartsTab() = default;

void ProgressChartsTab::setStore(Store* store)
{
    m_store = store;
    reload();
}

void ProgressChartsTab::setToday(const QDate& today)
{
    m_today = today;
}

void ProgressChartsTab::reload()
{
    fillChoosers();
    rebuild();
}

void ProgressChartsTab::showStudent(std::int64_t studentId)
{
    m_scope = Scope::Student;
    m_currentId = studentId;
    rebuild();
}

void ProgressChartsTab::showGroup(std::int64_t groupId)
{
    m_scope = Scope::Group;
    m_currentId = groupId;
    rebuild();
}

void ProgressChartsTab::showSchool()
{
    m_scope = Scope::School;
    m_currentId = 0;
    rebuild();
}

void ProgressChartsTab::scopeButtonChosen()
{
    if (m_schoolButton->isChecked())
        showSchool();
    else if (m_groupButton->isChecked())
        showGroup(m_groupBox->currentData().toLongLong());
    else
        showStudent(m_studentBox->currentData().toLongLong());
}

void ProgressChartsTab::fillChoosers()
{
    m_filling = true;
    for (QComboBox* box : {m_groupBox, m_studentBox})
        box->clear();
    if (m_store) {
        for (const ChartChoice& c : ChartData::groups(*m_store))
            m_groupBox->addItem(c.label, QVariant::fromValue<qlonglong>(c.id));
        for (const ChartChoice& c : ChartData::students(*m_store))
            m_studentBox->addItem(c.label, QVariant::fromValue<qlonglong>(c.id));
    }
    m_filling = false;
}

void ProgressChartsTab::clearPanels()
{
    for (ChartPanel* panel : m_panels) {
        m_gridLayout->removeWidget(panel);
        panel->hide();
        panel->deleteLater();
    }
    m_panels.clear();
}

ChartPanel* ProgressChartsTab::addPanel(const QString& title, QChart* chart, const QString& emptyText)
{
    auto* panel = new ChartPanel(title, m_grid);
    if (chart)
        panel->setChart(chart);
    else
        panel->showMessage(emptyText);
    const int n = static_cast<int>(m_panels.size());
    m_gridLayout->addWidget(panel, n / 2, n % 2);
    m_panels.push_back(panel);
    // Created after the tab was shown: a new child stays hidden until told.
    panel->show();
    return panel;
}

void ProgressChartsTab::rebuild()
{
    clearPanels();
    // The scope bar follows the scope (also when the page asks for a student or a group).
    const QSignalBlocker blockGroup(m_groupBox);
    const QSignalBlocker blockStudent(m_studentBox);
    m_schoolButton->setChecked(m_scope == Scope::School);
    m_groupButton->setChecked(m_scope == Scope::Group);
    m_studentButton->setChecked(m_scope == Scope::Student);
    if (m_scope == Scope::Group) {
        if (const int i = m_groupBox->findData(QVariant::fromValue<qlonglong>(m_currentId)); i >= 0)
            m_groupBox->setCurrentIndex(i);
    } else if (m_scope == Scope::Student) {
        if (const int i = m_studentBox->findData(QVariant::fromValue<qlonglong>(m_currentId)); i >= 0)
            m_studentBox->setCurrentIndex(i);
    }
    if (!m_store)
        return;
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();

    switch (m_scope) {
    case Scope::School: {
        const SchoolChartData data = ChartData::school(*m_store, today);
        addPanel(tr("Dosage distribution"), ChartBuilders::dosageDistribution(data),
                 tr("No student holds a seat yet."));
        addPanel(tr("Growth against dosage"), ChartBuilders::growthByDosage(data),
                 tr("No growth yet: growth shows once a student has two probes on their group's skill."));
        addPanel(tr("Weekly attendance rate"), ChartBuilders::attendanceTrend(data),
                 tr("No attendance taken yet."));
        addPanel(tr("Students per tier"), ChartBuilders::studentsPerTier(data),
                 tr("No student has a tier of need yet: compute need scores on the Placement page."));
        break;
    }
    case Scope::Group: {
        if (m_currentId == 0) {
            addPanel(tr("Group"), nullptr, tr("Choose a group above."));
            break;
        }
        const GroupChartData data = ChartData::group(*m_store, m_currentId, today);
        addPanel(tr("Growth per student"), ChartBuilders::groupGrowth(data),
                 data.growth.empty() ? tr("No students in this group yet.")
                 : data.skill.isEmpty()
                     ? tr("This group has no target skill, so growth cannot be measured. Set its skill "
                          "on the Schedule page.")
                     : tr("No growth yet: no student in this group has two probes on %1.").arg(data.skill));
        addPanel(tr("Sessions held against scheduled"), ChartBuilders::groupSessions(data),
                 tr("No sessions scheduled for this group yet."));
        break;
    }
    case Scope::Student: {
        if (m_currentId == 0) {
            addPanel(tr("Student"), nullptr, tr("Choose a student above."));
            break;
        }
        const StudentChartData data = ChartData::student(*m_store, m_currentId, today);
        addPanel(tr("Probe scores"), ChartBuilders::probeScores(data), tr("No probes yet for this student."));
        addPanel(tr("Minutes received against planned"), ChartBuilders::cumulativeMinutes(data),
                 tr("No sessions yet for this student."));
        addPanel(tr("Attendance by week"), ChartBuilders::studentAttendance(data),
                 tr("No sessions held for this student yet."));
        break;
    }
    }
}

} // namespace tutordesk
