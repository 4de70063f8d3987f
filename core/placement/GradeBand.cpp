#include "placement/GradeBand.h"

#include <QStringList>

#include <array>
#include <utility>

namespace tutordesk {

namespace {

// Ranks of the standard bands: TK–K, 1–2, 3–4, 5–6, 7–8, 9–12.
constexpr std::array<std::pair<int, int>, 6> bands = {{{-1, 0}, {1, 2}, {3, 4}, {5, 6}, {7, 8}, {9, 12}}};

const QChar enDash(0x2013);

QString gradeName(int rank)
{
    if (rank == -1)
        return QStringLiteral("TK");
    if (rank == 0)
        return QStringLiteral("K");
    return QString::number(rank);
}

// "3–4" → {3, 4}; "5" → {5, 5}; also "Grades 3-4" and an em dash. None when unreadable.
std::optional<std::pair<int, int>> parseBand(const QString& band)
{
    QString text = band.trimmed();
    for (const QLatin1String prefix : {QLatin1String("grades"), QLatin1String("grade")}) {
        if (text.startsWith(prefix, Qt::CaseInsensitive)) {
            text = text.mid(prefix.size()).trimmed();
            break;
        }
    }
    if (text.isEmpty())
        return std::nullopt;
    text.replace(QChar(0x2014), enDash).replace(QLatin1Char('-'), enDash);
    const QStringList parts = text.split(enDash);
    if (parts.size() > 2)
        return std::nullopt;
    const auto low = GradeBand::gradeRank(parts.first().trimmed());
    const auto high = GradeBand::gradeRank(parts.last().trimmed());
    if (!low || !high || *low > *high)
        return std::nullopt;
    return std::pair{*low, *high};
}

} // namespace

std::optional<int> GradeBand::gradeRank(const QString& grade)
{
    const QString g = grade.trimmed().toUpper();
    if (g == QLatin1String("TK"))
        return -1;
    if (g == QLatin1String("K"))
        return 0;
    bool ok = false;
    const int n = g.toInt(&ok);
    if (!ok || n < 1 || n > 12)
        return std::nullopt;
    return n;
}

QString GradeBand::forGrade(const QString& grade)
{
    const auto rank = gradeRank(grade);
    if (!rank)
        return {};
    for (const auto& [low, high] : bands) {
        if (*rank >= low && *rank <= high)
            return gradeName(low) + enDash + gradeName(high);
    }
    return {};
}

std::optional<std::pair<int, int>> GradeBand::range(const QString& band)
{
    return parseBand(band);
}

bool GradeBand::contains(const QString& band, const QString& grade)
{
    const auto range = parseBand(band);
    const auto rank = gradeRank(grade);
    return range && rank && *rank >= range->first && *rank <= range->second;
}

int GradeBand::lowestRank(const QString& band)
{
    const auto range = parseBand(band);
    return range ? range->first : 99;
}

} // namespace tutordesk
