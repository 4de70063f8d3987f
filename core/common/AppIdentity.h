#pragma once

#include <QString>

namespace tutordesk {

// Names the application for QStandardPaths and QSettings, the same for the GUI and the CLI so
// that both find the same database. Call right after constructing the Q*Application.
void setApplicationIdentity();

// The database used when neither --db nor TUTORDESK_DB names one.
QString defaultDatabasePath();
// The demo school's own database, kept apart from the coordinator's real one.
QString demoDatabasePath();
// --db wins, then TUTORDESK_DB, then the default.
QString resolveDatabasePath(const QString& fromCommandLine);

// The suffix TutorDesk gives its database files.
inline constexpr char databaseSuffix[] = "tutordesk";

} // namespace tutordesk
