#include "progress/AssessmentText.h"

#include <QCoreApplication>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::AssessmentText)
};

} // namespace

QString AssessmentText::kind(const QString& kind)
{
    if (kind == QLatin1String("probe"))
        return Tr::tr("Skill probe");
    if (kind == QLatin1String("benchmark"))
        return Tr::tr("Benchmark");
    if (kind == QLatin1String("observation"))
        return Tr::tr("Tutor observation");
    if (kind == QLatin1String("confidence"))
        return Tr::tr("Confidence");
    return kind;
}

QString AssessmentText::window(const QString& window)
{
    if (window == QLatin1String("pre"))
        return Tr::tr("Pre");
    if (window == QLatin1String("progress"))
        return Tr::tr("Progress");
    if (window == QLatin1String("post"))
        return Tr::tr("Post");
    if (window == QLatin1String("BOY"))
        return Tr::tr("Beginning of year");
    if (window == QLatin1String("MOY"))
        return Tr::tr("Middle of year");
    if (window == QLatin1String("EOY"))
        return Tr::tr("End of year");
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
