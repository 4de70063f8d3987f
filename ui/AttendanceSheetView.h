#pragma once

#include "attendance/AttendanceStatus.h"

#include <QTableView>

namespace tutordesk {

class AttendanceSheetDelegate;
class AttendanceSheetModel;

// The attendance sheet, made for the keyboard: P, T, E or U marks the current student and moves to the
// next (T first opens the minutes to type, Enter moves on), A marks everyone not yet marked present,
// Space toggles "absent from school" on an absence, Up/Down/Tab move between students.
class AttendanceSheetView final : public QTableView {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttendanceSheetView)

public:
    explicit AttendanceSheetView(QWidget* parent = nullptr);
    ~AttendanceSheetView() override;

    AttendanceSheetModel* sheetModel() const { return m_model; }
    // The current student's row (-1 when there are no students).
    int currentRow() const { return currentIndex().row(); }
    // Goes to a student's status cell.
    void goToRow(int row);
    // Marks the current student and moves on (tardy: opens the minutes first).
    void mark(AttendanceStatus status);
    void markRestPresent();
    // Commits minutes or a note still being typed.
    void finishEditing();
    // Fits the columns to the names and words shown.
    void fitColumns();
    // Tall enough for a group (up to a dozen rows before it scrolls), wide enough for its columns.
    QSize sizeHint() const override;

Q_SIGNALS:
    // The entries changed (marks, minutes, notes, school absences).
    void edited();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    // Moves to a neighbouring student's status cell; false at either end.
    bool step(int rows);

    AttendanceSheetModel* m_model = nullptr;
    AttendanceSheetDelegate* m_delegate = nullptr;
};

} // namespace tutordesk
