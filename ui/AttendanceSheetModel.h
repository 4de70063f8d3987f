#pragma once

#include "attendance/Attendance.h"

#include <QAbstractTableModel>

#include <cstdint>
#include <optional>
#include <vector>

namespace tutordesk {

// The rows of one session's attendance sheet as the coordinator edits them: a status, minutes, an
// "absent from school" check for absences and a note per student. It applies the sheet's defaults
// (present gets the session's length, absences 0) and says what changed; core decides what is saved.
class AttendanceSheetModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttendanceSheetModel)

public:
    enum Column { StudentColumn, StatusColumn, MinutesColumn, SchoolAbsenceColumn, NoteColumn, ColumnCount };
    enum Role {
        StatusCodeRole = Qt::UserRole, // attendance.status code, or an empty string when not marked
        StudentIdRole,
    };

    explicit AttendanceSheetModel(QObject* parent = nullptr);
    ~AttendanceSheetModel() override;

    // The sheet as core read it; `sessionMinutes` is what "present" attends.
    void setSheet(const std::vector<AttendanceRow>& rows, int sessionMinutes);
    int sessionMinutes() const { return m_sessionMinutes; }

    // Marks a student, with the status's default minutes (tardy keeps minutes already typed for it).
    void setStatus(int row, AttendanceStatus status);
    std::optional<AttendanceStatus> status(int row) const;
    std::optional<int> minutes(int row) const;
    // Absent from school on an absence: on or off.
    bool toggleSchoolAbsence(int row);
    // Marks every student not yet marked present; how many it marked.
    int markRestPresent();

    // Something differs from what was read.
    bool isDirty() const;
    // Rows with a status.
    int markedCount() const;
    // What is entered, as core takes it: one mark per marked student.
    std::vector<AttendanceMark> marks() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Line {
        std::int64_t studentId = 0;
        QString districtId;
        QString name;
        std::optional<AttendanceStatus> status;
        std::optional<int> minutes; // none: a tardy whose minutes are still to be typed
        QString note;
        bool absentFromSchool = false;
        bool operator==(const Line&) const = default;
    };

    QVariant statusData(const Line& line, int role) const;
    QVariant minutesData(const Line& line, int role) const;
    // A valid index of this model (the model tester also asks about invalid ones).
    bool isRow(const QModelIndex& index) const;
    void rowChanged(int row);

    std::vector<Line> m_lines;
    std::vector<Line> m_read; // as core read them, to tell what changed
    int m_sessionMinutes = 0;
};

} // namespace tutordesk
