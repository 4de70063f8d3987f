#include "EnterOpens.h"

#include <QAbstractItemView>
#include <QKeyEvent>

namespace tutordesk {

EnterOpens::EnterOpens(QAbstractItemView* view, std::function<void()> open)
    : QObject(view)
    , m_open(std::move(open))
{
    view->installEventFilter(this);
}

EnterOpens::~EnterOpens() = default;

bool EnterOpens::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            m_open();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace tutordesk
