#include "RecentDatabases.h"

#include <QFileInfo>
#include <QSettings>

namespace tutordesk {

namespace {
constexpr QLatin1String settingsKey("recentDatabases");
} // namespace

QStringList RecentDatabases::stored()
{
    return QSettings().value(settingsKey).toStringList();
}

void RecentDatabases::store(const QStringList& paths)
{
    QSettings().setValue(settingsKey, paths);
}

QStringList RecentDatabases::paths() const
{
    const QStringList all = stored();
    QStringList existing;
    for (const QString& path : all) {
        if (QFileInfo(path).isFile())
            existing << path;
    }
    if (existing != all)
        store(existing);
    return existing;
}

void RecentDatabases::add(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList paths = stored();
    paths.removeAll(absolute);
    paths.prepend(absolute);
    while (paths.size() > maximum)
        paths.removeLast();
    store(paths);
}

void RecentDatabases::remove(const QString& path)
{
    QStringList paths = stored();
    paths.removeAll(QFileInfo(path).absoluteFilePath());
    store(paths);
}

void RecentDatabases::clear()
{
    store({});
}

} // namespace tutordesk
