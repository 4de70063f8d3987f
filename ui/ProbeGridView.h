#pragma once

#include <QTableWidget>

namespace tutordesk {

// The probe grid's table, made for typing a column of scores: typing a number starts editing the cell,
// Enter saves it and moves down to the next student, Escape drops what was typed in the cell.
class ProbeGridView final : public QTableWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProbeGridView)

public:
    explicit ProbeGridView(QWidget* parent = nullptr);
    ~ProbeGridView() override;

    // Moves to the next editable cell below `row` in the current column, if any.
    void moveDown();
    // Keeps what is typed in an open editor, e.g. before saving with Ctrl+S.
    void commitOpenEditor();

protected:
    void keyPressEvent(QKeyEvent* event) override;

protected Q_SLOTS:
    void closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint) override;
};

} // namespace tutordesk
