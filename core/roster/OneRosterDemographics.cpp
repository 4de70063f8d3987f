// OneRosterStudents::addDemographics: demographics.csv, joined to users on sourcedId.
#include "roster/OneRosterFlags.h"
#include "roster/OneRosterManifest.h"
#include "roster/OneRosterSource.h"
#include "roster/OneRosterStudents.h"
#include "roster/OneRosterTable.h"
#include "roster/RosterValues.h"

#include <QCoreApplication>

#include <array>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::OneRoster)
};

// OneRoster writes male, female, other and unspecified; older exports M and F.
Result<std::optional<QString>> sexOf(const QString& text)
{
    const QString value = text.toLower();
    if (value == QLatin1String("male"))
        return std::optional<QString>(QStringLiteral("M"));
    if (value == QLatin1String("female"))
        return std::optional<QString>(QStringLiteral("F"));
    if (value == QLatin1String("other"))
        return std::optional<QString>(QStringLiteral("X"));
    if (value.isEmpty() || value == QLatin1String("unspecified"))
        return std::optional<QString>();
    return RosterValues::gender(text);
}

// A race or ethnicity cell: true or false; blank is unknown, which leaves what is on file.
Result<std::optional<bool>> flagOf(const QString& text)
{
    if (text.isEmpty())
        return std::optional<bool>();
    const auto value = RosterValues::yesNo(text);
    if (!value)
        return value.error();
    return std::optional<bool>(value.value());
}

} // namespace

Result<void> OneRosterStudents::addDemographics(OneRosterSource& source, const OneRosterManifest& manifest,
                                                OneRosterUsers& users, ImportReport& report)
{
    if (!manifest.includes(source, QStringLiteral("demographics.csv"))) {
        report.notes.push_back(
            Tr::tr("The export has no demographics.csv: birth dates, sex, race and ethnicity are "
                   "left as they are."));
        return {};
    }
    auto table = OneRosterTable::read(source, QStringLiteral("demographics.csv"), report.problems);
    if (!table)
        return table.error();
    const OneRosterTable& demographics = table.value();
    const auto idColumn = demographics.column(QStringLiteral("sourcedId"));
    if (!idColumn)
        return Error{
            Tr::tr("%1 has no sourcedId column, so it is not a OneRoster file TutorDesk can read. Export "
                   "the roster again as OneRoster CSV.")
                .arg(demographics.name())};
    const auto birthColumn = demographics.column(QStringLiteral("birthDate"));
    const auto sexColumn = demographics.column(QStringLiteral("sex"));
    using Flag = std::optional<bool> RosterStudent::*;
    const std::array<std::pair<const char*, Flag>, 6> flags = {{
        {"americanIndianOrAlaskaNative", &RosterStudent::raceAmericanIndian},
        {"asian", &RosterStudent::raceAsian},
        {"blackOrAfricanAmerican", &RosterStudent::raceBlack},
        {"nativeHawaiianOrOtherPacificIslander", &RosterStudent::racePacificIslander},
        {"white", &RosterStudent::raceWhite},
        {"hispanicOrLatinoEthnicity", &RosterStudent::hispanicLatino},
    }};
    const ColumnMapping metadata = OneRosterFlags::mapMetadata(demographics.header());
    const QDate today = QDate::currentDate();

    for (const CsvRecord& record : demographics.records()) {
        const auto it = users.bySourcedId.constFind(demographics.value(record, idColumn));
        if (demographics.isDeleted(record) || it == users.bySourcedId.constEnd())
            continue; // a teacher, or a student of another school
        RosterStudent& student = users.students[static_cast<std::size_t>(*it)];
        const auto problem = [&](std::optional<int> column, const Error& error) {
            report.problems.push_back(demographics.problem(record, column, error.message));
        };
        if (const auto birth = RosterValues::date(demographics.value(record, birthColumn), today); !birth)
            problem(birthColumn, birth.error());
        else if (birth.value())
            student.birthDate = birth.value();
        if (const auto sex = sexOf(demographics.value(record, sexColumn)); !sex)
            problem(sexColumn, sex.error());
        else if (sex.value())
            student.gender = sex.value();
        for (const auto& [name, member] : flags) {
            const auto column = demographics.column(QLatin1String(name));
            if (const auto value = flagOf(demographics.value(record, column)); !value)
                problem(column, value.error());
            else if (value.value())
                student.*member = value.value();
        }
        OneRosterFlags::apply(metadata, demographics.header(), record, demographics.name(), student,
                              report.problems);
    }
    return {};
}

} // namespace tutordesk
