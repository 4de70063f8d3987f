#pragma once

#include <QObject>

#include <functional>

class QAbstractItemView;

namespace tutordesk {

// Enter (or Return) on a list opens its selected row, as a double-click does. A key filter rather than
// `activated`, which some desktops emit on a single click, and rather than a shortcut, which would take
// Enter from the page's search field and buttons. Owned by the view.
class EnterOpens final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnterOpens)

public:
    EnterOpens(QAbstractItemView* view, std::function<void()> open);
    ~EnterOpens() override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    std::function<void()> m_open;
};

} // namespace tutordesk
