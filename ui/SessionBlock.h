#pragma once

#include "schedule/ScheduledSession.h"

#include <QCoreApplication>
#include <QRect>
#include <QString>

class QPainter;
class QWidget;

namespace tutordesk {

// How the week draws one session: a block in its tier's colours (grey and hatched when cancelled,
// outlined in red when it needs cover), with as many lines as fit: group, "Cancelled" / "Needs cover" /
// "Make-up", who teaches, room, students. A block too narrow for names shows the teacher's initials.
class SessionBlock final {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::SessionBlock)

public:
    static constexpr int compactBelow = 64;

    // `widget` lends its palette and font.
    static void paint(QPainter& painter, const ScheduledSession& session, const QRect& rect, bool selected,
                      const QWidget& widget);
    // "SA" for Sandra Ayala.
    static QString initials(const QString& name);
};

} // namespace tutordesk
