#include "StudentColumns.h"

#include "LanguageNames.h"
#include "StudentText.h"

#include <QLocale>

#include <algorithm>
#include <array>
#include <utility>

namespace tutordesk {

namespace {

// Table columns and the StudentQuery sort key behind each; the student groups have none.
constexpr std::array<std::pair<int, StudentColumn>, 11> sortKeys = {{
    {StudentColumns::DistrictIdColumn, StudentColumn::DistrictId},
    {StudentColumns::LastNameColumn, StudentColumn::LastName},
    {StudentColumns::FirstNameColumn, StudentColumn::FirstName},
    {StudentColumns::GradeColumn, StudentColumn::Grade},
    {StudentColumns::HomeLanguageColumn, StudentColumn::HomeLanguage},
    {StudentColumns::ElStatusColumn, StudentColumn::ElStatus},
    {StudentColumns::AttendanceColumn, StudentColumn::AttendanceRate},
    {StudentColumns::NeedScoreColumn, StudentColumn::NeedScore},
    {StudentColumns::TierColumn, StudentColumn::Tier},
    {StudentColumns::ProgramColumn, StudentColumn::Program},
    {StudentColumns::StatusColumn, StudentColumn::Status},
}};

QVariant optionalNumber(const std::optional<double>& value)
{
    return value ? QVariant(*value) : QVariant();
}

} // namespace

int StudentColumns::columnFor(StudentColumn key)
{
    const auto it = std::find_if(sortKeys.begin(), sortKeys.end(),
                                 [key](const auto& entry) { return entry.second == key; });
    return it == sortKeys.end() ? -1 : it->first;
}

std::optional<StudentColumn> StudentColumns::sortKeyFor(int column)
{
    const auto it = std::find_if(sortKeys.begin(), sortKeys.end(),
                                 [column](const auto& entry) { return entry.first == column; });
    return it == sortKeys.end() ? std::nullopt : std::optional(it->second);
}

Qt::Alignment StudentColumns::alignment(int column)
{
    const bool numeric = column == AttendanceColumn || column == NeedScoreColumn || column == TierColumn;
    return Qt::AlignVCenter | (numeric ? Qt::AlignRight : Qt::AlignLeft);
}

QVariant StudentColumns::display(const StudentRow& row, int column)
{
    const QLocale locale;
    switch (column) {
    case DistrictIdColumn:
        return row.districtId;
    case LastNameColumn:
        return row.lastName;
    case FirstNameColumn:
        if (row.preferredName.isEmpty() || row.preferredName == row.firstName)
            return row.firstName;
        return tr("%1 (%2)", "first name (preferred name)").arg(row.firstName, row.preferredName);
    case GradeColumn:
        return StudentText::gradeShort(row.grade);
    case HomeLanguageColumn:
        return LanguageNames::displayName(row.homeLanguage);
    case ElStatusColumn:
        return row.elStatus;
    case GroupsColumn:
        return StudentText::groupTags(row);
    case AttendanceColumn:
        if (!row.attendanceRate)
            return {};
        return tr("%1%", "attendance rate in percent").arg(locale.toString(*row.attendanceRate, 'f', 1));
    case NeedScoreColumn:
        return row.needScore ? QVariant(locale.toString(*row.needScore, 'f', 1)) : QVariant();
    case TierColumn:
        return row.tier ? QVariant(locale.toString(*row.tier)) : QVariant();
    case ProgramColumn:
        return StudentText::programStatus(row.program);
    case StatusColumn:
        return StudentText::studentStatus(row.status);
    default:
        return {};
    }
}

QVariant StudentColumns::rawValue(const StudentRow& row, int column)
{
    switch (column) {
    case DistrictIdColumn:
        return row.districtId;
    case LastNameColumn:
        return row.lastName;
    case FirstNameColumn:
        return row.firstName;
    case GradeColumn:
        return row.grade;
    case HomeLanguageColumn:
        return row.homeLanguage;
    case ElStatusColumn:
        return row.elStatus;
    case GroupsColumn:
        return StudentText::groupTags(row);
    case AttendanceColumn:
        return optionalNumber(row.attendanceRate);
    case NeedScoreColumn:
        return optionalNumber(row.needScore);
    case TierColumn:
        return row.tier ? QVariant(*row.tier) : QVariant();
    case ProgramColumn:
        return row.program;
    case StatusColumn:
        return row.status;
    default:
        return {};
    }
}

QVariant StudentColumns::toolTip(const StudentRow& row, int column)
{
    switch (column) {
    case LastNameColumn: // long names are elided in the cell
        return tr("%1 %2", "first name, last name").arg(row.firstName, row.lastName);
    case FirstNameColumn:
        if (!row.preferredName.isEmpty() && row.preferredName != row.firstName)
            return tr("Goes by %1").arg(row.preferredName);
        return {};
    case HomeLanguageColumn:
        return LanguageNames::displayName(row.homeLanguage);
    case GradeColumn:
        return StudentText::gradeLong(row.grade);
    case ElStatusColumn:
        return StudentText::elStatusLong(row.elStatus);
    case GroupsColumn:
        return StudentText::groupNames(row);
    case NeedScoreColumn:
    case TierColumn:
        if (row.needScore && row.tier)
            return tr("Tier %1: select the student to see why").arg(*row.tier);
        return {};
    default:
        return {};
    }
}

QString StudentColumns::title(int column)
{
    switch (column) {
    case DistrictIdColumn:
        return tr("District ID");
    case LastNameColumn:
        return tr("Last name");
    case FirstNameColumn:
        return tr("First name");
    case GradeColumn:
        return tr("Grade");
    case HomeLanguageColumn:
        return tr("Home language");
    case ElStatusColumn:
        return tr("EL status");
    case GroupsColumn:
        return tr("Student groups");
    case AttendanceColumn:
        return tr("Attendance");
    case NeedScoreColumn:
        return tr("Need score");
    case TierColumn:
        return tr("Tier");
    case ProgramColumn:
        return tr("Program");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

QString StudentColumns::headerToolTip(int column)
{
    switch (column) {
    case DistrictIdColumn:
        return tr("The student's ID in the district's student information system");
    case ElStatusColumn:
        return tr("English language status: EO, IFEP, EL, RFEP or TBD");
    case GroupsColumn:
        return tr("IEP, Section 504 plan, foster youth, homeless, socio-economically disadvantaged "
                  "(SED)\nThis column cannot be sorted; filter by student group instead.");
    case AttendanceColumn:
        return tr("The student's school attendance rate this year");
    case NeedScoreColumn:
        return tr("Points from benchmark results, attendance and student groups: higher means "
                  "more need");
    case TierColumn:
        return tr("The tier of support the need score qualifies for: 1 classroom, 2 small group, "
                  "3 intensive");
    case ProgramColumn:
        return tr("Where the student stands in the tutoring program");
    case StatusColumn:
        return tr("Enrolled at the school, or withdrawn");
    default:
        return {};
    }
}

} // namespace tutordesk
