#pragma once

#include <QTableView>

namespace tutordesk {

// The due actions as a table that fits the page: the short columns whole, the reason and the group
// shortened with an ellipsis when the page is narrow, never a sideways scroll. Enter or a double-click
// asks to open the action.
class DueActionsView final : public QTableView {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DueActionsView)

public:
    explicit DueActionsView(QWidget* parent = nullptr);
    ~DueActionsView() override;

    // After the rows change (the page calls it) and on every resize.
    void fitColumns();

Q_SIGNALS:
    void openRequested();

protected:
    void resizeEvent(QResizeEvent* event) override;
};

} // namespace tutordesk
