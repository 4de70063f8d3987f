#include "ProgressTableTab.h"

#include "EnterOpens.h"
#include "MessageBar.h"
#include "ProgressFilterBar.h"
#include "ProgressTableGroups.h"
#include "ProgressTableModel.h"
#include "ProgressTableText.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <iterator>

namespace tutordesk {

namespace {

void setUpTable(QTableView* table, const QString& name)
{
    table->setAccessibleName(name);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setContextMenuPolicy(Qt::CustomContextMenu);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionsClickable(true);
    table->horizontalHeader()->setSortIndicatorShown(true);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
}

std::int64_t idAt(const QTableView* table, int role)
{
    const QModelIndex current = table->currentIndex();
    return current.isValid() ? current.data(role).toLongLong() : 0;
}

} // namespace

ProgressTableTab::ProgressTableTab(QWidget* parent)
    : QWidget(parent)
    , m_filters(new ProgressFilterBar(this))
    , m_summary(new QLabel(this))
    , m_message(new MessageBar(this))
    , m_stack(new QStackedWidget(this))
    , m_students(new ProgressTableModel(this))
    , m_groups(new ProgressTableGroups(this))
    , m_studentView(new QTableView(this))
    , m_groupView(new QTableView(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filters);
    layout->addWidget(m_message);
    m_message->hide();
    m_summary->setAccessibleName(tr("Students shown"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    m_studentView->setModel(m_students);
    setUpTable(m_studentView, tr("Students' attendance, skill and growth"));
    m_studentView->horizontalHeader()->setSortIndicator(ProgressTableModel::Flag, Qt::DescendingOrder);
    const std::pair<int, int> widths[] = {
        {ProgressTableModel::Student, 150}, {ProgressTableModel::Flag, 170},
        {ProgressTableModel::Grade, 50},    {ProgressTableModel::Group, 130},
        {ProgressTableModel::Tutor, 110},   {ProgressTableModel::Skill, 160},
        {ProgressTableModel::Attended, 70}, {ProgressTableModel::Attendance, 80},
        {ProgressTableModel::Minutes, 90},  {ProgressTableModel::Pre, 90},
        {ProgressTableModel::Latest, 120},  {ProgressTableModel::Growth, 75},
    };
    for (const auto& [column, width] : widths)
        m_studentView->setColumnWidth(column, width);
    // The 30-second answer first: who, whether they need a look, did they come, did they improve; then
    // the skill, group, tutor and grade for context.
    const int order[] = {
        ProgressTableModel::Student,    ProgressTableModel::Flag,    ProgressTableModel::Attended,
        ProgressTableModel::Attendance, ProgressTableModel::Minutes, ProgressTableModel::Pre,
        ProgressTableModel::Latest,     ProgressTableModel::Growth,  ProgressTableModel::Skill,
        ProgressTableModel::Group,      ProgressTableModel::Tutor,   ProgressTableModel::Grade};
    QHeaderView* header = m_studentView->horizontalHeader();
    for (int visual = 0; visual < static_cast<int>(std::size(order)); ++visual)
        header->moveSection(header->visualIndex(order[visual]), visual);

    m_groupView->setModel(m_groups);
    setUpTable(m_groupView, tr("Groups' delivery, attendance and growth"));
    m_groupView->horizontalHeader()->setSortIndicator(ProgressTableGroups::Flags, Qt::DescendingOrder);
    const std::pair<int, int> groupWidths[] = {
        {ProgressTableGroups::Group, 230},    {ProgressTableGroups::Tutor, 130},
        {ProgressTableGroups::Tier, 60},      {ProgressTableGroups::Students, 70},
        {ProgressTableGroups::Delivery, 140}, {ProgressTableGroups::Attendance, 110},
        {ProgressTableGroups::Minutes, 110},  {ProgressTableGroups::Growth, 95},
    };
    for (const auto& [column, width] : groupWidths)
        m_groupView->setColumnWidth(column, width);

    m_stack->addWidget(m_studentView);
    m_stack->addWidget(m_groupView);
    layout->addWidget(m_stack, 1);

    new EnterOpens(m_studentView, [this] { openStudent(); });
    new EnterOpens(m_groupView, [this] { openGroup(); });
    connect(m_studentView, &QTableView::doubleClicked, this, [this] { openStudent(); });
    connect(m_groupView, &QTableView::doubleClicked, this, [this] { openGroup(); });
    connect(m_studentView, &QWidget::customContextMenuRequested, this, &ProgressTableTab::studentMenu);
    connect(m_groupView, &QWidget::customContextMenuRequested, this, &ProgressTableTab::groupMenu);
    // Header clicks sort in SQL (the models' sort() queries again).
    connect(m_studentView->horizontalHeader(), &QHeaderView::sortIndicatorChanged, m_students,
            [this](int column, Qt::SortOrder order) { m_students->sort(column, order); });
    connect(m_groupView->horizontalHeader(), &QHeaderView::sortIndicatorChanged, m_groups,
            [this](int column, Qt::SortOrder order) { m_groups->sort(column, order); });
    connect(m_students, &ProgressTableModel::summaryChanged, this, &ProgressTableTab::showSummary);
    connect(m_students, &ProgressTableModel::loadFailed, m_message, &MessageBar::showProblem);
    connect(m_groups, &ProgressTableGroups::loadFailed, m_message, &MessageBar::showProblem);
    connect(m_filters, &ProgressFilterBar::filterChanged, this, &ProgressTableTab::filtersChanged);
    connect(m_filters, &ProgressFilterBar::viewChanged, this, &ProgressTableTab::viewChanged);
    setTabOrder(m_filters, m_stack);
    showSummary();
}

ProgressTableTab::~ProgressTableTab() = default;

void ProgressTableTab::setStore(Store* store)
{
    m_store = store;
    m_message->hide();
    m_filters->setStore(store);
    m_students->setStore(nullptr);
    m_students->setFilter(m_filters->filter());
    m_students->setStore(store);
    m_groupsStale = true;
    if (m_filters->view() == ProgressFilterBar::View::Groups)
        viewChanged();
}

void ProgressTableTab::setToday(const QDate& today)
{
    m_today = today;
    m_students->setToday(today);
    m_groups->setToday(today);
}

void ProgressTableTab::reload()
{
    m_filters->setStore(m_store); // groups may have been added or renamed
    m_students->reload();
    m_groupsStale = true;
    if (m_filters->view() == ProgressFilterBar::View::Groups)
        viewChanged();
}

// Only the view on screen reads again; the other catches up when it is shown.
void ProgressTableTab::filtersChanged()
{
    m_message->hide();
    m_students->setFilter(m_filters->filter());
    m_groupsStale = true;
    if (m_filters->view() == ProgressFilterBar::View::Groups)
        viewChanged();
}

void ProgressTableTab::viewChanged()
{
    const bool groups = m_filters->view() == ProgressFilterBar::View::Groups;
    if (groups && m_groupsStale) {
        m_groups->setStore(nullptr);
        m_groups->setFilter(m_filters->filter());
        m_groups->setStore(m_store);
        m_groupsStale = false;
    }
    m_stack->setCurrentWidget(groups ? static_cast<QWidget*>(m_groupView) : m_studentView);
    showSummary();
}

void ProgressTableTab::showSummary()
{
    if (!m_store) {
        m_summary->setText(
            tr("Open a school to see who attended, what skill was targeted and who improved."));
        return;
    }
    const ProgressSummary& s = m_students->summary();
    const QLocale locale;
    QStringList parts;
    if (m_filters->view() == ProgressFilterBar::View::Groups)
        parts << tr("%n group(s)", nullptr, m_groups->rowCount());
    parts << tr("%n student(s)", nullptr, s.students);
    if (s.rows != s.students)
        parts << tr("%n seat(s)", nullptr, s.rows);
    parts << tr("%n not attending", nullptr, s.notAttending)
          << tr("%n attending but not improving", nullptr, s.notImproving);
    parts << (s.meanGrowth ? tr("mean growth %1").arg(ProgressTableText::growth(s.meanGrowth))
                           : tr("no growth measured yet"));
    if (s.meanAttendance)
        parts << tr("mean attendance %1").arg(ProgressTableText::percent(s.meanAttendance));
    m_summary->setText(parts.join(QStringLiteral(" \u00b7 ")));
    m_summary->setToolTip(ProgressFlags::explanation(ProgressFlag::NotAttending, m_students->rules()) +
                          QStringLiteral("\n\n") +
                          ProgressFlags::explanation(ProgressFlag::NotImproving, m_students->rules()));
}

void ProgressTableTab::openStudent()
{
    if (const std::int64_t id = idAt(m_studentView, ProgressTableModel::StudentIdRole); id > 0)
        Q_EMIT studentChosen(id);
}

void ProgressTableTab::openGroup()
{
    const std::int64_t id = idAt(m_groupView, ProgressTableGroups::GroupIdRole);
    if (id <= 0)
        return;
    // The student view narrows to the group, for when the coordinator comes back from its charts.
    m_filters->setGroup(id);
    m_filters->setView(ProgressFilterBar::View::Students);
    Q_EMIT groupChosen(id);
}

void ProgressTableTab::studentMenu(const QPoint& at)
{
    const QModelIndex index = m_studentView->indexAt(at);
    if (!index.isValid())
        return;
    m_studentView->setCurrentIndex(index);
    const std::int64_t student = index.data(ProgressTableModel::StudentIdRole).toLongLong();
    const std::int64_t group = index.data(ProgressTableModel::GroupIdRole).toLongLong();
    QMenu menu(this);
    QAction* charts = menu.addAction(tr("Show &Charts"));
    QAction* probes = menu.addAction(tr("Enter &Probes for This Group…"));
    QAction* observation = menu.addAction(tr("Record &Observation or Confidence…"));
    menu.setDefaultAction(charts);
    QAction* chosen = menu.exec(m_studentView->viewport()->mapToGlobal(at));
    if (chosen == charts)
        Q_EMIT studentChosen(student);
    else if (chosen == probes)
        Q_EMIT enterProbesRequested(group);
    else if (chosen == observation)
        Q_EMIT assessmentRequested(student);
}

void ProgressTableTab::groupMenu(const QPoint& at)
{
    const QModelIndex index = m_groupView->indexAt(at);
    if (!index.isValid())
        return;
    m_groupView->setCurrentIndex(index);
    const std::int64_t group = index.data(ProgressTableGroups::GroupIdRole).toLongLong();
    QMenu menu(this);
    QAction* charts = menu.addAction(tr("Show &Charts"));
    QAction* students = menu.addAction(tr("Show &Students"));
    QAction* probes = menu.addAction(tr("Enter &Probes for This Group…"));
    menu.setDefaultAction(charts);
    QAction* chosen = menu.exec(m_groupView->viewport()->mapToGlobal(at));
    if (chosen == charts) {
        openGroup();
    } else if (chosen == students) {
        m_filters->setGroup(group);
        m_filters->setView(ProgressFilterBar::View::Students);
    } else if (chosen == probes) {
        Q_EMIT enterProbesRequested(group);
    }
}

} // namespace tutordesk
