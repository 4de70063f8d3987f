#pragma once

#include <QString>

#include <initializer_list>

class QHBoxLayout;
class QLabel;
class QWidget;

namespace tutordesk {

// The page's name in bold at 1.4 times the font, so every page opens the same way.
QLabel* makePageHeading(const QString& title, QWidget* parent);

// The row at the top of a page: its heading, then (when given) a summary a little apart from it
// ("412 students shown"), then the page's buttons at the right edge. The caller adds the row to
// its layout; labels and buttons keep the names, tooltips and parents the page gave them.
QHBoxLayout* makePageHeader(const QString& title, QWidget* parent, QLabel* summary,
                            std::initializer_list<QWidget*> buttons);

} // namespace tutordesk
