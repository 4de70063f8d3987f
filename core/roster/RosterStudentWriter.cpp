#include "roster/RosterStudentWriter.h"

#include "roster/StudentKeys.h"
#include "store/Database.h"

namespace tutordesk {

namespace {

// The columns in the order every statement below binds and reads them.
#define TUTORDESK_ROSTER_COLUMNS                                                                             \
    "state_id, first_name, last_name, preferred_name, grade, birth_date, gender, hispanic_latino,"           \
    " race_american_indian, race_asian, race_black, race_pacific_islander, race_white, el_status,"           \
    " home_language, iep, section_504, foster, homeless, disadvantaged, attendance_rate, status,"            \
    " withdrawn_on, search_text, last_name_key, first_name_key"

template <typename T> void take(T& stored, const std::optional<T>& fromRoster)
{
    if (fromRoster)
        stored = *fromRoster;
}

// Empty text in the roster means "no value": stored as NULL.
void takeNullable(std::optional<QString>& stored, const std::optional<QString>& fromRoster)
{
    if (fromRoster)
        stored = fromRoster->isEmpty() ? std::nullopt : fromRoster;
}

} // namespace

RosterStudentWriter::RosterStudentWriter(Database& db)
    : m_db(db)
    , m_find(db.prepare("SELECT id, " TUTORDESK_ROSTER_COLUMNS " FROM students WHERE sourced_id = ?"))
    , m_insert(db.prepare(
          "INSERT INTO students (sourced_id, " TUTORDESK_ROSTER_COLUMNS ")"
          " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
    , m_update(
          db.prepare("UPDATE students SET state_id = ?, first_name = ?, last_name = ?, preferred_name = ?,"
                     " grade = ?, birth_date = ?, gender = ?, hispanic_latino = ?, race_american_indian = ?,"
                     " race_asian = ?, race_black = ?, race_pacific_islander = ?, race_white = ?,"
                     " el_status = ?, home_language = ?, iep = ?, section_504 = ?, foster = ?,"
                     " homeless = ?, disadvantaged = ?, attendance_rate = ?, status = ?, withdrawn_on = ?,"
                     " search_text = ?, last_name_key = ?, first_name_key = ? WHERE id = ?"))
{}

std::optional<std::pair<std::int64_t, StudentColumns>> RosterStudentWriter::find(const QString& districtId)
{
    m_find.bindAll(districtId);
    if (!m_find.step())
        return std::nullopt;
    const Statement& st = m_find;
    StudentColumns row;
    int c = 1;
    row.stateId = st.optionalText(c++);
    row.firstName = st.text(c++);
    row.lastName = st.text(c++);
    row.preferredName = st.text(c++);
    row.grade = st.text(c++);
    row.birthDate = st.optionalText(c++);
    row.gender = st.optionalText(c++);
    for (bool* flag : {&row.hispanicLatino, &row.raceAmericanIndian, &row.raceAsian, &row.raceBlack,
                       &row.racePacificIslander, &row.raceWhite})
        *flag = st.integer(c++) != 0;
    row.elStatus = st.optionalText(c++);
    row.homeLanguage = st.text(c++);
    for (bool* flag : {&row.iep, &row.section504, &row.foster, &row.homeless, &row.disadvantaged})
        *flag = st.integer(c++) != 0;
    row.attendanceRate = st.optionalReal(c++);
    row.status = st.text(c++);
    row.withdrawnOn = st.optionalText(c++);
    row.searchText = st.text(c++);
    row.lastNameKey = st.text(c++);
    row.firstNameKey = st.text(c++);
    const std::int64_t id = st.integer(0);
    m_find.reset();
    return std::make_pair(id, std::move(row));
}

StudentColumns RosterStudentWriter::merged(StudentColumns row, const RosterStudent& s)
{
    takeNullable(row.stateId, s.stateId);
    row.firstName = s.firstName;
    row.lastName = s.lastName;
    take(row.preferredName, s.preferredName);
    row.grade = s.grade;
    if (s.birthDate)
        row.birthDate = s.birthDate->isValid() ? std::optional<QString>(s.birthDate->toString(Qt::ISODate))
                                               : std::nullopt;
    takeNullable(row.gender, s.gender);
    take(row.hispanicLatino, s.hispanicLatino);
    take(row.raceAmericanIndian, s.raceAmericanIndian);
    take(row.raceAsian, s.raceAsian);
    take(row.raceBlack, s.raceBlack);
    take(row.racePacificIslander, s.racePacificIslander);
    take(row.raceWhite, s.raceWhite);
    if (s.elStatus && s.elStatus->isEmpty()) {
        // "Not an English learner" without saying which kind: only EL and TBD stop being true.
        if (row.elStatus == QLatin1String("EL") || row.elStatus == QLatin1String("TBD"))
            row.elStatus.reset();
    } else {
        takeNullable(row.elStatus, s.elStatus);
    }
    take(row.homeLanguage, s.homeLanguage);
    take(row.iep, s.iep);
    take(row.section504, s.section504);
    take(row.foster, s.foster);
    take(row.homeless, s.homeless);
    take(row.disadvantaged, s.disadvantaged);
    if (s.attendanceRate)
        row.attendanceRate = s.attendanceRate;
    // On the roster means enrolled at the school.
    row.status = QStringLiteral("active");
    row.withdrawnOn.reset();
    const StudentKeys keys = studentKeys(row.firstName, row.lastName, row.preferredName, s.districtId);
    row.searchText = keys.searchText;
    row.lastNameKey = keys.lastNameKey;
    row.firstNameKey = keys.firstNameKey;
    return row;
}

StudentWrite RosterStudentWriter::write(const RosterStudent& student)
{
    StudentWrite result;
    const auto existing = find(student.districtId);
    const StudentColumns row = merged(existing ? existing->second : StudentColumns(), student);
    result.homeLanguage = row.homeLanguage;
    if (!existing) {
        m_insert.bindAll(student.districtId, row.stateId, row.firstName, row.lastName, row.preferredName,
                         row.grade, row.birthDate, row.gender, row.hispanicLatino, row.raceAmericanIndian,
                         row.raceAsian, row.raceBlack, row.racePacificIslander, row.raceWhite, row.elStatus,
                         row.homeLanguage, row.iep, row.section504, row.foster, row.homeless,
                         row.disadvantaged, row.attendanceRate, row.status, row.withdrawnOn, row.searchText,
                         row.lastNameKey, row.firstNameKey);
        m_insert.run();
        result.id = m_db.lastInsertId();
        result.kind = StudentWrite::Kind::Added;
        return result;
    }
    result.id = existing->first;
    if (row == existing->second)
        return result;
    result.reactivated = existing->second.status != QLatin1String("active");
    m_update.bindAll(row.stateId, row.firstName, row.lastName, row.preferredName, row.grade, row.birthDate,
                     row.gender, row.hispanicLatino, row.raceAmericanIndian, row.raceAsian, row.raceBlack,
                     row.racePacificIslander, row.raceWhite, row.elStatus, row.homeLanguage, row.iep,
                     row.section504, row.foster, row.homeless, row.disadvantaged, row.attendanceRate,
                     row.status, row.withdrawnOn, row.searchText, row.lastNameKey, row.firstNameKey,
                     result.id);
    m_update.run();
    result.kind = StudentWrite::Kind::Updated;
    return result;
}

} // namespace tutordesk
