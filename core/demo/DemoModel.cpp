#include "demo/DemoModel.h"

#include "common/TextFold.h"

#include <utility>

namespace tutordesk::demo {

const char* subjectName(int subject)
{
    return subject == Math ? "math" : "reading";
}

QString gradeName(int rank)
{
    if (rank < 0)
        return QStringLiteral("TK");
    if (rank == 0)
        return QStringLiteral("K");
    return QString::number(rank);
}

QString timeOfDay(int minutes)
{
    return QStringLiteral("%1:%2")
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString phoneNumber(DemoRandom& rng)
{
    static const std::vector<double> weights = {45, 25, 12, 8, 4, 3, 3};
    static constexpr std::array<int, 7> areas = {323, 213, 310, 818, 747, 424, 562};
    const int area = areas[static_cast<std::size_t>(rng.weighted(weights))];
    const int line = rng.below(100);
    return QStringLiteral("(%1) 555-01%2").arg(area).arg(line, 2, 10, QLatin1Char('0'));
}

QString mailPart(const QString& text)
{
    QString out;
    for (const QChar c : foldForSearch(text)) {
        if (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            out.append(c);
    }
    return out;
}

bool Tutor::availableAt(int weekday, int start, int minutes) const
{
    for (const Window& w : availability) {
        if (w.weekday == weekday && w.from <= start && start + minutes <= w.to)
            return true;
    }
    return false;
}

DemoWorld::DemoWorld(const DemoOptions& options_, const QDate& through_, const QDate& yearStart,
                     const QDate& yearEnd, DemoProgress progress_)
    : options(options_)
    , through(through_)
    , calendar(yearStart, yearEnd)
    , data(DemoData::load())
    , progress(std::move(progress_))
    , ids(options_.seed, 1)
    , people(options_.seed, 2)
    , staff(options_.seed, 3)
    , program(options_.seed, 4)
    , days(options_.seed, 5)
    , attendance(options_.seed, 6)
    , outreach(options_.seed, 7)
    , probes(options_.seed, 8)
    , coordinator(QStringLiteral("Ana Rivera"))
{}

void DemoWorld::report(int percent)
{
    if (percent == lastReported || !progress)
        return;
    lastReported = percent;
    if (!progress(percent))
        throw DemoFailure(QString(), true);
}

} // namespace tutordesk::demo
