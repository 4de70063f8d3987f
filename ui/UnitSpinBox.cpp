#include "UnitSpinBox.h"

#include <QFontMetrics>
#include <QLocale>

#include <algorithm>
#include <optional>

namespace tutordesk {

UnitSpinBox::UnitSpinBox(Format format, int minimum, int maximum, QWidget* parent)
    : QSpinBox(parent)
    , m_format(std::move(format))
{
    setRange(minimum, maximum);
    setCorrectionMode(QAbstractSpinBox::CorrectToPreviousValue);
}

UnitSpinBox::~UnitSpinBox() = default;

// QAbstractSpinBox measures only the first 18 characters of its lowest and highest value: widen it to
// the longest words any value has, so that "within 12 school days" is never cut.
QSize UnitSpinBox::sizeHint() const
{
    QSize hint = QSpinBox::sizeHint();
    const QFontMetrics metrics = fontMetrics();
    const auto measured = [&](int value) {
        return metrics.horizontalAdvance((m_format(value) + QLatin1Char(' ')).left(18));
    };
    const int counted = std::max(measured(minimum()), measured(maximum()));
    int widest = 0;
    for (int value = minimum(); value <= maximum(); ++value)
        widest = std::max(widest, metrics.horizontalAdvance(m_format(value) + QLatin1Char(' ')));
    hint.setWidth(hint.width() + std::max(0, widest - counted));
    return hint;
}

QSize UnitSpinBox::minimumSizeHint() const
{
    return QSize(sizeHint().width(), QSpinBox::minimumSizeHint().height());
}

QString UnitSpinBox::textFromValue(int value) const
{
    return m_format(value);
}

std::optional<int> UnitSpinBox::numberIn(const QString& text)
{
    qsizetype start = 0;
    while (start < text.size() && !text.at(start).isDigit())
        ++start;
    if (start == text.size())
        return std::nullopt;
    qsizetype end = start;
    while (end < text.size() && text.at(end).isDigit())
        ++end;
    bool ok = false;
    const int number = QLocale().toInt(QStringView(text).mid(start, end - start), &ok);
    if (ok)
        return number;
    const int plain = QStringView(text).mid(start, end - start).toInt(&ok);
    return ok ? std::optional<int>(plain) : std::nullopt;
}

int UnitSpinBox::valueFromText(const QString& text) const
{
    if (text == m_format(value()))
        return value();
    // "the same day" and other words without a number: the one value whose words they are.
    for (int candidate = minimum(); candidate <= maximum(); ++candidate) {
        if (text == m_format(candidate))
            return candidate;
    }
    return numberIn(text).value_or(value());
}

QValidator::State UnitSpinBox::validate(QString& text, int&) const
{
    const std::optional<int> number = numberIn(text);
    if (!number) {
        for (int candidate = minimum(); candidate <= maximum(); ++candidate) {
            if (text == m_format(candidate))
                return QValidator::Acceptable;
        }
        return QValidator::Intermediate;
    }
    return *number >= minimum() && *number <= maximum() ? QValidator::Acceptable : QValidator::Intermediate;
}

} // namespace tutordesk
