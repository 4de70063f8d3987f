#pragma once

#include "core/CoverFixtures.h"
#include "protocol/ProtocolActions.h"

#include <QDate>
#include <QString>

#include <cstdint>
#include <optional>

namespace tutordesk::test {

// Due actions written as plain SQL (the engine that creates them is tested on its own), on top of
// CoverTest's school, groups, sessions and seats. Dates are in the week of Monday 1 March 2027.
class ActionsTest : public CoverTest {
protected:
    std::int64_t enrollmentOf(std::int64_t student, std::int64_t group)
    {
        return db().queryInteger("SELECT id FROM enrollments WHERE student_id = ? AND group_id = ?", student,
                                 group);
    }

    // An action to write, built by naming what differs from a notify_family action due on Monday.
    class Action {
    public:
        Action& rule(const char* code)
        {
            m_rule = code;
            return *this;
        }
        Action& student(std::int64_t id)
        {
            m_student = id;
            return *this;
        }
        Action& enrollment(std::int64_t id)
        {
            m_enrollment = id;
            return *this;
        }
        Action& session(std::int64_t id)
        {
            m_session = id;
            return *this;
        }
        Action& createdOn(const QDate& day)
        {
            m_createdOn = day;
            return *this;
        }
        Action& dueOn(const QDate& day)
        {
            m_dueOn = day;
            return *this;
        }
        Action& absencesInRow(int n)
        {
            m_absencesInRow = n;
            return *this;
        }
        Action& attendanceRate(double rate)
        {
            m_attendanceRate = rate;
            return *this;
        }

    private:
        friend class ActionsTest;
        const char* m_rule = "notify_family";
        std::optional<std::int64_t> m_student;
        std::optional<std::int64_t> m_enrollment;
        std::optional<std::int64_t> m_session;
        QDate m_createdOn = QDate(2027, 3, 1);
        QDate m_dueOn = QDate(2027, 3, 1);
        int m_absencesInRow = 1;
        std::optional<double> m_attendanceRate;
    };
    std::int64_t addAction(const Action& a)
    {
        db().run("INSERT INTO protocol_actions (sourced_id, student_id, enrollment_id, session_id, rule, "
                 "created_on,"
                 " due_on, absences_in_row, attendance_rate) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                 QStringLiteral("PA-%1").arg(serial()), a.m_student, a.m_enrollment, a.m_session, a.m_rule,
                 a.m_createdOn, a.m_dueOn, a.m_absencesInRow, a.m_attendanceRate);
        return db().lastInsertId();
    }

    // A group as CoverTest writes it, built by naming what differs.
    class Group {
    public:
        Group& name(const QString& text)
        {
            m_spec.name = text;
            return *this;
        }
        Group& subject(const QString& code)
        {
            m_spec.subject = code;
            return *this;
        }
        Group& tutorId(std::int64_t id)
        {
            m_spec.tutorId = id;
            return *this;
        }
        Group& location(const QString& room)
        {
            m_spec.location = room;
            return *this;
        }
        Group& startsAt(const QString& time)
        {
            m_spec.startsAt = time;
            return *this;
        }
        const GroupSpec& spec() const { return m_spec; }

    private:
        GroupSpec m_spec;
    };
    std::int64_t newGroup(const Group& g) { return addGroup(g.spec()); }

    void mark(std::int64_t sessionId, std::int64_t student, const char* status)
    {
        const bool present = QLatin1String(status) == QLatin1String("present");
        db().run("UPDATE sessions SET status = 'held' WHERE id = ?", sessionId);
        db().run("INSERT INTO attendance (sourced_id, session_id, student_id, status, minutes)"
                 " VALUES (?, ?, ?, ?, ?)",
                 QStringLiteral("A-%1").arg(serial()), sessionId, student, status, present ? 30 : 0);
    }

    // A guardian, built by naming what differs from an English-speaking mother with no phone.
    class Guardian {
    public:
        Guardian& first(const QString& text)
        {
            m_first = text;
            return *this;
        }
        Guardian& last(const QString& text)
        {
            m_last = text;
            return *this;
        }
        Guardian& language(const QString& code)
        {
            m_language = code;
            return *this;
        }
        Guardian& mobile(const QString& phone)
        {
            m_mobile = phone;
            return *this;
        }
        Guardian& home(const QString& phone)
        {
            m_home = phone;
            return *this;
        }
        Guardian& primary(bool yes)
        {
            m_primary = yes;
            return *this;
        }

    private:
        friend class ActionsTest;
        QString m_first = QStringLiteral("Rosa");
        QString m_last = QStringLiteral("L\u00f3pez");
        QString m_language = QStringLiteral("en");
        QString m_mobile;
        QString m_home;
        bool m_primary = false;
    };
    std::int64_t addGuardian(std::int64_t student, const Guardian& g)
    {
        db().run("INSERT INTO guardians (sourced_id, first_name, last_name, phone_mobile, phone_home,"
                 " preferred_language) VALUES (?, ?, ?, ?, ?, ?)",
                 QStringLiteral("GU-%1").arg(serial()), g.m_first, g.m_last, g.m_mobile, g.m_home,
                 g.m_language);
        const std::int64_t id = db().lastInsertId();
        db().run("INSERT INTO student_guardians (student_id, guardian_id, relationship, is_primary)"
                 " VALUES (?, ?, 'mother', ?)",
                 student, id, g.m_primary ? 1 : 0);
        return id;
    }

    QString actionStatus(std::int64_t action)
    {
        return db().queryText("SELECT status FROM protocol_actions WHERE id = ?", action);
    }
};

} // namespace tutordesk::test
