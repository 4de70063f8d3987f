#include "roster/ScoreValues.h"

#include "common/TextFold.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <array>
#include <cmath>

namespace tutordesk {

namespace {

QStringList wordsOf(const QString& text)
{
    static const QRegularExpression nonWord(QStringLiteral("[^\\p{L}\\p{N}]+"));
    return foldForSearch(text).split(nonWord, Qt::SkipEmptyParts);
}

bool hasAny(const QStringList& words, std::initializer_list<const char*> wanted)
{
    for (const char* word : wanted) {
        if (words.contains(QLatin1String(word)))
            return true;
    }
    return false;
}

std::optional<int> numberWord(const QString& word)
{
    static constexpr std::array<const char*, 7> names = {"zero", "one",  "two", "three",
                                                         "four", "five", "six"};
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (word == QLatin1String(names[i]))
            return static_cast<int>(i);
    }
    bool ok = false;
    const int value = word.toInt(&ok);
    return ok ? std::optional<int>(value) : std::nullopt;
}

} // namespace

std::optional<QString> ScoreValues::subject(const QString& text)
{
    const QStringList words = wordsOf(text);
    const QString joined = words.join(QLatin1Char(' '));
    if (words.isEmpty())
        return std::nullopt;
    if (joined.contains(QLatin1String("math")) || hasAny(words, {"matematicas", "numeracy"}))
        return QStringLiteral("math");
    if (hasAny(words, {"writing", "usage"}))
        return QStringLiteral("writing");
    if (joined.contains(QLatin1String("read")) || joined.contains(QLatin1String("literacy")) ||
        joined.contains(QLatin1String("language arts")) ||
        hasAny(words, {"ela", "english", "lectura", "phonics", "rla", "ell"}))
        return QStringLiteral("reading");
    return std::nullopt;
}

std::optional<QString> ScoreValues::window(const QString& text)
{
    const QStringList words = wordsOf(text);
    if (hasAny(words, {"boy", "fall", "autumn", "beginning", "begin", "start", "otono"}))
        return QStringLiteral("BOY");
    if (hasAny(words, {"moy", "winter", "middle", "mid", "midyear", "invierno"}))
        return QStringLiteral("MOY");
    if (hasAny(words, {"eoy", "spring", "end", "primavera"}))
        return QStringLiteral("EOY");
    return std::nullopt;
}

QString ScoreValues::windowOf(const QDate& day)
{
    const int month = day.month();
    if (month >= 8 && month <= 10)
        return QStringLiteral("BOY");
    if (month >= 11 || month <= 2)
        return QStringLiteral("MOY");
    return QStringLiteral("EOY");
}

std::optional<int> ScoreValues::levelsFromPlacement(const QString& text)
{
    const QStringList words = wordsOf(text);
    if (words.isEmpty())
        return std::nullopt;
    const QString joined = words.join(QLatin1Char(' '));
    if (const qsizetype tier = words.indexOf(QStringLiteral("tier")); tier >= 0 && tier + 1 < words.size()) {
        const auto number = numberWord(words.at(tier + 1));
        if (number && *number >= 1 && *number <= 3)
            return *number - 1;
    }
    if (joined.contains(QLatin1String("urgent intervention")))
        return 2;
    if (words.contains(QLatin1String("intervention")))
        return 1;
    if (joined.contains(QLatin1String("on watch")) || words.contains(QLatin1String("benchmark")))
        return 0;
    if (const qsizetype below = words.indexOf(QStringLiteral("below")); below >= 0) {
        // "3 or More Grade Levels Below", "2 Grade Levels Below", "one grade level below"
        for (qsizetype i = 0; i < below; ++i) {
            const auto number = numberWord(words.at(i));
            const QStringList between = words.mid(i + 1, below - i - 1);
            if (number &&
                (between.isEmpty() || between.contains(QLatin1String("level")) ||
                 between.contains(QLatin1String("levels")) || between.contains(QLatin1String("grade"))))
                return std::clamp(*number, 0, 12);
        }
        return 1; // "Below Grade Level" without a number: at least one
    }
    if (words.contains(QLatin1String("above")) || joined.contains(QLatin1String("on grade")) ||
        joined.contains(QLatin1String("at grade")) || joined.contains(QLatin1String("on level")) ||
        joined.contains(QLatin1String("early on")))
        return 0;
    return std::nullopt;
}

std::optional<int> ScoreValues::levelsBelow(const QString& text)
{
    QString value = text.trimmed();
    if (value.endsWith(QLatin1Char('+')))
        value.chop(1);
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok || !std::isfinite(number) || number != std::floor(number) || number < -3 || number > 12)
        return std::nullopt;
    return static_cast<int>(number);
}

std::optional<double> ScoreValues::score(const QString& text)
{
    static const QRegularExpression thousands(QStringLiteral("^\\d{1,3}(,\\d{3})+(\\.\\d+)?$"));
    QString value = text.trimmed();
    if (thousands.match(value).hasMatch())
        value.remove(QLatin1Char(','));
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok || !std::isfinite(number))
        return std::nullopt;
    return number;
}

} // namespace tutordesk
