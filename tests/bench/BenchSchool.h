#pragma once

#include "demo/DemoSchool.h"
#include "store/Store.h"

#include <QDir>
#include <QFile>
#include <QString>

#include <cstdlib>
#include <memory>

namespace tutordesk::bench {

// The large demo school of DESIGN.md section 4: 5,000 students and a full school year.
inline DemoOptions largeSchoolOptions()
{
    DemoOptions options;
    options.size = DemoOptions::Size::Large;
    options.seed = 7;
    options.through = QDate(2027, 6, 4);
    return options;
}

inline QString largeSchoolPath()
{
    return QDir::temp().filePath(QStringLiteral("tutordesk-bench-large.tutordesk"));
}

inline void removeDatabase(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

// Generates the large school unless this run already did; every benchmark after the first
// reads the same file.
inline QString ensureLargeSchool()
{
    static bool generated = false;
    const QString path = largeSchoolPath();
    if (generated)
        return path;
    removeDatabase(path);
    auto store = Store::open(path, Store::OpenMode::CreateIfMissing);
    if (!store || !generateDemoSchool(*store.value(), largeSchoolOptions()).ok())
        std::abort();
    generated = true;
    return path;
}

inline std::unique_ptr<Store> openLargeSchool()
{
    auto store = Store::open(ensureLargeSchool(), Store::OpenMode::ExistingOnly);
    if (!store)
        std::abort();
    return std::move(store).value();
}

} // namespace tutordesk::bench
