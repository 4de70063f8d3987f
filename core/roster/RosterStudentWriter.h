#pragma once

#include "roster/RosterStudent.h"
#include "store/Statement.h"

#include <QString>

#include <cstdint>
#include <optional>

namespace tutordesk {

class Database;

// The students columns a roster import writes, as stored.
struct StudentColumns {
    std::optional<QString> stateId;
    QString firstName;
    QString lastName;
    QString preferredName;
    QString grade;
    std::optional<QString> birthDate; // YYYY-MM-DD
    std::optional<QString> gender;
    bool hispanicLatino = false;
    bool raceAmericanIndian = false;
    bool raceAsian = false;
    bool raceBlack = false;
    bool racePacificIslander = false;
    bool raceWhite = false;
    std::optional<QString> elStatus;
    QString homeLanguage;
    bool iep = false;
    bool section504 = false;
    bool foster = false;
    bool homeless = false;
    bool disadvantaged = false;
    std::optional<double> attendanceRate;
    QString status = QStringLiteral("active");
    std::optional<QString> withdrawnOn;
    QString searchText;
    QString lastNameKey;
    QString firstNameKey;

    bool operator==(const StudentColumns&) const = default;
};

// What writing one roster student did.
struct StudentWrite {
    enum class Kind { Added, Updated, Unchanged };
    std::int64_t id = 0;
    Kind kind = Kind::Unchanged;
    bool reactivated = false; // was withdrawn, is on the roster again
    QString homeLanguage;     // as stored after the write
};

// Adds or updates one student by district id with statements prepared once per import. An
// existing row is read, merged with what the roster carries and written only when it differs,
// so that a re-import leaves updated_at alone.
class RosterStudentWriter final {
public:
    explicit RosterStudentWriter(Database& db);

    StudentWrite write(const RosterStudent& student);

    // The stored row merged with what the roster carries (std::nullopt: not in the file, kept).
    static StudentColumns merged(StudentColumns stored, const RosterStudent& student);

private:
    std::optional<std::pair<std::int64_t, StudentColumns>> find(const QString& districtId);

    Database& m_db;
    Statement m_find;
    Statement m_insert;
    Statement m_update;
};

} // namespace tutordesk
