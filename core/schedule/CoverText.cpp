#include "schedule/CoverText.h"

#include "schedule/ScheduleText.h"
#include "schedule/ScheduledSession.h"

#include <QCoreApplication>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::SessionCover)
};

} // namespace

QString CoverText::session(const ScheduledSession& session)
{
    return CoverText::session(session.groupName, session.day, session.start);
}

QString CoverText::session(const QString& groupName, const QDate& day, const QTime& start)
{
    return Tr::tr("%1 on %2 at %3").arg(groupName, ScheduleText::day(day), ScheduleText::time(start));
}

bool CoverText::isCancelReason(const QString& code)
{
    return code == QLatin1String("tutor_absent") || code == QLatin1String("school_event") ||
           code == QLatin1String("weather") || code == QLatin1String("student_event") ||
           code == QLatin1String("other");
}

QString CoverText::cancelReasonTitle(const QString& code)
{
    if (code == QLatin1String("tutor_absent"))
        return Tr::tr("Tutor absent");
    if (code == QLatin1String("school_event"))
        return Tr::tr("School event");
    if (code == QLatin1String("weather"))
        return Tr::tr("Weather");
    if (code == QLatin1String("student_event"))
        return Tr::tr("Student event");
    if (code == QLatin1String("other"))
        return Tr::tr("Other reason");
    return code;
}

QString CoverText::primaryLanguage(const QString& code)
{
    const QString trimmed = code.trimmed().toLower();
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        if (trimmed.at(i) == u'-' || trimmed.at(i) == u'_')
            return trimmed.left(i);
    }
    return trimmed;
}

} // namespace tutordesk
