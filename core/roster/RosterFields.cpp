#include "roster/RosterFields.h"

#include <QCoreApplication>

#include <initializer_list>

namespace tutordesk {

namespace {

struct FieldRecipe {
    const char* key;
    const char* label; // translated in the "tutordesk::RosterFields" context
    bool required;
    std::initializer_list<const char*> synonyms;
};

// Header names are compared after ColumnMapping::normalizeHeader, so "Grade_Level", "Grade Level"
// and "GRADE-LEVEL" are one entry. Within a field the strongest name comes first; across fields
// the order decides who gets an ambiguous column (home language before the guardian's language).
const FieldRecipe recipes[] = {
    {rosterfield::districtId,
     QT_TRANSLATE_NOOP("tutordesk::RosterFields", "District student ID"),
     true,
     {"District Student ID", "District ID", "Perm ID", "Permanent ID", "Perm #", "Local ID",
      "Local Student ID", "Student Number", "Student No", "Student #", "SIS ID", "SIS Student ID",
      "Student ID", "Stu ID", "sourcedId", "ID"}},
    {rosterfield::stateId,
     QT_TRANSLATE_NOOP("tutordesk::RosterFields", "State student ID"),
     false,
     {"SSID", "State Student ID", "State_StudentNumber", "Statewide Student ID", "State ID", "CALPADS SSID",
      "SASID", "State Student Identifier"}},
    {rosterfield::lastName,
     QT_TRANSLATE_NOOP("tutordesk::RosterFields", "Last name"),
     true,
     {"Last Name", "Student Last Name", "Surname", "Family Name", "Last"}},
    {rosterfield::firstName,
     QT_TRANSLATE_NOOP("tutordesk::RosterFields", "First name"),
     true,
     {"First Name", "Student First Name", "Given Name", "First"}},
    {rosterfield::preferredName,
     QT_TRANSLATE_NOOP("tutordesk::RosterFields", "Preferred name"),
     false,
     {"Preferred Name", "Preferred First Name", "Nickname", "Goes By", "Alias"}},
    {rosterfield::grade,
     QT_TRANSLATE_NOOP("tutordesk::RosterFields", "Grade"),
     true,
     {"Grade", "Grade Level", "Gr", "Grd", "Current Grade", "Student Grade", "Enrolled Grade", "grades",
      "Gr Level"}},
    {rosterfield::birthDate,
     QT_TRANSLATE_NOOP("tutordesk::RosterFields", "Birth date"),
     false,
     {"Birth Date", "Date of Birth", "DOB", "Birthday", "Birth Dt"}},
    {rosterfield::gender,
     QT_TRANSLATE_NOOP("tutordesk::RosterFields", "Gender"),
     false,
     {"Gender", "Sex", "Gender Code", "Student Gender", "Sex Code"}},
    {rosterfield::hispanicLatino,
     QT_TRANSLATE_NOOP("tutordesk::RosterFields", "Hispanic or Latino"),
     false,
     {"Hispanic/Latino", "Hispanic or Latino", "Hispanic", "Hispanic Ethnicity", "hispanicOrLatinoEthnicity",
      "FedEthnicity", "Ethnicity", "Ethnicity Code"}},
    {rosterfield::race,
     QT_TRANSLATE_NOOP("tutordesk::RosterFields", "Race (codes or names)"),
     false,
     {"Race", "Race Code", "Races", "Race Codes", "Race/Ethnicity", "Ethnicity/Race", "raceEthnicityFed",
      "Fed Race Ethnicity", "Federal Race", "FedRace", "Race1"}},
    {rosterfield::raceAmericanIndian,
     QT_TRANSLATE_NOOP("tutordesk::RosterFields", "American Indian or Alaska Native"),
     false,
     {"americanIndianOrAlaskaNative", "American Indian", "Race - American Indian"}},
    {rosterfield::raceAsian,
     QT_TRANSLATE_NOOP("tutordesk::RosterFields", "Asian"),
     false,
     {"Asian", "Race - Asian"}},
    {rosterfield::raceBlack,
     QT_TRANSLATE_NOOP("tutordesk::RosterFields", "Black or African American"),
     false,
     {"blackOrAfricanAmerican", "Black", "Race - Black"}},
    {rosterfield::racePacificIslander,
     QT_TRANSLATE_NOOP("tutordesk::RosterFields", "Native Hawaiian or Other Pacific Islander"),
     false,
     {"nativeHawaiianOrOtherPacificIslander", "Pacific Islander", "Race - Pacific Islander"}},
    {rosterfield::raceWhite,
     QT_TRANSLATE_NOOP("tutordesk::RosterFields", "White"),
     false,
     {"White", "Race - White"}},
    {rosterfield::elStatus,
     QT_TRANSLATE_NOOP("tutordesk::RosterFields", "English learner status"),
     false,
     {"EL Status", "ELAS", "ELAS Code", "English Learner Status", "English Language Acquisition Status",
      "Language Fluency", "Lang Fluency", "LF", "ELL Status", "ELL", "LEP Status", "LEP", "English Learner",
      "EL", "ELD Level", "ELPAC Level", "English Proficiency"}},
    {rosterfield::homeLanguage,
     QT_TRANSLATE_NOOP("tutordesk::RosterFields", "Home language"),
     false,
     {"Home Language", "Home Lang", "HL", "Home Primary Language", "Primary Language", "Native Language",
      "Home Language Code", "Student Language", "Language"}},
    {rosterfield::iep,
     QT_TRANSLATE_NOOP("tutordesk::RosterFields", "IEP (special education)"),
     false,
     {"IEP", "IEP Status", "Has IEP", "Special Ed", "Special Education", "Special Ed Status", "SpEd", "SWD",
      "Students with Disabilities", "Disability"}},
    {rosterfield::section504,
     QT_TRANSLATE_NOOP("tutordesk::RosterFields", "Section 504 plan"),
     false,
     {"504", "504 Plan", "Section 504", "Sec 504", "Has 504", "504 Status"}},
    {rosterfield::foster,
     QT_TRANSLATE_NOOP("tutordesk::RosterFields", "Foster youth"),
     false,
     {"Foster", "Foster Youth", "Foster Care", "Foster Status"}},
    {rosterfield::homeless,
     QT_TRANSLATE_NOOP("tutordesk::RosterFields", "Homeless (McKinney-Vento)"),
     false,
     {"Homeless", "McKinney-Vento", "Homeless Status", "MV"}},
    {rosterfield::disadvantaged,
     QT_TRANSLATE_NOOP("tutordesk::RosterFields", "Socio-economically disadvantaged"),
     false,
     {"SED", "Socioeconomically Disadvantaged", "Economically Disadvantaged", "Econ Disadv", "Low Income",
      "FRL", "Free/Reduced Lunch", "FRPM", "Lunch Status", "Meal Status"}},
    {rosterfield::attendanceRate,
     QT_TRANSLATE_NOOP("tutordesk::RosterFields", "Attendance rate (%)"),
     false,
     {"Attendance %", "Attendance Rate", "ADA %", "Attendance Percent", "Attendance Percentage", "Att %",
      "Att Rate"}},
    {rosterfield::guardianName,
     QT_TRANSLATE_NOOP("tutordesk::RosterFields", "Parent or guardian name"),
     false,
     {"Parent Name", "Guardian Name", "Parent/Guardian", "Parent/Guardian Name", "Parent", "Guardian",
      "Contact Name"}},
    {rosterfield::guardianFirstName,
     QT_TRANSLATE_NOOP("tutordesk::RosterFields", "Parent or guardian first name"),
     false,
     {"Parent First Name", "Guardian First Name", "Contact First Name"}},
    {rosterfield::guardianLastName,
     QT_TRANSLATE_NOOP("tutordesk::RosterFields", "Parent or guardian last name"),
     false,
     {"Parent Last Name", "Guardian Last Name", "Contact Last Name"}},
    {rosterfield::guardianRelationship,
     QT_TRANSLATE_NOOP("tutordesk::RosterFields", "Relationship to the student"),
     false,
     {"Relationship", "Parent Relationship", "Guardian Relationship", "Relationship to Student", "Relation",
      "Contact Relationship"}},
    {rosterfield::guardianPhone,
     QT_TRANSLATE_NOOP("tutordesk::RosterFields", "Parent or guardian phone"),
     false,
     {"Parent Phone", "Guardian Phone", "Contact Phone", "Home Phone", "Primary Phone", "Phone", "Telephone",
      "Cell Phone", "Mobile Phone"}},
    {rosterfield::guardianEmail,
     QT_TRANSLATE_NOOP("tutordesk::RosterFields", "Parent or guardian email"),
     false,
     {"Parent Email", "Guardian Email", "Contact Email", "Email"}},
    {rosterfield::guardianLanguage,
     QT_TRANSLATE_NOOP("tutordesk::RosterFields", "Parent or guardian language"),
     false,
     {"Correspondence Language", "Correspondence Lang", "Corr Lang", "Language of Correspondence",
      "Parent Language", "Parent Lang", "Guardian Language", "Contact Language", "Parent Preferred Language",
      "Preferred Language", "Home-School Language"}},
};

std::vector<FieldSpec> buildFields()
{
    std::vector<FieldSpec> fields;
    for (const FieldRecipe& recipe : recipes) {
        FieldSpec field;
        field.key = QString::fromLatin1(recipe.key);
        field.label = QCoreApplication::translate("tutordesk::RosterFields", recipe.label);
        field.required = recipe.required;
        for (const char* synonym : recipe.synonyms)
            field.synonyms << QString::fromUtf8(synonym);
        fields.push_back(std::move(field));
    }
    return fields;
}

} // namespace

const std::vector<FieldSpec>& rosterFields()
{
    static const std::vector<FieldSpec> fields = buildFields();
    return fields;
}

} // namespace tutordesk
