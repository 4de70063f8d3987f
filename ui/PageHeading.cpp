#include "PageHeading.h"

#include <QFont>
#include <QHBoxLayout>
#include <QLabel>

namespace tutordesk {

QLabel* makePageHeading(const QString& title, QWidget* parent)
{
    auto* heading = new QLabel(title, parent);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    heading->setFont(font);
    return heading;
}

QHBoxLayout* makePageHeader(const QString& title, QWidget* parent, QLabel* summary,
                            std::initializer_list<QWidget*> buttons)
{
    auto* row = new QHBoxLayout;
    row->addWidget(makePageHeading(title, parent));
    if (summary) {
        row->addSpacing(16);
        row->addWidget(summary);
    }
    row->addStretch();
    for (QWidget* button : buttons)
        row->addWidget(button);
    return row;
}

} // namespace tutordesk
