#include "PlacementPage.h"

#include "MessageBar.h"
#include "PageHeading.h"
#include "PlacementGroupsModel.h"
#include "PlacementLists.h"
#include "PlacementMove.h"
#include "PlacementProposal.h"
#include "WaitlistModel.h"
#include "placement/Placement.h"
#include "store/StoreError.h"

#include <QAction>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace tutordesk {

PlacementPage::PlacementPage(QWidget* parent)
    : QWidget(parent)
    , m_lists(new PlacementLists(this))
    , m_messages(new MessageBar(this))
    , m_summary(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_propose(new QPushButton(tr("&Propose Placement…"), this))
    , m_move(new QPushButton(tr("&Move to Group…"), this))
    , m_toWaitlist(new QPushButton(tr("Move to &Waitlist"), this))
    , m_schedule(new QPushButton(tr("Schedule &Group…"), this))
    , m_proposal(new PlacementProposal(this))
{
    auto* layout = new QVBoxLayout(this);
    m_summary->setAccessibleName(tr("Seats and waitlist"));
    m_propose->setToolTip(tr("See how TutorDesk would seat students by need, then apply it if you agree"));
    m_move->setToolTip(tr("Move the selected student to another group of the same subject (Ctrl+M)"));
    m_toWaitlist->setToolTip(tr("Give the selected student's seat back; they wait in need order "
                                "(Ctrl+Shift+M)"));
    m_schedule->setToolTip(tr("Give the selected group its tutor, room, days and time; its sessions follow "
                              "(or double-click a group)"));
    // Four buttons leave no room for the seat summary on a laptop's screen: it gets a line of its own.
    layout->addLayout(
        makePageHeader(tr("Placement"), this, nullptr, {m_propose, m_move, m_toWaitlist, m_schedule}));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    layout->addWidget(m_messages);
    m_empty->setWordWrap(true);
    m_empty->hide();
    layout->addWidget(m_empty);
    layout->addWidget(m_lists, 1);

    const auto addShortcut = [this](const QKeySequence& keys, void (PlacementPage::*slot)()) {
        auto* action = new QAction(this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_M), &PlacementPage::moveSelectedToGroup);
    addShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), &PlacementPage::moveSelectedToWaitlist);

    connect(m_propose, &QPushButton::clicked, this, &PlacementPage::proposePlacement);
    connect(m_move, &QPushButton::clicked, this, &PlacementPage::moveSelectedToGroup);
    connect(m_toWaitlist, &QPushButton::clicked, this, &PlacementPage::moveSelectedToWaitlist);
    connect(m_schedule, &QPushButton::clicked, this, &PlacementPage::scheduleSelectedGroup);
    connect(groupsView(), &QTreeView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.data(PlacementGroupsModel::IsGroupRole).toBool())
            scheduleSelectedGroup();
    });
    connect(m_lists, &PlacementLists::moveRequested, this, &PlacementPage::moveStudent);
    connect(m_lists, &PlacementLists::selectionChanged, this, &PlacementPage::updateActions);
    connect(m_proposal, &PlacementProposal::applied, this, &PlacementPage::placementApplied);
    connect(m_proposal, &PlacementProposal::failed, m_messages, &MessageBar::showProblem);
    updateActions();
}

PlacementPage::~PlacementPage() = default;

void PlacementPage::scheduleSelectedGroup()
{
    const QModelIndex current = groupsView()->currentIndex();
    const QVariant group = current.data(PlacementGroupsModel::GroupIdRole);
    if (current.isValid() && group.isValid())
        Q_EMIT scheduleGroupRequested(group.toLongLong());
}

PlacementGroupsModel* PlacementPage::groupsModel() const
{
    return m_lists->groupsModel();
}

WaitlistModel* PlacementPage::waitlistModel() const
{
    return m_lists->waitlistModel();
}

QTreeView* PlacementPage::groupsView() const
{
    return m_lists->groupsView();
}

QTableView* PlacementPage::waitlistView() const
{
    return m_lists->waitlistView();
}

void PlacementPage::setStore(Store* store)
{
    m_proposal->withdraw();
    m_store = store;
    m_messages->hide();
    reload();
}

void PlacementPage::reload()
{
    PlacementResult result;
    if (m_store) {
        try {
            result = Placement::current(*m_store);
        } catch (const StoreError& e) {
            m_messages->showProblem(tr("The groups could not be read: %1").arg(e.message()));
        }
    }
    m_lists->setPlacement(std::move(result));
    showSummary();
}

void PlacementPage::showSummary()
{
    const std::vector<PlacedGroup>& groups = groupsModel()->groups();
    int seats = 0;
    int taken = 0;
    for (const PlacedGroup& group : groups) {
        seats += group.cap;
        taken += static_cast<int>(group.students.size());
    }
    const int waiting = static_cast<int>(waitlistModel()->entries().size());
    const QLocale locale;
    m_summary->setText(tr("%1 · %2 of %3 seats taken · %4 waiting")
                           .arg(tr("%Ln group(s)", nullptr, static_cast<int>(groups.size())),
                                locale.toString(taken), locale.toString(seats), locale.toString(waiting)));
    m_empty->setText(tr("No groups yet. Import the roster and the benchmark scores, then click Propose "
                        "Placement."));
    m_empty->setVisible(m_store && groups.empty() && waiting == 0);
}

void PlacementPage::updateActions()
{
    const auto student = m_lists->selected();
    m_propose->setEnabled(m_store != nullptr);
    m_move->setEnabled(student.has_value());
    m_toWaitlist->setEnabled(student && !student->fromWaitlist);
    m_schedule->setEnabled(m_store &&
                           groupsView()->currentIndex().data(PlacementGroupsModel::GroupIdRole).isValid());
}

void PlacementPage::proposePlacement()
{
    if (m_store)
        m_proposal->propose(*m_store);
}

void PlacementPage::placementApplied(const PlacementResult& result)
{
    m_messages->showInfo(tr("Placement applied. %1").arg(PlacementProposal::describe(result)));
    reload();
    Q_EMIT placementChanged();
}

void PlacementPage::moveSelectedToGroup()
{
    const auto student = m_lists->selected();
    if (!student || m_moveDialog)
        return;
    m_moveDialog =
        new MoveToGroupDialog(student->name, student->subject, student->group, groupsModel()->groups(), this);
    m_moveDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_moveDialog, &QDialog::accepted, this, [this, student = *student] {
        if (const auto group = m_moveDialog->chosenGroup())
            moveStudent(student.enrollmentId, student.fromWaitlist, group);
    });
    m_moveDialog->open();
}

void PlacementPage::moveSelectedToWaitlist()
{
    const auto student = m_lists->selected();
    if (student && !student->fromWaitlist)
        moveStudent(student->enrollmentId, false, std::nullopt);
}

bool PlacementPage::moveStudent(const QString& enrollmentId, bool fromWaitlist,
                                std::optional<std::int64_t> toGroup)
{
    const PlacementMove::Request request{enrollmentId, fromWaitlist, toGroup};
    if (!m_store || PlacementMove::isNoOp(request, *groupsModel()))
        return false;
    const auto moved = PlacementMove::apply(*m_store, request, *groupsModel(), *waitlistModel());
    if (!moved) {
        m_messages->showProblem(moved.error().message); // core's words; nothing changed
        return false;
    }
    m_messages->showInfo(moved.value());
    reload();
    m_lists->select(enrollmentId);
    Q_EMIT placementChanged();
    return true;
}

} // namespace tutordesk
