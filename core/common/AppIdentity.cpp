#include "common/AppIdentity.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace tutordesk {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setOrganizationDomain(QStringLiteral("tutordesk.org"));
    QCoreApplication::setApplicationName(QStringLiteral("TutorDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TUTORDESK_VERSION));
}

static QString dataFile(const QString& name)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(name);
}

QString defaultDatabasePath()
{
    return dataFile(QStringLiteral("school.") + QLatin1String(databaseSuffix));
}

QString demoDatabasePath()
{
    return dataFile(QStringLiteral("demo-school.") + QLatin1String(databaseSuffix));
}

QString resolveDatabasePath(const QString& fromCommandLine)
{
    if (!fromCommandLine.isEmpty())
        return fromCommandLine;
    const QString fromEnvironment = qEnvironmentVariable("TUTORDESK_DB");
    return fromEnvironment.isEmpty() ? defaultDatabasePath() : fromEnvironment;
}

} // namespace tutordesk
