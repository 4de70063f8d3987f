#pragma once

#include <QString>

#include <optional>

namespace tutordesk {

// A student's attendance at one session (DESIGN.md section 3, "Attendance").
enum class AttendanceStatus { Present, Tardy, Excused, Unexcused };

class AttendanceStatuses final {
public:
    // attendance.status codes: "present", "tardy", "excused", "unexcused".
    static QString code(AttendanceStatus status);
    // The stored code, or the command line's letter (P, T, E, U, either case).
    static std::optional<AttendanceStatus> fromCode(const QString& codeOrLetter);
    // The key the coordinator presses: 'P', 'T', 'E' or 'U'.
    static QChar letter(AttendanceStatus status);
    // "Present", "Tardy", "Absent, excused", "Absent, unexcused" in the user's language.
    static QString title(AttendanceStatus status);
    static bool isAbsence(AttendanceStatus status)
    {
        return status == AttendanceStatus::Excused || status == AttendanceStatus::Unexcused;
    }
};

} // namespace tutordesk
