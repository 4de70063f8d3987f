#pragma once

#include <QString>

#include <vector>

namespace tutordesk {

class Database;

// The numbered schema steps under resources/sql, compiled into core.
class Migrations final {
public:
    struct Step {
        int version = 0;
        QString name;
        QByteArray sql;
    };

    // Written to PRAGMA application_id so that TutorDesk knows its own files ("TDK1").
    static constexpr int applicationId = 0x54444b31;

    static const std::vector<Step>& steps();
    static int latestVersion();

    // Applies every step above the database's user_version up to `target`, each in its own
    // transaction that also records the new version; a failing step leaves the previous version.
    static void migrate(Database& db, int target = latestVersion());
};

} // namespace tutordesk
