#pragma once

#include <QString>
#include <QStringList>

namespace tutordesk {

// The databases opened lately, newest first, kept in QSettings for File ▸ Open Recent.
class RecentDatabases final {
public:
    static constexpr int maximum = 8;

    // The remembered paths whose files still exist; the others are forgotten.
    QStringList paths() const;
    void add(const QString& path);
    void remove(const QString& path);
    void clear();

private:
    static QStringList stored();
    static void store(const QStringList& paths);
};

} // namespace tutordesk
