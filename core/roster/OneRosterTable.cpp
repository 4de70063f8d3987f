#include "roster/OneRosterTable.h"

#include "roster/OneRosterSource.h"

namespace tutordesk {

Result<OneRosterTable> OneRosterTable::read(OneRosterSource& source, const QString& file,
                                            std::vector<ImportProblem>& problems)
{
    auto bytes = source.read(file);
    if (!bytes)
        return bytes.error();
    OneRosterTable table;
    table.m_name = source.displayName(file);
    auto info = CsvReader::readBytes(bytes.value(), table.m_name, [&table](const CsvRecord& record) {
        table.m_records.push_back(record);
        return true;
    });
    if (!info)
        return info.error();
    for (const QString& name : info->header)
        table.m_header << name.trimmed();
    for (const CsvProblem& problem : info->problems)
        problems.push_back({table.m_name, problem.line, problem.column, QString(), problem.message});
    table.m_status = table.column(QStringLiteral("status"));
    return table;
}

std::optional<int> OneRosterTable::column(const QString& name) const
{
    for (int i = 0; i < m_header.size(); ++i) {
        if (m_header.at(i).compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    return std::nullopt;
}

QString OneRosterTable::value(const CsvRecord& record, std::optional<int> column) const
{
    if (!column || *column >= record.fields.size())
        return QString();
    return record.fields.at(*column).trimmed();
}

bool OneRosterTable::isDeleted(const CsvRecord& record) const
{
    return value(record, m_status).compare(QLatin1String("tobedeleted"), Qt::CaseInsensitive) == 0;
}

ImportProblem OneRosterTable::problem(const CsvRecord& record, std::optional<int> column,
                                      const QString& message) const
{
    return {m_name, record.line, column ? *column + 1 : 0, column ? m_header.value(*column) : QString(),
            message};
}

ImportProblem OneRosterTable::problem(const CsvRecord& record, const QString& columnName,
                                      const QString& message) const
{
    const auto index = column(columnName);
    ImportProblem result = problem(record, index, message);
    if (!index)
        result.field = columnName;
    return result;
}

} // namespace tutordesk
