#pragma once

#include <QList>
#include <QString>

class QBoxLayout;
class QWidget;

namespace tutordesk {

// Lays out a translated sentence with controls in it: "%1", "%2", … in `sentence` are replaced by
// `fields` in that order of number (a translation may move them), and "\n" starts a new line. The text
// between them becomes labels, so the whole sentence reads as one.
class InlineSentence final {
public:
    static QBoxLayout* layout(QWidget* parent, const QString& sentence, const QList<QWidget*>& fields);
};

} // namespace tutordesk
