#include "progress/AssessmentText.h"

#include <QCoreApplication>

namespace tutordesk {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("tutordesk::AssessmentText", text);
}

} // namespace

QString AssessmentText::kind(const QString& kind)
{
    if (kind == QLatin1String("probe"))
        return tr("Skill probe");
    if (kind == QLatin1String("benchmark"))
        return tr("Benchmark");
    if (kind == QLatin1String("observation"))
        return tr("Tutor observation");
    if (kind == QLatin1String("confidence"))
        return tr("Confidence");
    return kind;
}

QString AssessmentText::window(const QString& window)
{
    if (window == QLatin1String("pre"))
        return tr("Pre");
    if (window == QLatin1String("progress"))
        return tr("Progress");
    if (window == QLatin1String("post"))
        return tr("Post");
    if (window == QLatin1String("BOY"))
        return tr("Beginning of year");
    if (window == QLatin1String("MOY"))
        return tr("Middle of year");
    if (window == QLatin1String("EOY"))
        return tr("End of year");
    return window;
}

const QStringList& AssessmentText::probeWindows()
{
    static const QStringList windows{QStringLiteral("pre"), QStringLiteral("progress"),
                                     QStringLiteral("post")};
    return windows;
}

const QStringList& AssessmentText::benchmarkWindows()
{
    static const QStringList windows{QStringLiteral("BOY"), QStringLiteral("MOY"), QStringLiteral("EOY")};
    return windows;
}

} // namespace tutordesk
