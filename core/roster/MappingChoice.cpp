#include "roster/MappingChoice.h"

#include "roster/CsvReader.h"
#include "roster/SavedMappings.h"

#include <QCoreApplication>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::Import)
};

} // namespace

QString MappingChoice::describe(const std::vector<FieldSpec>& fields) const
{
    QStringList pairs;
    for (const FieldSpec& field : fields) {
        if (const auto column = mapping.columnOf(field.key, header))
            pairs << Tr::tr("%1 → %2").arg(header.at(*column), field.label);
    }
    QString from;
    switch (source) {
    case Source::Given:
        from = Tr::tr("the mapping given");
        break;
    case Source::Saved:
        from = Tr::tr("the mapping saved last time");
        break;
    case Source::Proposed:
        from = Tr::tr("matched by name");
        break;
    }
    return Tr::tr("Columns (%1): %2.").arg(from, pairs.join(QStringLiteral(", ")));
}

Result<MappingChoice> chooseMapping(Store& store, const QString& path, const QString& kind,
                                    const std::vector<FieldSpec>& fields,
                                    const std::optional<ColumnMapping>& given)
{
    // The header only: the handler stops at the first record.
    const auto info = CsvReader::readFile(path, [](const CsvRecord&) { return false; });
    if (!info)
        return info.error();
    MappingChoice choice;
    choice.header = info->header;
    if (given) {
        if (!given->kind().isEmpty() && given->kind() != kind)
            return Error{
                Tr::tr("The mapping given is for \"%1\" files, but %2 is read as \"%3\". Give a mapping "
                       "made for this kind of file, or none to match the columns by name.")
                    .arg(given->kind(), path, kind)};
        choice.mapping = *given;
        choice.source = MappingChoice::Source::Given;
        return choice;
    }
    // Last term's mapping still applies when the file kept its column names; a file with other
    // names (another vendor's export) is matched afresh rather than refused.
    if (auto saved = SavedMappings::load(store, kind);
        saved && saved->missingRequired(fields, choice.header).empty()) {
        choice.mapping = *saved;
        choice.source = MappingChoice::Source::Saved;
        return choice;
    }
    choice.mapping = ColumnMapping::propose(kind, fields, choice.header);
    choice.source = MappingChoice::Source::Proposed;
    return choice;
}

} // namespace tutordesk
