#include "ProbeGridView.h"

#include <QHeaderView>
#include <QKeyEvent>

namespace tutordesk {

ProbeGridView::ProbeGridView(QWidget* parent)
    : QTableWidget(parent)
{
    setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked |
                    QAbstractItemView::EditKeyPressed);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setTabKeyNavigation(true);
    setAlternatingRowColors(true);
    verticalHeader()->hide();
    horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    setWordWrap(false);
}

ProbeGridView::~ProbeGridView() = default;

void ProbeGridView::moveDown()
{
    const int column = currentColumn();
    for (int row = currentRow() + 1; row < rowCount(); ++row) {
        if (const QTableWidgetItem* cell = item(row, column); cell && (cell->flags() & Qt::ItemIsEditable)) {
            setCurrentCell(row, column);
            return;
        }
    }
}

void ProbeGridView::commitOpenEditor()
{
    if (QWidget* editor = indexWidget(currentIndex()); editor && state() == EditingState) {
        commitData(editor);
        QTableWidget::closeEditor(editor, QAbstractItemDelegate::NoHint);
    }
}

void ProbeGridView::keyPressEvent(QKeyEvent* event)
{
    // Enter on a cell that is not being edited moves on, as it does after typing a score.
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && state() != EditingState) {
        moveDown();
        event->accept();
        return;
    }
    QTableWidget::keyPressEvent(event);
}

void ProbeGridView::closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint)
{
    QTableWidget::closeEditor(editor, hint);
    if (hint == QAbstractItemDelegate::SubmitModelCache) // Enter or Return
        moveDown();
}

} // namespace tutordesk
