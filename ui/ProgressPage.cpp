#include "ProgressPage.h"

#include "AssessmentDialog.h"
#include "EquityTab.h"
#include "PageHeading.h"
#include "ProbeGridDialog.h"
#include "ProgressChartsTab.h"
#include "ProgressTableTab.h"
#include "WeeklyReviewTab.h"

#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace tutordesk {

ProgressPage::ProgressPage(QWidget* parent)
    : QWidget(parent)
    , m_enterProbes(new QPushButton(tr("Enter &Probes…"), this))
    , m_tabs(new QTabWidget(this))
    , m_table(new ProgressTableTab(this))
    , m_charts(new ProgressChartsTab(this))
    , m_equity(new EquityTab(this))
    , m_weekly(new WeeklyReviewTab(this))
{
    m_enterProbes->setToolTip(tr("Type a group's skill probe scores in a grid"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_table, tr("&Students"));
    m_tabs->addTab(m_charts, tr("&Charts"));
    m_tabs->addTab(m_equity, tr("&Equity Audit"));
    m_tabs->addTab(m_weekly, tr("&Weekly Review"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(makePageHeader(tr("Progress"), this, nullptr, {m_enterProbes}));
    layout->addWidget(m_tabs, 1);

    connect(m_enterProbes, &QPushButton::clicked, this, [this] { enterProbes(); });
    connect(m_table, &ProgressTableTab::enterProbesRequested, this,
            [this](std::int64_t groupId) { enterProbes(groupId); });
    connect(m_table, &ProgressTableTab::assessmentRequested, this, &ProgressPage::recordAssessment);
    connect(m_table, &ProgressTableTab::studentChosen, this, [this](std::int64_t studentId) {
        m_charts->showStudent(studentId);
        showTab(Tab::Charts);
    });
    connect(m_table, &ProgressTableTab::groupChosen, this, [this](std::int64_t groupId) {
        m_charts->showGroup(groupId);
        showTab(Tab::Charts);
    });
    setStore(nullptr);
}

ProgressPage::~ProgressPage() = default;

// The figures of a large school take a second to compute after a change: a page nobody is looking at
// reads them when it is next shown, not every time attendance is taken elsewhere. Its tabs let go of a
// store being replaced at once, though, since it is about to be destroyed.
void ProgressPage::setStore(Store* store)
{
    m_store = store;
    m_enterProbes->setEnabled(store != nullptr);
    if (isVisible()) {
        showStore();
    } else {
        m_stale = true;
        m_table->setStore(nullptr);
        m_charts->setStore(nullptr);
        m_equity->setStore(nullptr);
        m_weekly->setStore(nullptr);
    }
}

void ProgressPage::showStore()
{
    m_stale = false;
    m_table->setStore(m_store);
    m_charts->setStore(m_store);
    m_equity->setStore(m_store);
    m_weekly->setStore(m_store);
}

void ProgressPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        showStore();
}

void ProgressPage::setToday(const QDate& today)
{
    m_today = today;
    m_table->setToday(today);
    m_charts->setToday(today);
    m_equity->setToday(today);
    m_weekly->setToday(today);
}

void ProgressPage::reload()
{
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_table->reload();
    m_charts->reload();
    m_equity->reload();
    m_weekly->reload();
}

void ProgressPage::showTab(Tab tab)
{
    QWidget* const tabs[] = {m_table, m_charts, m_equity, m_weekly};
    m_tabs->setCurrentWidget(tabs[static_cast<int>(tab)]);
}

void ProgressPage::recordAssessment(std::int64_t studentId)
{
    if (!m_store)
        return;
    auto* dialog = new AssessmentDialog(*m_store, studentId, m_today, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AssessmentDialog::changed, this, &ProgressPage::contentChanged);
    dialog->open();
}

void ProgressPage::enterProbes(std::optional<std::int64_t> groupId)
{
    if (!m_store)
        return;
    auto* dialog = new ProbeGridDialog(*m_store, m_today, groupId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProbeGridDialog::saved, this, &ProgressPage::contentChanged);
    dialog->open();
}

} // namespace tutordesk
