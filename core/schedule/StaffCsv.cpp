#include "schedule/StaffCsv.h"

#include "roster/ColumnMapping.h"

#include <QRegularExpression>

#include <algorithm>

namespace tutordesk {

Result<StaffCsv> StaffCsv::read(const QString& path)
{
    StaffCsv csv;
    csv.path = path;
    auto info = CsvReader::readFile(path, [&](const CsvRecord& record) {
        ++csv.linesRead;
        // Excel leaves rows of bare delimiters below edited data; they say nothing.
        if (std::all_of(record.fields.begin(), record.fields.end(),
                        [](const QString& field) { return field.trimmed().isEmpty(); }))
            ++csv.blankLines;
        else
            csv.records.push_back(record);
        return true;
    });
    if (!info)
        return info.error();
    csv.header = info->header;
    csv.headerLine = info->headerLine;
    csv.problems = info->problems;
    return csv;
}

int StaffCsv::column(const QStringList& names) const
{
    // Listed names in order of preference: "date" beats "start date" when a file has both.
    for (const QString& name : names) {
        for (int i = 0; i < header.size(); ++i) {
            if (ColumnMapping::normalizeHeader(header.at(i)) == name)
                return i;
        }
    }
    return -1;
}

QString StaffCsv::value(const CsvRecord& record, int column)
{
    if (column < 0 || column >= record.fields.size())
        return {};
    return record.fields.at(column).trimmed();
}

ImportProblem StaffCsv::problem(int line, int column, const QString& message) const
{
    const bool named = column >= 0 && column < header.size();
    return {path, line, named ? column + 1 : 0, named ? header.at(column).trimmed() : QString(), message};
}

void StaffCsv::addReaderProblems(std::vector<ImportProblem>& out) const
{
    for (const CsvProblem& p : problems)
        out.push_back(
            {path, p.line, p.column,
             p.column > 0 && p.column <= header.size() ? header.at(p.column - 1).trimmed() : QString(),
             p.message});
}

std::optional<QDate> parseStaffDate(const QString& text)
{
    QString value = text.trimmed();
    if (value.isEmpty())
        return QDate();
    // Excel and databases add a midnight time: "9/8/2026 0:00", "2026-09-08T00:00:00".
    static const QRegularExpression time(
        QStringLiteral("[T ]\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?\\s*([AaPp][Mm])?Z?$"));
    value.remove(time);
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    static const QRegularExpression us(QStringLiteral("^(\\d{1,2})/(\\d{1,2})/(\\d{4})$"));
    QDate day;
    if (const auto m = iso.match(value.trimmed()); m.hasMatch())
        day = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    else if (const auto u = us.match(value.trimmed()); u.hasMatch())
        day = QDate(u.captured(3).toInt(), u.captured(1).toInt(), u.captured(2).toInt());
    if (!day.isValid())
        return std::nullopt;
    return day;
}

std::optional<QTime> parseStaffTime(const QString& text)
{
    static const QRegularExpression hm(QStringLiteral("^(\\d{1,2}):(\\d{2})$"));
    const auto m = hm.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const QTime time(m.captured(1).toInt(), m.captured(2).toInt());
    if (!time.isValid())
        return std::nullopt;
    return time;
}

} // namespace tutordesk
