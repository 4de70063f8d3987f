#include "ProgramText.h"

#include "placement/Subjects.h"

#include <QLocale>

namespace tutordesk {

QString ProgramText::factorName(const QString& factor)
{
    if (factor == QLatin1String("benchmark"))
        return tr("Benchmark results");
    if (factor == QLatin1String("attendance"))
        return tr("School attendance");
    if (factor == QLatin1String("englishLearner"))
        return tr("English learner");
    if (factor == QLatin1String("disability"))
        return tr("IEP or 504 plan");
    if (factor == QLatin1String("foster"))
        return tr("Foster youth");
    if (factor == QLatin1String("homeless"))
        return tr("Homeless (McKinney-Vento)");
    if (factor == QLatin1String("disadvantaged"))
        return tr("Socio-economically disadvantaged");
    return factor;
}

QString ProgramText::tierSummary(const TierDefinition& tier)
{
    const QString name = tier.name.isEmpty() ? tr("Tier %1").arg(tier.tier) : tier.name;
    const QString title = tier.description.isEmpty()
                              ? name
                              : tr("%1 · %2", "tier name · description").arg(name, tier.description);
    if (tier.sessionsPerWeek <= 0)
        return title;
    const QLocale locale;
    return tr("%1: %2 × %3 min a week, groups of up to %4", "tier, sessions, minutes, group size")
        .arg(title, locale.toString(tier.sessionsPerWeek), locale.toString(tier.minutes),
             locale.toString(tier.maxGroupSize));
}

QString ProgramText::subject(const QString& subject)
{
    return Subjects::title(subject); // core's words, the same as in its messages
}

QString ProgramText::groupStatus(const QString& status)
{
    if (status == QLatin1String("planned"))
        return tr("Planned", "group status");
    if (status == QLatin1String("active"))
        return tr("Active", "group status");
    if (status == QLatin1String("ended"))
        return tr("Ended", "group status");
    return status;
}

QString ProgramText::seats(int taken, int cap)
{
    const QLocale locale;
    return tr("%1 of %2", "seats taken of the group's cap").arg(locale.toString(taken), locale.toString(cap));
}

QString ProgramText::score(double score)
{
    return QLocale().toString(score, 'f', 1);
}

} // namespace tutordesk
