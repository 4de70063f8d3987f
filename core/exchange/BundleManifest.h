#pragma once

#include "exchange/Bundle.h"

#include <QByteArray>
#include <QString>

namespace tutordesk {

// What manifest.csv says about a bundle besides its files (EXCHANGE.md "Out").
struct ManifestInfo {
    int schemaVersion = 0;
    QString schoolCode;
    QString exportId; // a UUID
    qint64 sequence = 0;
    BundleMode mode = BundleMode::Bulk;
    QString since; // empty for a bulk
    QString createdAt;
    bool includesNames = false;
    bool includesNotes = false;
};

// manifest.csv (propertyName,value), its rows in a fixed order; then per data file file.<name>,
// file.<name>.rows and file.<name>.sha256, <name> without ".csv".
QByteArray manifestCsv(const ManifestInfo& info, const QList<BundleFile>& files);

} // namespace tutordesk
