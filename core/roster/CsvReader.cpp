#include "roster/CsvReader.h"

#include "roster/TextEncoding.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <csv.h>
#include <memory>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::CsvReader)
};

constexpr qsizetype chunkSize = 1 << 20;

// The delimiter the header uses: whichever of comma, semicolon and tab occurs most outside
// quotes on the first line (comma when none does).
char detectDelimiter(QByteArrayView utf8)
{
    int comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (const char c : utf8) {
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r'))
            break;
        else if (!quoted && c == ',')
            ++comma;
        else if (!quoted && c == ';')
            ++semicolon;
        else if (!quoted && c == '\t')
            ++tab;
    }
    if (tab > comma && tab >= semicolon)
        return '\t';
    if (semicolon > comma)
        return ';';
    return ',';
}

// Collects libcsv's callbacks into records with their line numbers.
class RecordCollector final {
public:
    RecordCollector(const QString& name, char newline, int firstLine,
                    const CsvReader::RecordHandler& onRecord, CsvInfo& info)
        : m_name(name)
        , m_newline(newline)
        , m_line(firstLine)
        , m_onRecord(onRecord)
        , m_info(info)
    {}

    static void onField(void* data, size_t length, void* self)
    {
        static_cast<RecordCollector*>(self)->field(static_cast<const char*>(data), length);
    }
    static void onRecordEnd(int terminator, void* self)
    {
        static_cast<RecordCollector*>(self)->recordEnd(terminator);
    }

    bool stopped() const { return m_stopped; }
    const QString& error() const { return m_error; }
    int line() const { return m_line; }
    int pendingColumn() const { return static_cast<int>(m_record.fields.size()) + 1; }

private:
    void field(const char* data, size_t length)
    {
        if (m_stopped)
            return;
        if (m_record.fields.isEmpty())
            m_record.line = m_line;
        if (length > static_cast<size_t>(CsvReader::maxFieldLength)) {
            m_error =
                Tr::tr("%1, line %2, column %3: a field of more than %4 characters. This is not a roster "
                       "file, or a quote (\") opens a field that should have closed much earlier.")
                    .arg(m_name)
                    .arg(m_line)
                    .arg(m_record.fields.size() + 1)
                    .arg(CsvReader::maxFieldLength);
            m_stopped = true;
            return;
        }
        m_record.fields.append(data ? QString::fromUtf8(data, static_cast<qsizetype>(length)) : QString());
        for (size_t i = 0; i < length; ++i) {
            if (data[i] == m_newline)
                ++m_line;
        }
    }

    void recordEnd(int terminator)
    {
        if (m_stopped)
            return;
        if (!m_record.fields.isEmpty())
            deliver();
        if (terminator == m_newline)
            ++m_line;
    }

    void deliver()
    {
        if (!m_haveHeader) {
            m_info.header = m_record.fields;
            m_info.headerLine = m_record.line;
            m_haveHeader = true;
        } else {
            ++m_info.records;
            const auto width = m_info.header.size();
            if (m_record.fields.size() != width)
                addProblem(m_record.line, 0,
                           Tr::tr("%1 fields where the header has %2. Check this line for a missing or extra "
                                  "delimiter, or a quote (\") that is not closed.")
                               .arg(m_record.fields.size())
                               .arg(width));
            if (!m_onRecord(m_record))
                m_stopped = true;
        }
        m_record.fields.clear();
    }

    void addProblem(int line, int column, const QString& message)
    {
        if (static_cast<int>(m_info.problems.size()) < CsvReader::maxProblems)
            m_info.problems.push_back({line, column, message});
    }

    const QString& m_name;
    char m_newline;
    int m_line;
    const CsvReader::RecordHandler& m_onRecord;
    CsvInfo& m_info;
    CsvRecord m_record;
    bool m_haveHeader = false;
    bool m_stopped = false;
    QString m_error;
};

int neverSpace(unsigned char)
{
    return 0; // values are kept exactly as read; importers trim where a field means it
}

struct ParserDeleter {
    void operator()(csv_parser* parser) const
    {
        csv_free(parser);
        delete parser;
    }
};

} // namespace

Result<CsvInfo> CsvReader::readFile(const QString& path, const RecordHandler& onRecord,
                                    const Progress& progress)
{
    QFile file(path);
    if (!QFileInfo(path).isFile())
        return Error{Tr::tr("%1: there is no such file.").arg(path)};
    if (!file.open(QIODevice::ReadOnly))
        return Error{Tr::tr("%1 cannot be read: %2").arg(path, file.errorString())};
    if (file.size() == 0)
        return readBytes({}, path, onRecord, progress);
    // Mapping avoids a copy of large district files; the bytes are only read.
    const uchar* mapped = file.map(0, file.size());
    if (!mapped) {
        const QByteArray bytes = file.readAll();
        return readBytes(bytes, path, onRecord, progress);
    }
    return readBytes(QByteArrayView(reinterpret_cast<const char*>(mapped), file.size()), path, onRecord,
                     progress);
}

Result<CsvInfo> CsvReader::readBytes(QByteArrayView bytes, const QString& name, const RecordHandler& onRecord,
                                     const Progress& progress)
{
    if (bytes.trimmed().isEmpty())
        return Error{
            Tr::tr("%1 is empty: it has no header row. Export the roster again from the student system.")
                .arg(name)};
    if (bytes.startsWith("PK\x03\x04"))
        return Error{Tr::tr("%1 is a zip file or an Excel workbook, not CSV. In Excel, use File > Save As > "
                            "\"CSV UTF-8\"; a OneRoster export is imported as a zip.")
                         .arg(name)};

    const DetectedEncoding detected = detectEncoding(bytes);
    const bool utf16 = detected.encoding == TextEncoding::Utf16LittleEndian ||
                       detected.encoding == TextEncoding::Utf16BigEndian;
    if (!utf16 && bytes.contains('\0'))
        return Error{
            Tr::tr("%1 holds binary data, not text. Choose the CSV file the student system exported.")
                .arg(name)};

    CsvInfo info;
    info.encoding = encodingName(detected.encoding);
    const QByteArrayView body = bytes.sliced(detected.bomLength);

    // Text from here on is UTF-8, converted chunk by chunk where the file is not.
    QStringDecoder utf16Decoder(detected.encoding == TextEncoding::Utf16BigEndian
                                    ? QStringConverter::Utf16BE
                                    : QStringConverter::Utf16LE);
    QByteArray converted;
    const auto toUtf8 = [&](QByteArrayView chunk) -> QByteArrayView {
        switch (detected.encoding) {
        case TextEncoding::Windows1252:
            converted.clear();
            appendWindows1252AsUtf8(chunk, converted);
            return converted;
        case TextEncoding::Utf16LittleEndian:
        case TextEncoding::Utf16BigEndian:
            converted = QString(utf16Decoder.decode(chunk)).toUtf8();
            return converted;
        default:
            return chunk;
        }
    };

    QByteArray firstChunk = toUtf8(body.first(qMin(body.size(), chunkSize))).toByteArray();
    qsizetype offset = qMin(body.size(), chunkSize);
    int firstLine = 1;
    char delimiter = 0;
    // Excel honours a first line "sep=;" naming the delimiter; so do we.
    if (firstChunk.startsWith("sep=") && firstChunk.size() >= 5 &&
        (firstChunk.size() == 5 || firstChunk.at(5) == '\r' || firstChunk.at(5) == '\n')) {
        delimiter = firstChunk.at(4);
        qsizetype skip = 5;
        while (skip < firstChunk.size() && (firstChunk.at(skip) == '\r' || firstChunk.at(skip) == '\n')) {
            if (firstChunk.at(skip) == '\n')
                ++firstLine;
            ++skip;
        }
        firstChunk.remove(0, skip);
    }
    if (delimiter == 0)
        delimiter = detectDelimiter(firstChunk);
    info.delimiter = QLatin1Char(delimiter);
    // A file with only carriage returns (old Mac exports) counts lines by them.
    const char newline = (!bytes.contains('\n') && bytes.contains('\r')) ? '\r' : '\n';

    std::unique_ptr<csv_parser, ParserDeleter> parser(new csv_parser);
    if (csv_init(parser.get(), CSV_REPALL_NL) != 0)
        return Error{Tr::tr("%1: not enough memory to read it.").arg(name)};
    csv_set_delim(parser.get(), static_cast<unsigned char>(delimiter));
    csv_set_space_func(parser.get(), neverSpace);

    RecordCollector collector(name, newline, firstLine, onRecord, info);
    const auto feed = [&](QByteArrayView utf8) {
        csv_parse(parser.get(), utf8.data(), static_cast<size_t>(utf8.size()), RecordCollector::onField,
                  RecordCollector::onRecordEnd, &collector);
    };

    feed(firstChunk);
    while (offset < body.size() && !collector.stopped()) {
        if (progress && !progress(detected.bomLength + offset, bytes.size()))
            return Error{Tr::tr("Reading %1 was cancelled.").arg(name)};
        const QByteArrayView chunk = body.sliced(offset, qMin(chunkSize, body.size() - offset));
        offset += chunk.size();
        feed(toUtf8(chunk));
    }
    if (!collector.error().isEmpty())
        return Error{collector.error()};
    if (!collector.stopped()) {
        // libcsv keeps an unclosed quoted field open to the end of the file: that is not a roster.
        if (parser->quoted && parser->pstate == 2) // FIELD_BEGUN in libcsv.c
            return Error{
                Tr::tr("%1, line %2, column %3: a quoted field starts here and is never closed. Look for "
                       "a stray quote (\") in that cell, or save the file from Excel again.")
                    .arg(name)
                    .arg(collector.line())
                    .arg(collector.pendingColumn())};
        csv_fini(parser.get(), RecordCollector::onField, RecordCollector::onRecordEnd, &collector);
        if (!collector.error().isEmpty())
            return Error{collector.error()};
    }
    if (info.header.isEmpty())
        return Error{
            Tr::tr("%1 has no header row. Export the roster again with column names in the first row.")
                .arg(name)};
    if (progress)
        progress(bytes.size(), bytes.size());
    return info;
}

} // namespace tutordesk
