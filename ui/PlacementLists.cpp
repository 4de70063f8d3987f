#include "PlacementLists.h"

#include "PlacementGroupsModel.h"
#include "WaitlistModel.h"

#include <QGroupBox>
#include <QHeaderView>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace tutordesk {

namespace {

QGroupBox* framed(const QString& title, QWidget* view, QWidget* parent)
{
    auto* box = new QGroupBox(title, parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(view);
    return box;
}

// Drag a student from either list and drop on a group or the waitlist; keyboard users have the
// page's buttons, which do the same.
void allowDragAndDrop(QAbstractItemView* view)
{
    view->setDragEnabled(true);
    view->setAcceptDrops(true);
    view->setDropIndicatorShown(true);
    view->setDragDropMode(QAbstractItemView::DragDrop);
    view->setDefaultDropAction(Qt::MoveAction);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
}

} // namespace

PlacementLists::PlacementLists(QWidget* parent)
    : QSplitter(Qt::Horizontal, parent)
    , m_groups(new PlacementGroupsModel(this))
    , m_waitlist(new WaitlistModel(this))
    , m_groupsView(new QTreeView(this))
    , m_waitlistView(new QTableView(this))
{
    setObjectName(QStringLiteral("placementSplit")); // its sizes are remembered by this name
    m_groupsView->setModel(m_groups);
    m_groupsView->setAccessibleName(tr("Groups and their students"));
    m_groupsView->setUniformRowHeights(true);
    m_groupsView->header()->setStretchLastSection(true);
    allowDragAndDrop(m_groupsView);
    m_waitlistView->setModel(m_waitlist);
    m_waitlistView->setAccessibleName(tr("Waitlist, highest need first"));
    m_waitlistView->verticalHeader()->hide();
    m_waitlistView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_waitlistView->verticalHeader()->setDefaultSectionSize(m_waitlistView->fontMetrics().height() + 8);
    m_waitlistView->horizontalHeader()->setStretchLastSection(false);
    m_waitlistView->setWordWrap(false);
    allowDragAndDrop(m_waitlistView);

    addWidget(framed(tr("Groups"), m_groupsView, this));
    addWidget(framed(tr("Waitlist (highest need first)"), m_waitlistView, this));
    setStretchFactor(0, 3);
    setStretchFactor(1, 2);
    setChildrenCollapsible(false);

    // Queued: a drop finishes its drag before the lists are read again.
    connect(
        m_groups, &PlacementGroupsModel::moveRequested, this,
        [this](const QString& id, bool fromWaitlist, qint64 group) {
            Q_EMIT moveRequested(id, fromWaitlist, group);
        },
        Qt::QueuedConnection);
    connect(
        m_waitlist, &WaitlistModel::moveRequested, this,
        [this](const QString& id, bool fromWaitlist, qint64) {
            Q_EMIT moveRequested(id, fromWaitlist, std::nullopt);
        },
        Qt::QueuedConnection);
    // One student is "the selected one": choosing in one list clears the other.
    connect(m_groupsView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& i) {
                if (i.isValid())
                    m_waitlistView->selectionModel()->clear();
                Q_EMIT selectionChanged();
            });
    connect(m_waitlistView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& i) {
                if (i.isValid())
                    m_groupsView->selectionModel()->clear();
                Q_EMIT selectionChanged();
            });
}

PlacementLists::~PlacementLists()
{
    // The tree keeps one persistent index per expanded group, and Qt 6.4 unregisters them one at
    // a time when the view goes (seconds on a large school). A reset invalidates them all at once.
    m_groups->setGroups({});
}

void PlacementLists::setPlacement(PlacementResult result)
{
    const std::optional<Selected> before = selected();
    m_groups->setGroups(std::move(result.groups));
    m_waitlist->setEntries(std::move(result.waitlist));
    m_groupsView->expandAll();
    for (int column = 0; column + 1 < PlacementGroupsModel::ColumnCount; ++column)
        m_groupsView->resizeColumnToContents(column);
    m_waitlistView->resizeColumnsToContents();
    m_waitlistView->horizontalHeader()->setSectionResizeMode(WaitlistModel::NameColumn, QHeaderView::Stretch);
    if (before)
        select(before->enrollmentId);
    Q_EMIT selectionChanged();
}

std::optional<PlacementLists::Selected> PlacementLists::selected() const
{
    const QModelIndex seat = m_groupsView->currentIndex();
    if (seat.isValid() && m_groupsView->selectionModel()->isSelected(seat) &&
        !seat.data(PlacementGroupsModel::IsGroupRole).toBool()) {
        const QModelIndex name = seat.siblingAtColumn(PlacementGroupsModel::NameColumn);
        return Selected{seat.data(PlacementGroupsModel::EnrollmentIdRole).toString(), name.data().toString(),
                        seat.data(PlacementGroupsModel::SubjectRole).toString(), false,
                        seat.data(PlacementGroupsModel::GroupIdRole).toLongLong()};
    }
    const QModelIndex waiting = m_waitlistView->currentIndex();
    if (waiting.isValid() && m_waitlistView->selectionModel()->isSelected(waiting)) {
        const QModelIndex name = waiting.siblingAtColumn(WaitlistModel::NameColumn);
        return Selected{waiting.data(WaitlistModel::EnrollmentIdRole).toString(), name.data().toString(),
                        waiting.data(WaitlistModel::SubjectRole).toString(), true, std::nullopt};
    }
    return std::nullopt;
}

void PlacementLists::select(const QString& enrollmentId)
{
    QModelIndex index = m_groups->indexOfEnrollment(enrollmentId);
    QAbstractItemView* view = m_groupsView;
    if (!index.isValid()) {
        index = m_waitlist->indexOfEnrollment(enrollmentId);
        view = m_waitlistView;
    }
    if (!index.isValid())
        return;
    view->selectionModel()->setCurrentIndex(index,
                                            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->scrollTo(index);
}

} // namespace tutordesk
