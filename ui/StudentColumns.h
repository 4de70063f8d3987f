#pragma once

#include "roster/StudentQuery.h"

#include <QCoreApplication>
#include <QVariant>

#include <optional>

namespace tutordesk {

// The columns of the Students table: their titles, what each cell shows for a student, and the
// StudentQuery sort key behind each. StudentTableModel pages the rows; this says how they read.
class StudentColumns final {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::StudentColumns)

public:
    enum Column {
        DistrictIdColumn,
        LastNameColumn,
        FirstNameColumn,
        GradeColumn,
        HomeLanguageColumn,
        ElStatusColumn,
        GroupsColumn,
        AttendanceColumn,
        NeedScoreColumn,
        TierColumn,
        ProgramColumn,
        StatusColumn,
        ColumnCount
    };

    static QVariant display(const StudentRow& row, int column);
    // The stored value behind a cell ("es", 87.25, "waitlisted"); invalid where nothing is stored.
    static QVariant rawValue(const StudentRow& row, int column);
    static QVariant toolTip(const StudentRow& row, int column);
    static Qt::Alignment alignment(int column);

    static QString title(int column);
    static QString headerToolTip(int column);

    // The table column that shows a sort key, and back; columns SQL cannot sort by have none.
    static int columnFor(StudentColumn key);
    static std::optional<StudentColumn> sortKeyFor(int column);
};

} // namespace tutordesk
