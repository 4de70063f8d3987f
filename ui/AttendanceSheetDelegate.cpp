#include "AttendanceSheetDelegate.h"

#include "AttendanceSheetModel.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QSpinBox>

namespace tutordesk {

namespace {

// A session is never longer than the attendance table allows (minutes BETWEEN 0 AND 240).
constexpr int maxMinutes = 240;

} // namespace

AttendanceSheetDelegate::AttendanceSheetDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{}

AttendanceSheetDelegate::~AttendanceSheetDelegate() = default;

QWidget* AttendanceSheetDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                               const QModelIndex& index) const
{
    QWidget* editor = nullptr;
    if (index.column() == AttendanceSheetModel::MinutesColumn) {
        auto* minutes = new QSpinBox(parent);
        minutes->setRange(0, maxMinutes);
        minutes->setButtonSymbols(QAbstractSpinBox::NoButtons);
        minutes->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        minutes->setAccessibleName(tr("Minutes attended"));
        editor = minutes;
    } else {
        editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto* line = qobject_cast<QLineEdit*>(editor))
            line->setAccessibleName(tr("Note"));
    }
    m_editor = editor;
    return editor;
}

void AttendanceSheetDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* minutes = qobject_cast<QSpinBox*>(editor)) {
        minutes->setValue(index.data(Qt::EditRole).toInt());
        minutes->selectAll(); // typed digits replace the default
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void AttendanceSheetDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                           const QModelIndex& index) const
{
    if (auto* minutes = qobject_cast<QSpinBox*>(editor)) {
        minutes->interpretText();
        model->setData(index, minutes->value(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

void AttendanceSheetDelegate::finishEditing()
{
    if (m_editor)
        submit(m_editor);
}

void AttendanceSheetDelegate::submit(QWidget* editor)
{
    m_editor.clear();
    Q_EMIT commitData(editor);
    Q_EMIT closeEditor(editor, QAbstractItemDelegate::NoHint);
}

bool AttendanceSheetDelegate::eventFilter(QObject* object, QEvent* event)
{
    auto* editor = qobject_cast<QWidget*>(object);
    if (editor && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool enter = (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
                           !(key->modifiers() & Qt::ControlModifier);
        if (enter || key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab) {
            submit(editor);
            Q_EMIT submitted(key->key() == Qt::Key_Backtab ? -1 : 1);
            return true;
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

} // namespace tutordesk
