#pragma once

#include <QPointer>
#include <QStyledItemDelegate>

namespace tutordesk {

// Edits the sheet's minutes (a number box) and notes, and makes Enter in an editor mean "done, next
// student" at once: it commits and closes the editor itself rather than after a queued call, so the
// key that follows already lands on the sheet.
class AttendanceSheetDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttendanceSheetDelegate)

public:
    explicit AttendanceSheetDelegate(QObject* parent = nullptr);
    ~AttendanceSheetDelegate() override;

    // Commits and closes the editor that is open, if any (Save with the minutes still being typed).
    void finishEditing();

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

Q_SIGNALS:
    // Enter or Tab (step 1), Shift+Tab (step -1) in an editor: what was typed is in the model and the
    // editor is closed; the sheet moves that many students on.
    void submitted(int step);

protected:
    bool eventFilter(QObject* object, QEvent* event) override;

private:
    void submit(QWidget* editor);

    mutable QPointer<QWidget> m_editor;
};

} // namespace tutordesk
