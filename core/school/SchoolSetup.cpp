#include "school/SchoolSetup.h"

#include "common/AppIdentity.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::SchoolSetup)
};

// hasSchool() reads the database and may throw on a damaged file: such a file holds no usable school.
Result<bool> holdsSchool(Store& store)
{
    try {
        return store.hasSchool();
    } catch (const StoreError& e) {
        return Error{Tr::tr("%1 is damaged and cannot be read (%2). Restore it from a backup.")
                         .arg(store.path(), e.message())};
    }
}

} // namespace

void removeDatabaseFiles(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

Result<std::unique_ptr<Store>> createSchoolDatabase(const QString& path, const SchoolInfo& info)
{
    const bool existed = QFileInfo::exists(path);
    auto opened = Store::open(path, Store::OpenMode::CreateIfMissing);
    if (!opened)
        return opened.error();
    std::unique_ptr<Store> store = std::move(opened).value();
    if (auto created = School::create(*store, info); !created) {
        if (!existed) {
            store.reset(); // close before removing, so the WAL files go too
            removeDatabaseFiles(path);
        }
        return created.error();
    }
    return store;
}

Result<std::unique_ptr<Store>> openOrCreateDemoSchool(const QString& path, const DemoOptions& options,
                                                      const DemoProgress& progress)
{
    if (QFileInfo::exists(path)) {
        if (auto opened = Store::open(path, Store::OpenMode::ExistingOnly)) {
            auto school = holdsSchool(*opened.value());
            if (school.ok() && school.value())
                return std::move(opened).value();
        }
        removeDatabaseFiles(path);
    }

    auto opened = Store::open(path, Store::OpenMode::CreateIfMissing);
    if (!opened)
        return opened.error();
    std::unique_ptr<Store> store = std::move(opened).value();
    if (auto generated = generateDemoSchool(*store, options, progress); !generated) {
        store.reset();
        removeDatabaseFiles(path);
        return generated.error();
    }
    return store;
}

QString suggestNewDatabasePath()
{
    const QString first = defaultDatabasePath();
    if (!QFileInfo::exists(first))
        return first;
    const QFileInfo info(first);
    for (int n = 2;; ++n) {
        const QString candidate = info.dir().filePath(QStringLiteral("%1-%2.%3")
                                                          .arg(info.completeBaseName())
                                                          .arg(n)
                                                          .arg(QLatin1String(databaseSuffix)));
        if (!QFileInfo::exists(candidate))
            return candidate;
    }
}

} // namespace tutordesk
