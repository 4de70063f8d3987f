#pragma once

#include "common/Result.h"
#include "exchange/Bundle.h"
#include "exchange/BundleFiles.h"
#include "exchange/BundleManifest.h"
#include "exchange/ExportRows.h"

#include <QByteArray>
#include <QDateTime>
#include <QStringList>

#include <vector>

namespace tutordesk {

class Store;

// Bundles without recording anything: what a bulk made now would hold (tests compare the district's copy
// with it; the benchmark times it), and the SELECT of each data file (the benchmark hands the same text to
// `sqlite3 -csv`).

// The data files of a bulk bundle, as exportBundle would write them now. Reads only. Throws StoreError.
std::vector<RenderedFile> renderBulkFiles(Store& store, const ExportPrivacy& privacy);

// A whole bulk bundle (manifest, zip, checksums) made now, sequence 0, recorded nowhere.
Result<Bundle> renderBulkBundle(Store& store, const ExportPrivacy& privacy, const QDateTime& now);

// The data files' names in manifest order ("students.csv", …) and the SQL of one (empty when unknown).
QStringList exportFileNames();
QByteArray exportFileSql(const QString& fileName);

// Puts rendered files together: sha256 per file, manifest.csv, the zip, the bundle's name and sha256.
Result<Bundle> assembleBundle(const RenderedFiles& rendered, const ManifestInfo& info,
                              const QDateTime& createdAt);

// tutordesk_<schoolCode>_<UTC yyyyMMddTHHmmssZ>_<sequence>.zip, the code reduced to letters, digits and '-'.
QString bundleName(const QString& schoolCode, const QDateTime& createdAt, qint64 sequence);

} // namespace tutordesk
