#include "InlineSentence.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace tutordesk {

namespace {

void addText(QWidget* parent, QHBoxLayout* line, const QString& text)
{
    // Spaces are kept: they set the text apart from the controls as in running text, while a comma or a
    // full stop stays right after the control before it.
    if (text.trimmed().isEmpty() && !text.isEmpty() && line->count() > 0) {
        line->addSpacing(parent->fontMetrics().horizontalAdvance(QLatin1Char(' ')));
        return;
    }
    if (text.isEmpty())
        return;
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    line->addWidget(label);
}

} // namespace

QBoxLayout* InlineSentence::layout(QWidget* parent, const QString& sentence, const QList<QWidget*>& fields)
{
    auto* lines = new QVBoxLayout;
    lines->setSpacing(4);
    static const QRegularExpression marker(QStringLiteral("%(\\d)"));
    for (const QString& text : sentence.split(QLatin1Char('\n'))) {
        auto* line = new QHBoxLayout;
        line->setSpacing(0);
        qsizetype from = 0;
        for (auto it = marker.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            addText(parent, line, text.mid(from, match.capturedStart() - from));
            const int index = match.captured(1).toInt() - 1;
            if (index >= 0 && index < fields.size())
                line->addWidget(fields.at(index));
            from = match.capturedEnd();
        }
        addText(parent, line, text.mid(from));
        line->addStretch(1);
        lines->addLayout(line);
    }
    return lines;
}

} // namespace tutordesk
