#include "WeekLegend.h"

#include "SessionText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>

namespace tutordesk {

namespace {

// A little square as the week draws a block.
QLabel* swatch(const QColor& fill, const QColor& edge, bool hatched, int edgeWidth, QWidget* parent)
{
    QPixmap picture(16, 16);
    picture.fill(fill);
    QPainter painter(&picture);
    if (hatched)
        painter.fillRect(picture.rect(), QBrush(QColor(0xc0, 0xc0, 0xc0), Qt::BDiagPattern));
    painter.setPen(QPen(edge, edgeWidth));
    const qreal inset = edgeWidth / 2.0;
    painter.drawRect(QRectF(picture.rect()).adjusted(inset, inset, -inset, -inset));
    painter.end();
    auto* label = new QLabel(parent);
    label->setPixmap(picture);
    return label;
}

} // namespace

WeekLegend::WeekLegend(QWidget* parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Legend"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const auto addKey = [this, layout](QLabel* square, const QString& text) {
        auto* words = new QLabel(text, this);
        square->setAccessibleName(text);
        layout->addWidget(square);
        layout->addWidget(words);
        layout->addSpacing(10);
    };
    for (const int tier : {2, 3})
        addKey(swatch(SessionText::tierFill(tier), SessionText::tierEdge(tier), false, 1, this),
               SessionText::tierName(tier));
    addKey(swatch(QColor(0xf0, 0xf0, 0xf0), QColor(0x8a, 0x8a, 0x8a), true, 1, this), tr("Cancelled"));
    addKey(swatch(SessionText::tierFill(2), QColor(0xc4, 0x1e, 0x1e), false, 3, this), tr("⚠ Needs cover"));
}

WeekLegend::~WeekLegend() = default;

} // namespace tutordesk
