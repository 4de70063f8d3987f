#include "SessionBlock.h"

#include "SessionText.h"

#include <QPainter>
#include <QStringList>
#include <QWidget>

#include <vector>

namespace tutordesk {

namespace {

const QColor needsCoverRed(0xc4, 0x1e, 0x1e);

} // namespace

QString SessionBlock::initials(const QString& name)
{
    const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return QStringLiteral("?");
    QString letters = words.front().left(1);
    if (words.size() > 1)
        letters += words.back().left(1);
    return letters.toUpper();
}

void SessionBlock::paint(QPainter& painter, const ScheduledSession& s, const QRect& rect, bool selected,
                         const QWidget& widget)
{
    painter.save();
    painter.setClipRect(rect);
    const bool cancelled = s.isCancelled();
    const QColor edge = cancelled ? QColor(0x8a, 0x8a, 0x8a) : SessionText::tierEdge(s.tier);
    painter.fillRect(rect, cancelled ? QColor(0xf0, 0xf0, 0xf0) : SessionText::tierFill(s.tier));
    if (cancelled) // hatched, so it reads as "not happening" without relying on colour
        painter.fillRect(rect, QBrush(QColor(0xc0, 0xc0, 0xc0), Qt::BDiagPattern));
    painter.fillRect(QRect(rect.left(), rect.top(), 4, rect.height()), edge);

    const int borderWidth = selected ? 3 : s.needsCover ? 2 : 1;
    QPen border(selected ? widget.palette().color(QPalette::Highlight) : s.needsCover ? needsCoverRed : edge);
    border.setWidth(borderWidth);
    border.setJoinStyle(Qt::MiterJoin);
    painter.setPen(border);
    painter.setBrush(Qt::NoBrush);
    const int inset = borderWidth / 2;
    painter.drawRect(rect.adjusted(inset, inset, -inset - (borderWidth % 2), -inset - (borderWidth % 2)));
    if (selected && s.needsCover) { // keep the warning visible inside the selection
        painter.setPen(QPen(needsCoverRed, 2));
        painter.drawRect(rect.adjusted(4, 4, -5, -5));
    }

    struct Line {
        QString text;
        QColor color;
        bool bold = false;
    };
    const QColor ink = cancelled ? QColor(0x55, 0x55, 0x55) : QColor(0x1b, 0x1b, 0x1b);
    std::vector<Line> lines;
    const bool compact = rect.width() < compactBelow;
    if (compact) {
        lines.push_back({initials(s.teacherName()), ink, true});
        if (s.needsCover)
            lines.push_back({QStringLiteral("⚠"), needsCoverRed, true});
        if (s.isMakeup())
            lines.push_back({tr("M", "make-up, in a narrow block"), ink, true});
    } else {
        lines.push_back({s.needsCover ? QStringLiteral("⚠ ") + s.groupName : s.groupName, ink, true});
        if (cancelled)
            lines.push_back({tr("Cancelled"), ink, true});
        else if (s.needsCover)
            lines.push_back({tr("Needs cover"), needsCoverRed, true});
        if (s.isMakeup())
            lines.push_back({tr("Make-up"), ink, true});
        lines.push_back({SessionText::teacher(s), ink});
        if (!s.location.isEmpty())
            lines.push_back({s.location, ink});
        lines.push_back({SessionText::students(static_cast<int>(s.students.size())), ink});
    }

    const QRect textRect = compact ? rect.adjusted(5, 2, -1, -2) : rect.adjusted(8, 2, -4, -2);
    const QFontMetrics metrics = widget.fontMetrics();
    QFont bold = widget.font();
    bold.setBold(true);
    int y = textRect.top();
    for (const Line& line : lines) {
        if (y + metrics.height() > textRect.bottom() + 2 && y != textRect.top())
            break;
        painter.setFont(line.bold ? bold : widget.font());
        painter.setPen(line.color);
        const QFontMetrics lineMetrics(painter.font());
        QString shown = line.text;
        if (!compact)
            shown = lineMetrics.elidedText(line.text, Qt::ElideRight, textRect.width());
        else if (lineMetrics.horizontalAdvance(line.text) > textRect.width())
            shown = line.text.left(1); // an initial says more than an ellipsis
        painter.drawText(QRect(textRect.left(), y, textRect.width(), metrics.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, shown);
        y += metrics.lineSpacing();
    }
    painter.restore();
}

} // namespace tutordesk
