#include "placement/Subjects.h"

#include <QCoreApplication>

namespace tutordesk {

const QStringList& Subjects::placed()
{
    static const QStringList subjects = {QStringLiteral("reading"), QStringLiteral("math")};
    return subjects;
}

QString Subjects::title(const QString& subject)
{
    const char* context = "tutordesk::Subjects";
    if (subject == QLatin1String("reading"))
        return QCoreApplication::translate(context, "Reading");
    if (subject == QLatin1String("math"))
        return QCoreApplication::translate(context, "Math");
    if (subject == QLatin1String("writing"))
        return QCoreApplication::translate(context, "Writing");
    return QCoreApplication::translate(context, "Other");
}

int Subjects::order(const QString& subject)
{
    if (subject == QLatin1String("reading"))
        return 0;
    if (subject == QLatin1String("math"))
        return 1;
    if (subject == QLatin1String("writing"))
        return 2;
    return 3;
}

} // namespace tutordesk
