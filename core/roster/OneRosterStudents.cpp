#include "roster/OneRosterStudents.h"

#include "roster/OneRosterFlags.h"
#include "roster/OneRosterManifest.h"
#include "roster/OneRosterOrgs.h"
#include "roster/OneRosterSource.h"
#include "roster/OneRosterTable.h"
#include "roster/RosterValues.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::OneRoster)
};

Error missingColumn(const OneRosterTable& table, const char* column)
{
    return Error{
        Tr::tr("%1 has no %2 column, so it is not a OneRoster file TutorDesk can read. Export the roster "
               "again as OneRoster CSV.")
            .arg(table.name(), QLatin1String(column))};
}

bool isStudentRole(const QString& role)
{
    return role.compare(QLatin1String("student"), Qt::CaseInsensitive) == 0;
}

// orgSourcedIds lists every org of a user, separated by commas.
bool listsOrg(const QString& orgSourcedIds, const QString& org)
{
    for (const QString& id : orgSourcedIds.split(QLatin1Char(','))) {
        if (id.trimmed() == org)
            return true;
    }
    return false;
}

// userIds is "{type:id},{type:id}"; the state's id goes by several type names.
std::optional<QString> stateIdOf(const QString& userIds)
{
    static const QRegularExpression pair(QStringLiteral("\\{\\s*([^:}]+?)\\s*:\\s*([^}]*?)\\s*\\}"));
    static const QStringList stateTypes = {QStringLiteral("state"),          QStringLiteral("stateid"),
                                           QStringLiteral("ssid"),           QStringLiteral("sasid"),
                                           QStringLiteral("statestudentid"), QStringLiteral("calpads")};
    for (auto it = pair.globalMatch(userIds); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (stateTypes.contains(RosterValues::squash(m.captured(1))) && !m.captured(2).isEmpty())
            return m.captured(2);
    }
    return std::nullopt;
}

// Students whose role at `org` is student, from roles.csv (OneRoster 1.2).
Result<QSet<QString>> studentsFromRoles(OneRosterSource& source, const OneRosterManifest& manifest,
                                        const OneRosterOrg& org, ImportReport& report, int& elsewhere)
{
    if (!manifest.includes(source, QStringLiteral("roles.csv")))
        return Error{Tr::tr("%1 is missing, and users.csv has no role column: TutorDesk cannot tell who is a "
                            "student. Export the roster again with roles.csv included (OneRoster 1.2).")
                         .arg(source.displayName(QStringLiteral("roles.csv")))};
    auto roles = OneRosterTable::read(source, QStringLiteral("roles.csv"), report.problems);
    if (!roles)
        return roles.error();
    const auto user = roles->column(QStringLiteral("userSourcedId"));
    const auto role = roles->column(QStringLiteral("role"));
    const auto orgColumn = roles->column(QStringLiteral("orgSourcedId"));
    if (!user || !role || !orgColumn)
        return missingColumn(roles.value(), !user ? "userSourcedId" : !role ? "role" : "orgSourcedId");
    QSet<QString> here;
    QSet<QString> other;
    for (const CsvRecord& record : roles->records()) {
        if (roles->isDeleted(record) || !isStudentRole(roles->value(record, role)))
            continue;
        (roles->value(record, orgColumn) == org.sourcedId ? here : other).insert(roles->value(record, user));
    }
    elsewhere = static_cast<int>((other - here).size());
    return here;
}

} // namespace

Result<OneRosterUsers> OneRosterStudents::read(OneRosterSource& source, const OneRosterManifest& manifest,
                                               const OneRosterOrg& org, ImportReport& report)
{
    if (!manifest.includes(source, QStringLiteral("users.csv")))
        return Error{
            Tr::tr("%1 is missing: a OneRoster export lists its students there. Export the roster again "
                   "with users.csv included.")
                .arg(source.displayName(QStringLiteral("users.csv")))};
    auto table = OneRosterTable::read(source, QStringLiteral("users.csv"), report.problems);
    if (!table)
        return table.error();
    const OneRosterTable& users = table.value();
    const auto roleColumn = users.column(QStringLiteral("role"));
    const auto orgsColumn = users.column(QStringLiteral("orgSourcedIds"));
    int elsewhere = 0;
    std::optional<QSet<QString>> fromRoles;
    if (manifest.isVersion12() || !roleColumn) {
        auto roles = studentsFromRoles(source, manifest, org, report, elsewhere);
        if (!roles)
            return roles.error();
        fromRoles = std::move(roles.value());
    } else if (!orgsColumn) {
        return missingColumn(users, "orgSourcedIds");
    }
    for (const char* required : {"sourcedId", "givenName", "familyName", "grades"}) {
        if (!users.column(QLatin1String(required)))
            return missingColumn(users, required);
    }
    const auto idColumn = users.column(QStringLiteral("sourcedId"));
    const auto identifierColumn = users.column(QStringLiteral("identifier"));
    const auto givenColumn = users.column(QStringLiteral("givenName"));
    const auto familyColumn = users.column(QStringLiteral("familyName"));
    const auto preferredColumn = users.column(QStringLiteral("preferredGivenName"));
    const auto gradesColumn = users.column(QStringLiteral("grades"));
    const auto userIdsColumn = users.column(QStringLiteral("userIds"));
    QStringList unusedMetadata;
    const ColumnMapping metadata = OneRosterFlags::mapMetadata(users.header(), &unusedMetadata);

    OneRosterUsers result;
    QHash<QString, int> lineOfDistrictId;
    int preK = 0;
    int withoutIdentifier = 0;
    for (const CsvRecord& record : users.records()) {
        if (users.isDeleted(record))
            continue;
        const QString sourcedId = users.value(record, idColumn);
        if (fromRoles) {
            if (!fromRoles->contains(sourcedId))
                continue;
        } else if (!isStudentRole(users.value(record, roleColumn))) {
            continue;
        } else if (!listsOrg(users.value(record, orgsColumn), org.sourcedId)) {
            ++elsewhere;
            continue;
        }
        ++report.read;
        const std::size_t problemsBefore = report.problems.size();
        const auto problem = [&](std::optional<int> column, const QString& message) {
            report.problems.push_back(users.problem(record, column, message));
        };

        const QString gradeText = users.value(record, gradesColumn).section(QLatin1Char(','), 0, 0).trimmed();
        if (QStringList{QStringLiteral("PK"), QStringLiteral("PR"), QStringLiteral("IT"),
                        QStringLiteral("PS")}
                .contains(gradeText.toUpper())) {
            ++preK;
            continue;
        }
        RosterStudent student;
        student.line = record.line;
        student.sourceFile = users.name();
        if (gradeText.isEmpty()) {
            problem(gradesColumn,
                    Tr::tr("The grade is empty. Fill in the student's grade in the student system "
                           "and export again."));
        } else if (const auto grade = RosterValues::grade(gradeText); grade) {
            student.grade = grade.value();
        } else {
            problem(gradesColumn, grade.error().message);
        }

        const QString identifier = users.value(record, identifierColumn);
        if (sourcedId.isEmpty()) {
            problem(idColumn,
                    Tr::tr("The sourcedId is empty. Every OneRoster user needs one: export again."));
        } else if (identifier.isEmpty()) {
            student.districtId = sourcedId;
            ++withoutIdentifier;
        } else if (const auto id = RosterValues::districtId(identifier); id) {
            student.districtId = id.value();
        } else {
            problem(identifierColumn, id.error().message);
        }
        student.firstName = RosterValues::cleanText(users.value(record, givenColumn));
        student.lastName = RosterValues::cleanText(users.value(record, familyColumn));
        if (student.firstName.isEmpty())
            problem(givenColumn,
                    Tr::tr("The first name (givenName) is empty. Fill it in the student system."));
        if (student.lastName.isEmpty())
            problem(familyColumn,
                    Tr::tr("The last name (familyName) is empty. Fill it in the student system."));
        if (const QString preferred = RosterValues::cleanText(users.value(record, preferredColumn));
            !preferred.isEmpty())
            student.preferredName = preferred;
        student.stateId = stateIdOf(users.value(record, userIdsColumn));
        OneRosterFlags::apply(metadata, users.header(), record, users.name(), student, report.problems);

        if (report.problems.size() != problemsBefore)
            continue;
        if (const auto previous = lineOfDistrictId.constFind(student.districtId);
            previous != lineOfDistrictId.constEnd()) {
            problem(
                identifierColumn ? identifierColumn : idColumn,
                Tr::tr(
                    "Line %1 has the same student ID \"%2\". Each student must be listed once: correct the "
                    "ID in the student system.")
                    .arg(*previous)
                    .arg(student.districtId));
            continue;
        }
        lineOfDistrictId.insert(student.districtId, record.line);
        const int position = static_cast<int>(result.students.size());
        result.bySourcedId.insert(sourcedId, position);
        result.byAnyId.insert(sourcedId, position);
        result.byAnyId.insert(student.districtId, position);
        result.students.push_back(std::move(student));
    }

    if (!unusedMetadata.isEmpty())
        report.notes.push_back(
            Tr::tr("Columns TutorDesk does not use: %1.").arg(unusedMetadata.join(QStringLiteral(", "))));
    if (withoutIdentifier > 0)
        report.notes.push_back(
            Tr::tr("Students with no identifier in users.csv, whose OneRoster sourcedId is used "
                   "as the district student ID: %1.")
                .arg(withoutIdentifier));
    if (preK > 0)
        report.notes.push_back(
            Tr::tr("Pre-kindergarten students left out (TutorDesk serves TK to grade 12): %1.").arg(preK));
    if (elsewhere > 0)
        report.notes.push_back(
            Tr::tr("Students of other schools in this export, left out: %1.").arg(elsewhere));
    return result;
}

} // namespace tutordesk
