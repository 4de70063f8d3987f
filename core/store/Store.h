#pragma once

#include "common/Result.h"
#include "store/Database.h"

#include <QString>

#include <memory>

namespace tutordesk {

// A TutorDesk database: the owned connection, opened with the house pragmas and migrated to
// the current schema. Every core module works through one Store passed in by its caller.
class Store final {
public:
    enum class OpenMode { ExistingOnly, CreateIfMissing };

    // Opens (or creates) the database at `path`. Refuses, with a message that names the file
    // and says what to do, anything that is not a TutorDesk database, a damaged file, and a
    // database written by a newer TutorDesk.
    static Result<std::unique_ptr<Store>> open(const QString& path, OpenMode mode);

    ~Store();
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    Database& db() { return *m_db; }
    const QString& path() const { return m_path; }
    int schemaVersion();
    bool hasSchool();

    // Who audit rows name as the actor for changes made through this connection.
    void setActor(const QString& actor);

private:
    Store(QString path, std::unique_ptr<Database> db);

    QString m_path;
    std::unique_ptr<Database> m_db;
};

} // namespace tutordesk
