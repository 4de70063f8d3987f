#pragma once

#include <QString>

namespace tutordesk::TransportErrors {

// What a coordinator reads on the Sync page when a bundle did not reach the district: what happened, and
// what to do (or that TutorDesk will try again by itself). `where` is a destination as people know it.

QString folderMissing(const QString& folder);
QString folderNotWritable(const QString& folder, const QString& detail);
QString folderWriteFailed(const QString& folder, const QString& detail);
QString badBundleName(const QString& name);

QString hostNotFound(const QString& where);
QString connectionRefused(const QString& where);
QString timedOut(const QString& where, int timeoutMs);
QString tlsFailed(const QString& where);
QString networkFailed(const QString& where, const QString& detail);

// An HTTP answer that is not 2xx.
QString httpStatus(const QString& where, int status, const QString& reason);

} // namespace tutordesk::TransportErrors
