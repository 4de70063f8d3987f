#pragma once

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace tutordesk {

// A parent or guardian as a roster names them.
struct RosterGuardian {
    QString firstName;
    QString lastName;
    QString relationship; // students_guardians.relationship values: mother, father, grandparent, …
    QString phone;
    QString email;
    QString preferredLanguage; // BCP 47: en, es, ko, zh-Hans, zh-Hant, hy, vi, tl, ru, fa, ar, …
};

// One student as every roster format (generic SIS CSV, OneRoster) is read into, already validated
// and normalized: codes are the schema's, languages BCP 47, dates real dates. A field the file
// did not carry is std::nullopt and is left as it is in the database on update.
struct RosterStudent {
    int line = 0;       // where it came from, for messages
    QString sourceFile; //
    QString districtId; // required
    std::optional<QString> stateId;
    QString firstName; // required
    QString lastName;  // required
    std::optional<QString> preferredName;
    QString grade; // required: TK, K, 1 … 12
    std::optional<QDate> birthDate;
    std::optional<QString> gender; // F, M, X
    std::optional<bool> hispanicLatino;
    std::optional<bool> raceAmericanIndian;
    std::optional<bool> raceAsian;
    std::optional<bool> raceBlack;
    std::optional<bool> racePacificIslander;
    std::optional<bool> raceWhite;
    std::optional<QString> elStatus; // EO, IFEP, EL, RFEP, TBD
    std::optional<QString> homeLanguage;
    std::optional<bool> iep;
    std::optional<bool> section504;
    std::optional<bool> foster;
    std::optional<bool> homeless;
    std::optional<bool> disadvantaged;
    std::optional<double> attendanceRate; // percent, 0–100
    std::vector<RosterGuardian> guardians;
};

} // namespace tutordesk
