#pragma once

#include "common/Result.h"
#include "exchange/Bundle.h"
#include "exchange/DeltaDiff.h"
#include "exchange/ExportRows.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <string>
#include <vector>

namespace tutordesk {

class Database;

// One data file as a bundle holds it.
struct RenderedFile {
    QString name;        // "students.csv"
    bool present = true; // false: a delta's file with no change ("absent", not in the zip)
    int rows = 0;
    QByteArray bytes; // header and rows; empty when absent
};

// What to render: a bulk (every row) or a delta against export_rows.
struct RenderPlan {
    BundleMode mode = BundleMode::Bulk;
    ExportPrivacy privacy;
    std::string since;     // a delta's previous createdAt (UTC text with milliseconds)
    std::string createdAt; // this bundle's
    // A bulk being made for real: export_rows is replaced by these rows as they are written.
    bool recordBulk = false;
    std::function<bool(int percent)> progress; // false cancels
};

struct RenderedFiles {
    std::vector<RenderedFile> files; // manifest order
    // A delta: per file (same order), the changes to export_rows once the district applies it.
    std::vector<std::vector<ExportRowChange>> changes;
    int changedRows = 0; // rows in the data files (a bulk: all of them)
};

// Renders the data files. Throws StoreError; returns an Error when the progress callback cancels.
Result<RenderedFiles> renderFiles(Database& db, const RenderPlan& plan);

// The header line of a data file.
QByteArray dataFileHeader(const ExportTable& table);

} // namespace tutordesk
