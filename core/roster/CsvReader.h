#pragma once

#include "common/Result.h"

#include <QByteArrayView>
#include <QChar>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <vector>

namespace tutordesk {

// One record of a CSV file and the physical line it starts on (1-based, as an editor shows it).
struct CsvRecord {
    int line = 0;
    QStringList fields;
};

// Something the reader noticed but could read past; importers add their own.
struct CsvProblem {
    int line = 0;
    int column = 0; // 1-based field number; 0 when it concerns the whole line
    QString message;
};

// What the reader found out about a file.
struct CsvInfo {
    QString encoding; // "UTF-8", "UTF-8 with BOM", "Windows-1252", "UTF-16LE", "UTF-16BE"
    QChar delimiter = QLatin1Char(',');
    QStringList header; // the first record, as read
    int headerLine = 1;
    std::int64_t records = 0; // data records after the header
    std::vector<CsvProblem> problems;
};

// Reads RFC 4180 files the way district systems and Excel write them (DESIGN.md section 5):
// UTF-8 with or without BOM, Windows-1252, UTF-16 with BOM; comma, semicolon or tab, from the
// header or Excel's "sep=" line; CRLF, LF or CR; quoted fields with delimiters, doubled quotes
// and line breaks. Parsing is libcsv's; values are passed on exactly as read (no trimming).
class CsvReader final {
public:
    // Return false to stop reading (the result is still the info so far).
    using RecordHandler = std::function<bool(const CsvRecord& record)>;
    // Bytes read so far and in all; return false to cancel (the result is then an Error).
    using Progress = std::function<bool(std::int64_t done, std::int64_t total)>;

    // The file is read in one pass without holding it whole in memory as text. A file that
    // cannot be read as CSV at all (missing, empty, binary, a workbook, a quote never closed)
    // gives an Error that names the file, and the line and column where it can.
    static Result<CsvInfo> readFile(const QString& path, const RecordHandler& onRecord,
                                    const Progress& progress = {});
    // The same for bytes already in memory (a file inside a zip); `name` is used in messages.
    static Result<CsvInfo> readBytes(QByteArrayView bytes, const QString& name, const RecordHandler& onRecord,
                                     const Progress& progress = {});

    // A field this long is not roster data; the reader stops rather than fill memory.
    static constexpr int maxFieldLength = 1 << 16;
    // Problems beyond this many are counted, not listed.
    static constexpr int maxProblems = 500;
};

} // namespace tutordesk
