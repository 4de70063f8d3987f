#include "ProgressTableText.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::ProgressTableText)
};

QString number(double value)
{
    // Whole scores stay whole ("11/20"); halves and tenths keep one decimal ("10.8/20").
    const bool whole = std::abs(value - std::round(value)) < 1e-9;
    return QLocale().toString(value, 'f', whole ? 0 : 1);
}

} // namespace

QString ProgressTableText::percent(std::optional<double> rate)
{
    if (!rate)
        return QStringLiteral("\u2014");
    const QLocale locale;
    return locale.toString(*rate * 100.0, 'f', 0) + locale.percent();
}

QString ProgressTableText::growth(std::optional<double> points)
{
    if (!points)
        return QStringLiteral("\u2014");
    const QLocale locale;
    const double rounded = std::round(*points * 10.0) / 10.0;
    const QString sign = rounded > 0 ? QString(locale.positiveSign()) : QString();
    return Tr::tr("%1 pts").arg(sign + locale.toString(rounded, 'f', 1));
}

QString ProgressTableText::minutes(int delivered, int planned)
{
    const QLocale locale;
    return Tr::tr("%1 of %2").arg(locale.toString(delivered), locale.toString(planned));
}

QString ProgressTableText::ofCount(int part, int whole)
{
    const QLocale locale;
    return Tr::tr("%1 of %2").arg(locale.toString(part), locale.toString(whole));
}

QString ProgressTableText::probe(const std::optional<ProgressProbe>& result)
{
    if (!result)
        return QStringLiteral("\u2014");
    const QLocale locale;
    return Tr::tr("%1/%2 \u00b7 %3")
        .arg(number(result->score), number(result->maxScore),
             locale.toString(result->percent, 'f', 0) + locale.percent());
}

QString ProgressTableText::window(const QString& code)
{
    if (code == QLatin1String("pre"))
        return Tr::tr("pre");
    if (code == QLatin1String("post"))
        return Tr::tr("post");
    if (code == QLatin1String("progress"))
        return Tr::tr("progress check");
    return code;
}

QString ProgressTableText::status(const QString& code)
{
    if (code == QLatin1String("paused"))
        return Tr::tr("Paused");
    if (code == QLatin1String("exited"))
        return Tr::tr("Exited");
    if (code == QLatin1String("invited"))
        return Tr::tr("Invited");
    if (code == QLatin1String("consented"))
        return Tr::tr("Consented");
    return Tr::tr("Active");
}

std::optional<QColor> ProgressTableText::flagTint(ProgressFlag flag)
{
    switch (flag) {
    case ProgressFlag::NotAttending:
        return QColor(0xf8, 0xd7, 0xda); // light red
    case ProgressFlag::NotImproving:
        return QColor(0xff, 0xec, 0xb3); // light amber
    case ProgressFlag::None:
        break;
    }
    return std::nullopt;
}

} // namespace tutordesk
