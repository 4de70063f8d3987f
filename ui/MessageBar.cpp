#include "MessageBar.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace tutordesk {

MessageBar::MessageBar(QWidget* parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setAccessibleName(tr("Message"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_text, 1);
    m_close->setText(QStringLiteral("✕"));
    m_close->setAutoRaise(true);
    m_close->setAccessibleName(tr("Close the message"));
    m_close->setToolTip(tr("Close the message"));
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

MessageBar::~MessageBar() = default;

QString MessageBar::text() const
{
    return m_text->text();
}

void MessageBar::showMessage(const QString& text, Kind kind)
{
    m_kind = kind;
    m_text->setText(text);
    // Pale red or pale blue behind dark text: readable, and not only a colour (the words say it).
    QPalette colors = palette();
    colors.setColor(QPalette::Window,
                    kind == Kind::Problem ? QColor(0xfd, 0xe7, 0xe9) : QColor(0xe5, 0xf1, 0xfb));
    colors.setColor(QPalette::WindowText,
                    kind == Kind::Problem ? QColor(0xa4, 0x26, 0x2c) : QColor(0x1b, 0x1b, 0x1b));
    setPalette(colors);
    m_text->setPalette(colors);
    show();
    QAccessibleEvent event(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

} // namespace tutordesk
