#pragma once

#include "roster/ColumnMapping.h"

#include <vector>

namespace tutordesk {

// The keys of a roster's fields, as they appear in mapping files ({"columns": {"grade": "Gr"}}).
namespace rosterfield {
inline constexpr char districtId[] = "districtId";
inline constexpr char stateId[] = "stateId";
inline constexpr char lastName[] = "lastName";
inline constexpr char firstName[] = "firstName";
inline constexpr char preferredName[] = "preferredName";
inline constexpr char grade[] = "grade";
inline constexpr char birthDate[] = "birthDate";
inline constexpr char gender[] = "gender";
inline constexpr char hispanicLatino[] = "hispanicLatino";
inline constexpr char race[] = "race";
inline constexpr char raceAmericanIndian[] = "raceAmericanIndian";
inline constexpr char raceAsian[] = "raceAsian";
inline constexpr char raceBlack[] = "raceBlack";
inline constexpr char racePacificIslander[] = "racePacificIslander";
inline constexpr char raceWhite[] = "raceWhite";
inline constexpr char elStatus[] = "elStatus";
inline constexpr char homeLanguage[] = "homeLanguage";
inline constexpr char iep[] = "iep";
inline constexpr char section504[] = "section504";
inline constexpr char foster[] = "foster";
inline constexpr char homeless[] = "homeless";
inline constexpr char disadvantaged[] = "disadvantaged";
inline constexpr char attendanceRate[] = "attendanceRate";
inline constexpr char guardianName[] = "guardianName";
inline constexpr char guardianFirstName[] = "guardianFirstName";
inline constexpr char guardianLastName[] = "guardianLastName";
inline constexpr char guardianRelationship[] = "guardianRelationship";
inline constexpr char guardianPhone[] = "guardianPhone";
inline constexpr char guardianEmail[] = "guardianEmail";
inline constexpr char guardianLanguage[] = "guardianLanguage";
} // namespace rosterfield

// The roster field catalogue with the header names that Aeries, PowerSchool, Infinite Campus,
// Synergy, Skyward and OneRoster-style exports give each field, strongest name first (an Aeries
// file has both "Perm ID" and "Student ID", and the district id is the Perm ID). Labels are
// translated when the catalogue is first built, so build it after the translators are installed.
const std::vector<FieldSpec>& rosterFields();

} // namespace tutordesk
