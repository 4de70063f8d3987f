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

QString baseName(const QString& file)
{
    return file.endsWith(QLatin1String(".csv")) ? file.chopped(4) : file;
}

} // namespace

Result<OneRosterManifest> OneRosterManifest::read(OneRosterSource& source,
                                                  std::vector<ImportProblem>& problems)
{
    OneRosterManifest manifest;
    if (!source.has(QStringLiteral("manifest.csv")))
        return manifest;
    auto table = OneRosterTable::read(source, QStringLiteral("manifest.csv"), problems);
    if (!table)
        return table.error();
    manifest.present = true;
    const auto nameColumn = table->column(QStringLiteral("propertyName"));
    const auto valueColumn = table->column(QStringLiteral("value"));
    if (!nameColumn || !valueColumn)
        return Error{
            Tr::tr("%1 has no propertyName and value columns, so it is not a OneRoster manifest. Export "
                   "the roster again as OneRoster CSV.")
                .arg(table->name())};
    for (const CsvRecord& record : table->records()) {
        const QString name = table->value(record, nameColumn);
        const QString value = table->value(record, valueColumn).toLower();
        if (name.compare(QLatin1String("oneroster.version"), Qt::CaseInsensitive) == 0)
            manifest.version = value == QLatin1String("1.0") ? QStringLiteral("1.1") : value;
        else if (name.startsWith(QLatin1String("file."), Qt::CaseInsensitive))
            manifest.files.insert(name.mid(5).toLower(), value);
    }
    if (!manifest.version.isEmpty() && manifest.version != QLatin1String("1.1") &&
        manifest.version != QLatin1String("1.2"))
        return Error{Tr::tr("%1 says this is OneRoster %2. TutorDesk reads OneRoster 1.1 and 1.2: ask for an "
                            "export in one of those.")
                         .arg(table->name(), manifest.version)};
    for (const char* file : {"users", "orgs", "roles", "demographics"}) {
        if (manifest.files.value(QLatin1String(file)) == QLatin1String("delta"))
            return Error{
                Tr::tr("%1 says %2.csv holds only the changes since the last export (delta). A roster "
                       "import needs every student: ask for a bulk export.")
                    .arg(table->name(), QLatin1String(file))};
    }
    return manifest;
}

bool OneRosterManifest::includes(const OneRosterSource& source, const QString& file) const
{
    return source.has(file) && files.value(baseName(file).toLower()) != QLatin1String("absent");
}

} // namespace tutordesk
