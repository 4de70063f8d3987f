#pragma once

// Ana Kim's reading group with two students, Ana López and Ben Cruz, and a session on Tuesday 2 March 2027:
// where the attendance, dosage and CLI tests start.
#include "attendance/Attendance.h"
#include "core/CoverFixtures.h"

#include <QString>

#include <cstdint>

namespace tutordesk::test {

class AttendanceFixture : public KimGroupTest {
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(KimGroupTest::SetUp());
        store().setActor(QStringLiteral("mrivera"));
        db().run("UPDATE tutoring_groups SET skill_description = 'Decoding multisyllable words' WHERE id = ?",
                 m_group);
        m_lopez = addPupil(QStringLiteral("Ana"), u("López"));
        m_cruz = addPupil(QStringLiteral("Ben"), QStringLiteral("Cruz"));
        seat(m_lopez, m_group);
        seat(m_cruz, m_group);
        m_tuesday = addSession(m_group, weekday(2), QStringLiteral("10:00"), m_kim);
    }

    static QDate tuesday() { return weekday(2); }

    // An attendance row written as plain SQL (history the tests build on).
    void mark(std::int64_t sessionId, std::int64_t student, const QString& status, int minutes,
              bool absentFromSchool = false)
    {
        db().run(
            "INSERT INTO attendance (sourced_id, session_id, student_id, status, minutes, absent_from_school)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            QStringLiteral("A-%1").arg(serial()), sessionId, student, status, minutes, absentFromSchool);
    }

    static AttendanceEntry entryOf(std::int64_t student, AttendanceStatus status,
                                   std::optional<int> minutes = std::nullopt, const QString& reason = {})
    {
        AttendanceEntry entry;
        AttendanceMark m;
        m.studentId = student;
        m.status = status;
        m.minutes = minutes;
        entry.marks.push_back(m);
        entry.reason = reason;
        return entry;
    }

    QString storedStatus(std::int64_t sessionId, std::int64_t student)
    {
        return db().queryText("SELECT status FROM attendance WHERE session_id = ? AND student_id = ?",
                              sessionId, student);
    }

    int storedMinutes(std::int64_t sessionId, std::int64_t student)
    {
        return static_cast<int>(db().queryInteger(
            "SELECT minutes FROM attendance WHERE session_id = ? AND student_id = ?", sessionId, student));
    }

    int auditRows()
    {
        return static_cast<int>(
            db().queryInteger("SELECT count(*) FROM audit_log WHERE entity = 'attendance'"));
    }

    QString districtId(std::int64_t student)
    {
        return db().queryText("SELECT sourced_id FROM students WHERE id = ?", student);
    }

    QString sessionSourcedId(std::int64_t sessionId)
    {
        return db().queryText("SELECT sourced_id FROM sessions WHERE id = ?", sessionId);
    }

    std::int64_t m_lopez = 0;
    std::int64_t m_cruz = 0;
    std::int64_t m_tuesday = 0;
};

} // namespace tutordesk::test
