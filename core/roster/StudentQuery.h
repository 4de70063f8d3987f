#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace tutordesk {

class Store;

// What the Students page asks for: every criterion is applied in SQL.
struct StudentFilter {
    enum class Flag { Any, Iep, Section504, Foster, Homeless, Disadvantaged, EnglishLearner };

    QString search;       // names or ids, case and accents ignored
    QString grade;        // "TK", "K", "1"… or empty for any
    QString elStatus;     // "EO", "IFEP", "EL", "RFEP", "TBD" or empty
    QString homeLanguage; // BCP 47 code or empty
    Flag flag = Flag::Any;
    int tier = 0;    // 1–3: the tier of the current need score; 0 for any
    QString program; // an enrollment status as StudentRow::program reads, "none" for not in the
                     // program at all, or empty for any
    bool includeWithdrawn = false;

    bool operator==(const StudentFilter&) const = default;
};

enum class StudentColumn {
    DistrictId,
    LastName,
    FirstName,
    Grade,
    HomeLanguage,
    ElStatus,
    AttendanceRate,
    NeedScore,
    Tier,
    Program,
    Status,
};

struct StudentSort {
    StudentColumn column = StudentColumn::LastName;
    bool descending = false;

    bool operator==(const StudentSort&) const = default;
};

struct StudentRow {
    std::int64_t id = 0;
    QString districtId;
    QString firstName;
    QString lastName;
    QString preferredName;
    QString grade;
    QString homeLanguage;
    QString elStatus;
    bool iep = false;
    bool section504 = false;
    bool foster = false;
    bool homeless = false;
    bool disadvantaged = false;
    std::optional<double> attendanceRate;
    std::optional<double> needScore;
    std::optional<int> tier;
    QString program; // the furthest enrollment status: active, consented, invited, paused, waitlisted, exited
    QString status;  // active or withdrawn
};

// Counts and pages of students for a filter and sort, read straight from SQL so that the
// large school's 5,000 students never have to be loaded at once.
class StudentQuery final {
public:
    explicit StudentQuery(Store& store);

    int count(const StudentFilter& filter);
    std::vector<StudentRow> page(const StudentFilter& filter, const StudentSort& sort, int offset, int limit);
    // The home languages present, most common first, for the filter list.
    QStringList homeLanguages();

private:
    Store& m_store;
};

} // namespace tutordesk
