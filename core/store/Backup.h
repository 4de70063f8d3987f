#pragma once

#include <QDateTime>
#include <QString>

namespace tutordesk {

class Database;

// Copies of a school's database, kept in TutorDesk's own folder (not beside the file, which may be on
// a USB stick): today the copy taken before a newer TutorDesk upgrades a database.
namespace Backup {

// TutorDesk's backup folder: <application data>/backups.
QString folder();

// Where the copy of `databasePath` taken before upgrading it from data version `fromVersion` goes:
// "school before data version 7 (2026-11-23 0805).tutordesk" — the name says what it is and when.
QString beforeUpgradePath(const QString& databasePath, int fromVersion, const QDateTime& at);

// Copies the open database, whole and consistent, to `target` with SQLite's online backup API; the
// copy is readable by its owner only. Throws StoreError when it cannot (disk full, folder missing).
void copyTo(Database& db, const QString& target);

} // namespace Backup

} // namespace tutordesk
