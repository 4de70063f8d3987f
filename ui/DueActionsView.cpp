#include "DueActionsView.h"

#include "DueActionsModel.h"
#include "EnterOpens.h"

#include <QHeaderView>

#include <algorithm>
#include <utility>

namespace tutordesk {

DueActionsView::DueActionsView(QWidget* parent)
    : QTableView(parent)
{
    setAccessibleName(tr("Due actions"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setTabKeyNavigation(false); // Tab leaves the list for the panel's buttons
    setWordWrap(false);
    setAlternatingRowColors(true);
    verticalHeader()->hide();
    horizontalHeader()->setHighlightSections(false);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setTextElideMode(Qt::ElideRight);
    connect(this, &QAbstractItemView::doubleClicked, this, &DueActionsView::openRequested);
    new EnterOpens(this, [this] { Q_EMIT openRequested(); });
}

DueActionsView::~DueActionsView() = default;

void DueActionsView::fitColumns()
{
    if (!model())
        return;
    QHeaderView* header = horizontalHeader();
    resizeColumnsToContents();
    int excess = header->length() - viewport()->width();
    // The group goes first (the panel names it in full), then the reason, then what to do.
    const std::pair<int, int> elastic[] = {{DueActionsModel::GroupColumn, 120},
                                           {DueActionsModel::WhyColumn, 140},
                                           {DueActionsModel::ToDoColumn, 140}};
    for (const auto& [column, minimum] : elastic) {
        if (excess <= 0)
            break;
        const int size = header->sectionSize(column);
        const int cut = std::min(excess, std::max(0, size - minimum));
        header->resizeSection(column, size - cut);
        excess -= cut;
    }
    if (excess < 0) // room to spare: the last column takes it, as a stretched one would
        header->resizeSection(DueActionsModel::GroupColumn,
                              header->sectionSize(DueActionsModel::GroupColumn) - excess);
}

void DueActionsView::resizeEvent(QResizeEvent* event)
{
    QTableView::resizeEvent(event);
    fitColumns();
}

} // namespace tutordesk
