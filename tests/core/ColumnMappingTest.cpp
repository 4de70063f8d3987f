// Column mappings proposed from the headers real SIS exports carry, and their JSON form.
#include "roster/ColumnMapping.h"

#include "roster/GenericRosterReader.h"
#include "roster/RosterFields.h"

#include <QSet>

#include <gtest/gtest.h>

#include <map>
#include <string>

namespace tutordesk {
namespace {

using Expected = std::map<std::string, std::string>; // field key → header name

QStringList header(std::initializer_list<const char*> names)
{
    QStringList list;
    for (const char* name : names)
        list << QString::fromUtf8(name);
    return list;
}

// Every expected field lands on its column, nothing else is mapped, and no column is used twice.
void expectProposal(const QStringList& columns, const Expected& expected)
{
    const ColumnMapping mapping = ColumnMapping::propose(QLatin1String(GenericRosterReader::mappingKind),
                                                         GenericRosterReader::fields(), columns);
    EXPECT_EQ(mapping.kind(), QStringLiteral("roster"));
    QSet<QString> used;
    for (auto it = mapping.columns().constBegin(); it != mapping.columns().constEnd(); ++it) {
        const auto wanted = expected.find(it.key().toStdString());
        EXPECT_NE(wanted, expected.end())
            << it.key().toStdString() << " was mapped to \"" << it.value().toStdString() << "\"";
        EXPECT_FALSE(used.contains(it.value())) << it.value().toStdString() << " is mapped twice";
        used.insert(it.value());
    }
    for (const auto& [field, column] : expected)
        EXPECT_EQ(
            mapping.headerFor(QString::fromStdString(field)).value_or(QStringLiteral("(none)")).toStdString(),
            column)
            << field;
    EXPECT_TRUE(mapping.missingRequired(GenericRosterReader::fields(), columns).empty());
}

TEST(ColumnMapping, ProposesForAnAeriesExport)
{
    // Aeries has both a school "Student ID" and the district's "Perm ID": the Perm ID is the one.
    expectProposal(
        header({"Perm ID", "Student ID", "Last Name", "First Name", "Grade", "Birthdate", "Sex", "Ethnicity",
                "Race1", "Lang Fluency", "Home Language", "Parent/Guardian", "Telephone", "Parent Email",
                "Correspondence Lang", "SED", "Attendance %", "Teacher"}),
        {{"districtId", "Perm ID"},
         {"lastName", "Last Name"},
         {"firstName", "First Name"},
         {"grade", "Grade"},
         {"birthDate", "Birthdate"},
         {"gender", "Sex"},
         {"hispanicLatino", "Ethnicity"},
         {"race", "Race1"},
         {"elStatus", "Lang Fluency"},
         {"homeLanguage", "Home Language"},
         {"guardianName", "Parent/Guardian"},
         {"guardianPhone", "Telephone"},
         {"guardianEmail", "Parent Email"},
         {"guardianLanguage", "Correspondence Lang"},
         {"disadvantaged", "SED"},
         {"attendanceRate", "Attendance %"}});
}

TEST(ColumnMapping, ProposesForAPowerSchoolExport)
{
    expectProposal(header({"Student_Number",
                           "State_StudentNumber",
                           "Last_Name",
                           "First_Name",
                           "Grade_Level",
                           "DOB",
                           "Gender",
                           "FedEthnicity",
                           "Race",
                           "ELAS",
                           "Home_Language",
                           "IEP",
                           "504",
                           "Foster",
                           "Homeless",
                           "Free/Reduced Lunch",
                           "Attendance Rate",
                           "Guardian First Name",
                           "Guardian Last Name",
                           "Relationship",
                           "Home_Phone",
                           "Guardian Email",
                           "Parent Language"}),
                   {{"districtId", "Student_Number"},
                    {"stateId", "State_StudentNumber"},
                    {"lastName", "Last_Name"},
                    {"firstName", "First_Name"},
                    {"grade", "Grade_Level"},
                    {"birthDate", "DOB"},
                    {"gender", "Gender"},
                    {"hispanicLatino", "FedEthnicity"},
                    {"race", "Race"},
                    {"elStatus", "ELAS"},
                    {"homeLanguage", "Home_Language"},
                    {"iep", "IEP"},
                    {"section504", "504"},
                    {"foster", "Foster"},
                    {"homeless", "Homeless"},
                    {"disadvantaged", "Free/Reduced Lunch"},
                    {"attendanceRate", "Attendance Rate"},
                    {"guardianFirstName", "Guardian First Name"},
                    {"guardianLastName", "Guardian Last Name"},
                    {"guardianRelationship", "Relationship"},
                    {"guardianPhone", "Home_Phone"},
                    {"guardianEmail", "Guardian Email"},
                    {"guardianLanguage", "Parent Language"}});
}

TEST(ColumnMapping, ProposesForAnInfiniteCampusReport)
{
    expectProposal(header({"studentNumber",     "stateID",           "lastName",       "firstName",
                           "nickname",          "gradeLevel",        "birthdate",      "gender",
                           "hispanicEthnicity", "raceEthnicityFed",  "eldLevel",       "homePrimaryLanguage",
                           "specialEdStatus",   "section504",        "fosterCare",     "mckinneyVento",
                           "lowIncome",         "attendancePercent", "contactName",    "contactRelationship",
                           "contactPhone",      "contactEmail",      "contactLanguage"}),
                   {{"districtId", "studentNumber"},
                    {"stateId", "stateID"},
                    {"lastName", "lastName"},
                    {"firstName", "firstName"},
                    {"preferredName", "nickname"},
                    {"grade", "gradeLevel"},
                    {"birthDate", "birthdate"},
                    {"gender", "gender"},
                    {"hispanicLatino", "hispanicEthnicity"},
                    {"race", "raceEthnicityFed"},
                    {"elStatus", "eldLevel"},
                    {"homeLanguage", "homePrimaryLanguage"},
                    {"iep", "specialEdStatus"},
                    {"section504", "section504"},
                    {"foster", "fosterCare"},
                    {"homeless", "mckinneyVento"},
                    {"disadvantaged", "lowIncome"},
                    {"attendanceRate", "attendancePercent"},
                    {"guardianName", "contactName"},
                    {"guardianRelationship", "contactRelationship"},
                    {"guardianPhone", "contactPhone"},
                    {"guardianEmail", "contactEmail"},
                    {"guardianLanguage", "contactLanguage"}});
}

TEST(ColumnMapping, ProposesForSynergyAndSkywardExports)
{
    expectProposal(header({"Perm ID",
                           "State Student ID",
                           "Student Last Name",
                           "Student First Name",
                           "Grade",
                           "Birth Date",
                           "Gender",
                           "Race Code",
                           "English Proficiency",
                           "Home Language Code",
                           "Special Ed",
                           "Section 504",
                           "Foster Youth",
                           "Homeless Status",
                           "Economically Disadvantaged",
                           "ADA %",
                           "Parent First Name",
                           "Parent Last Name",
                           "Relationship To Student",
                           "Primary Phone",
                           "Parent E-mail",
                           "Language of Correspondence"}),
                   {{"districtId", "Perm ID"},
                    {"stateId", "State Student ID"},
                    {"lastName", "Student Last Name"},
                    {"firstName", "Student First Name"},
                    {"grade", "Grade"},
                    {"birthDate", "Birth Date"},
                    {"gender", "Gender"},
                    {"race", "Race Code"},
                    {"elStatus", "English Proficiency"},
                    {"homeLanguage", "Home Language Code"},
                    {"iep", "Special Ed"},
                    {"section504", "Section 504"},
                    {"foster", "Foster Youth"},
                    {"homeless", "Homeless Status"},
                    {"disadvantaged", "Economically Disadvantaged"},
                    {"attendanceRate", "ADA %"},
                    {"guardianFirstName", "Parent First Name"},
                    {"guardianLastName", "Parent Last Name"},
                    {"guardianRelationship", "Relationship To Student"},
                    {"guardianPhone", "Primary Phone"},
                    {"guardianEmail", "Parent E-mail"},
                    {"guardianLanguage", "Language of Correspondence"}});
    expectProposal(header({"Student Number",
                           "State ID",
                           "Last",
                           "First",
                           "Nickname",
                           "Gr",
                           "DOB",
                           "Gender",
                           "Hispanic/Latino",
                           "Races",
                           "LEP",
                           "Primary Language",
                           "SpEd",
                           "504 Plan",
                           "Foster",
                           "McKinney-Vento",
                           "Free/Reduced Lunch",
                           "Attendance Rate",
                           "Guardian Name",
                           "Guardian Phone",
                           "Guardian Email",
                           "Guardian Language"}),
                   {{"districtId", "Student Number"},
                    {"stateId", "State ID"},
                    {"lastName", "Last"},
                    {"firstName", "First"},
                    {"preferredName", "Nickname"},
                    {"grade", "Gr"},
                    {"birthDate", "DOB"},
                    {"gender", "Gender"},
                    {"hispanicLatino", "Hispanic/Latino"},
                    {"race", "Races"},
                    {"elStatus", "LEP"},
                    {"homeLanguage", "Primary Language"},
                    {"iep", "SpEd"},
                    {"section504", "504 Plan"},
                    {"foster", "Foster"},
                    {"homeless", "McKinney-Vento"},
                    {"disadvantaged", "Free/Reduced Lunch"},
                    {"attendanceRate", "Attendance Rate"},
                    {"guardianName", "Guardian Name"},
                    {"guardianPhone", "Guardian Phone"},
                    {"guardianEmail", "Guardian Email"},
                    {"guardianLanguage", "Guardian Language"}});
}

TEST(ColumnMapping, CatalogueIsWellFormed)
{
    const auto& fields = GenericRosterReader::fields();
    QSet<QString> keys;
    QSet<QString> synonyms;
    for (const FieldSpec& field : fields) {
        EXPECT_FALSE(keys.contains(field.key)) << field.key.toStdString();
        keys.insert(field.key);
        EXPECT_FALSE(field.label.isEmpty());
        for (const QString& synonym : field.synonyms) {
            const QString normalized = ColumnMapping::normalizeHeader(synonym);
            EXPECT_FALSE(synonyms.contains(normalized))
                << synonym.toStdString() << " is a synonym of two fields (or twice of one)";
            synonyms.insert(normalized);
        }
    }
    QStringList required;
    for (const FieldSpec& field : fields) {
        if (field.required)
            required << field.key;
    }
    EXPECT_EQ(required,
              QStringList({QLatin1String(rosterfield::districtId), QLatin1String(rosterfield::lastName),
                           QLatin1String(rosterfield::firstName), QLatin1String(rosterfield::grade)}));
}

// The import report says "Rename that column to "<label>"" in the coordinator's language; a column
// renamed so is found, whatever language the label is in.
TEST(ColumnMapping, AColumnNamedLikeTheTranslatedLabelIsFound)
{
    const std::vector<FieldSpec> fields = {
        {QStringLiteral("studentId"),
         QStringLiteral("Número de estudiante"),
         true,
         {QStringLiteral("Student ID")}},
        {QStringLiteral("score"), QStringLiteral("Puntuación"), true, {QStringLiteral("Scale Score")}},
    };
    const ColumnMapping mapping =
        ColumnMapping::propose(QStringLiteral("scores"), fields,
                               {QStringLiteral("número de estudiante"), QStringLiteral("Scale Score")});
    EXPECT_EQ(mapping.columnOf(QStringLiteral("studentId"), {QStringLiteral("número de estudiante")}), 0);
    EXPECT_TRUE(
        mapping
            .missingRequired(fields, {QStringLiteral("número de estudiante"), QStringLiteral("Scale Score")})
            .empty());
}

TEST(ColumnMapping, JsonRoundTrip)
{
    ColumnMapping mapping(QStringLiteral("roster"));
    mapping.set(QStringLiteral("districtId"), QStringLiteral("Perm ID"));
    mapping.set(QStringLiteral("lastName"), QStringLiteral("Apellido / Last Name"));
    const auto back = ColumnMapping::fromJson(mapping.toJson(), QStringLiteral("mapping.json"));
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back.value(), mapping);
    const auto broken = ColumnMapping::fromJson("{\"version\": 2}", QStringLiteral("m.json"));
    ASSERT_FALSE(broken.ok());
    EXPECT_TRUE(broken.error().message.contains(QStringLiteral("m.json")));
}

} // namespace
} // namespace tutordesk
