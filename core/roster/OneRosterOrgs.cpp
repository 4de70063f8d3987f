#include "roster/OneRosterOrgs.h"

#include "roster/OneRosterManifest.h"
#include "roster/OneRosterSource.h"
#include "roster/OneRosterTable.h"

#include <QCoreApplication>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::OneRoster)
};

QString listOf(const std::vector<const OneRosterOrg*>& orgs)
{
    QString list;
    for (const OneRosterOrg* org : orgs)
        list += QStringLiteral("\n  ") + org->describe();
    return list;
}

QString howToChoose()
{
    return Tr::tr(
        "Choose the school: in the import window, or on the command line with --org and the id before "
        "the colon.");
}

} // namespace

QString OneRosterOrg::describe() const
{
    QString text = sourcedId + QStringLiteral(": ") + name;
    if (!identifier.isEmpty() && identifier != sourcedId)
        text += QStringLiteral(" (%1)").arg(identifier);
    return text;
}

Result<std::vector<OneRosterOrg>> OneRosterOrgs::read(OneRosterSource& source,
                                                      const OneRosterManifest& manifest,
                                                      std::vector<ImportProblem>& problems)
{
    if (!manifest.includes(source, QStringLiteral("orgs.csv")))
        return Error{
            Tr::tr("%1 is missing: a OneRoster export lists its schools there. Export the roster again "
                   "with orgs.csv included.")
                .arg(source.displayName(QStringLiteral("orgs.csv")))};
    auto table = OneRosterTable::read(source, QStringLiteral("orgs.csv"), problems);
    if (!table)
        return table.error();
    const auto idColumn = table->column(QStringLiteral("sourcedId"));
    if (!idColumn)
        return Error{
            Tr::tr("%1 has no sourcedId column, so it is not a OneRoster orgs file. Export the roster "
                   "again as OneRoster CSV.")
                .arg(table->name())};
    std::vector<OneRosterOrg> orgs;
    for (const CsvRecord& record : table->records()) {
        if (table->isDeleted(record))
            continue;
        OneRosterOrg org;
        org.sourcedId = table->value(record, idColumn);
        org.name = table->value(record, QStringLiteral("name"));
        org.identifier = table->value(record, QStringLiteral("identifier"));
        org.type = table->value(record, QStringLiteral("type"));
        if (!org.sourcedId.isEmpty())
            orgs.push_back(std::move(org));
    }
    return orgs;
}

Result<OneRosterOrg> OneRosterOrgs::choose(const std::vector<OneRosterOrg>& orgs, const QString& wanted,
                                           const QString& fileName)
{
    std::vector<const OneRosterOrg*> schools;
    for (const OneRosterOrg& org : orgs) {
        if (org.isSchool())
            schools.push_back(&org);
    }
    if (!wanted.trimmed().isEmpty()) {
        const QString key = wanted.trimmed();
        // The sourcedId is exact; people may type the school code or name instead.
        for (const OneRosterOrg& org : orgs) {
            if (org.sourcedId == key)
                return org;
        }
        for (const OneRosterOrg& org : orgs) {
            if ((!org.identifier.isEmpty() && org.identifier.compare(key, Qt::CaseInsensitive) == 0) ||
                org.name.compare(key, Qt::CaseInsensitive) == 0)
                return org;
        }
        return Error{Tr::tr("%1 has no school \"%2\". The schools in it:%3\n%4")
                         .arg(fileName, key, listOf(schools), howToChoose())};
    }
    if (schools.size() == 1)
        return *schools.front();
    if (schools.empty() && orgs.size() == 1)
        return orgs.front();
    if (schools.empty())
        return Error{
            Tr::tr("%1 lists no school (no row has type \"school\"). Export the roster of your school "
                   "again from the student system.")
                .arg(fileName)};
    return Error{Tr::tr("%1 lists %2 schools; TutorDesk imports one at a time. The schools:%3\n%4")
                     .arg(fileName)
                     .arg(schools.size())
                     .arg(listOf(schools), howToChoose())};
}

} // namespace tutordesk
