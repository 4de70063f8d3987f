// RosterValues for the coded fields: English-learner status, gender and guardian relationship.
#include "roster/RosterValueTables.h"
#include "roster/RosterValues.h"

#include <QCoreApplication>
#include <QHash>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::RosterValues)
};

} // namespace

Result<std::optional<QString>> RosterValues::elStatus(const QString& text)
{
    static const QHash<QString, QString> codes = rostervalues::spellings({
        {"EO", "EO"},
        {"E", "EO"},
        {"English Only", "EO"},
        {"IFEP", "IFEP"},
        {"I", "IFEP"},
        {"Initially Fluent", "IFEP"},
        {"Initially Fluent English Proficient", "IFEP"},
        {"Initial Fluent English Proficient", "IFEP"},
        {"EL", "EL"},
        {"L", "EL"},
        {"ELL", "EL"},
        {"LEP", "EL"},
        {"ADEL", "EL"},
        {"LTEL", "EL"},
        {"English Learner", "EL"},
        {"English Language Learner", "EL"},
        {"Limited English Proficient", "EL"},
        {"Long-Term English Learner", "EL"},
        {"RFEP", "RFEP"},
        {"R", "RFEP"},
        {"R-FEP", "RFEP"},
        {"Reclassified", "RFEP"},
        {"Redesignated", "RFEP"},
        {"Reclassified Fluent English Proficient", "RFEP"},
        {"TBD", "TBD"},
        {"T", "TBD"},
        {"To Be Determined", "TBD"},
    });
    const QString key = squash(text);
    if (key.isEmpty())
        return std::optional<QString>();
    if (const auto it = codes.constFind(key); it != codes.constEnd())
        return std::optional<QString>(*it);
    if (const auto yes = rostervalues::yesNoWord(key))
        return std::optional<QString>(*yes ? QStringLiteral("EL") : QString());
    // An ELD or ELPAC level is only given to English learners.
    const QString level =
        rostervalues::withoutAffix(key, {"eldlevel", "elpaclevel", "level", "eld", "elpac"}, {});
    if (rostervalues::isDigits(level) && level.size() == 1 && level.toInt() >= 1 && level.toInt() <= 5)
        return std::optional<QString>(QStringLiteral("EL"));
    return Error{
        Tr::tr("\"%1\" is not an English-learner status TutorDesk knows. Use EO, IFEP, EL, RFEP or TBD "
               "(\"English Only\", \"Reclassified\", an ELD level 1 to 5, or Y/N are read too).")
            .arg(text.trimmed())};
}

Result<std::optional<QString>> RosterValues::gender(const QString& text)
{
    static const QHash<QString, QString> codes = rostervalues::spellings({{"F", "F"},
                                                                          {"Female", "F"},
                                                                          {"Girl", "F"},
                                                                          {"Femenino", "F"},
                                                                          {"M", "M"},
                                                                          {"Male", "M"},
                                                                          {"Boy", "M"},
                                                                          {"Masculino", "M"},
                                                                          {"X", "X"},
                                                                          {"Non-binary", "X"},
                                                                          {"Nonbinary", "X"},
                                                                          {"NB", "X"},
                                                                          {"U", ""},
                                                                          {"Unknown", ""},
                                                                          {"Not Specified", ""},
                                                                          {"Declined", ""},
                                                                          {"Declined to State", ""}});
    const QString key = squash(text);
    if (key.isEmpty())
        return std::optional<QString>();
    if (const auto it = codes.constFind(key); it != codes.constEnd())
        return it->isEmpty() ? std::optional<QString>() : std::optional<QString>(*it);
    return Error{
        Tr::tr("\"%1\" is not a gender TutorDesk knows. Use F, M or X (Female, Male and Non-binary are "
               "read too), or leave the cell blank.")
            .arg(text.trimmed())};
}

QString RosterValues::relationship(const QString& text)
{
    static const QHash<QString, QString> codes = rostervalues::spellings({
        {"Mother", "mother"},
        {"Mom", "mother"},
        {"Madre", "mother"},
        {"Mamá", "mother"},
        {"Father", "father"},
        {"Dad", "father"},
        {"Padre", "father"},
        {"Papá", "father"},
        {"Grandmother", "grandparent"},
        {"Grandfather", "grandparent"},
        {"Grandparent", "grandparent"},
        {"Abuela", "grandparent"},
        {"Abuelo", "grandparent"},
        {"Aunt", "aunt_uncle"},
        {"Uncle", "aunt_uncle"},
        {"Aunt/Uncle", "aunt_uncle"},
        {"Tía", "aunt_uncle"},
        {"Tío", "aunt_uncle"},
        {"Sibling", "sibling"},
        {"Brother", "sibling"},
        {"Sister", "sibling"},
        {"Hermano", "sibling"},
        {"Hermana", "sibling"},
        {"Foster Parent", "foster_parent"},
        {"Foster Mother", "foster_parent"},
        {"Foster Father", "foster_parent"},
        {"Foster", "foster_parent"},
        {"Guardian", "guardian"},
        {"Legal Guardian", "guardian"},
        {"Parent", "guardian"},
        {"Parent/Guardian", "guardian"},
        {"Tutor", "guardian"},
    });
    const QString key = squash(text);
    if (key.isEmpty())
        return {};
    return codes.value(key, QStringLiteral("other"));
}

} // namespace tutordesk
