#pragma once

#include "schedule/ScheduleQuery.h"
#include "support/Fixtures.h"
#include "support/ScheduleFixtures.h"
#include "support/TempDir.h"
#include "support/TestText.h"

#include <QDate>
#include <QString>
#include <QTime>

#include <gtest/gtest.h>

#include <cstdint>
#include <memory>
#include <optional>

namespace tutordesk::test {

// A school with groups and sessions written as plain SQL, so that the cover and staffing tests do not
// depend on how patterns generate sessions. The test week is Monday 1 – Friday 5 March 2027.
class CoverTest : public TempDirTest {
protected:
    static QDate monday() { return QDate(2027, 3, 1); }
    static QDate weekday(int n) { return monday().addDays(n - 1); } // 1 = Monday … 5 = Friday

    void SetUp() override
    {
        m_store = openStore(dbPath());
        ASSERT_TRUE(m_store);
        createSchool(*m_store);
    }

    Store& store() { return *m_store; }
    Database& db() { return m_store->db(); }

    struct GroupSpec {
        QString name = QStringLiteral("Reading \u00b7 Grades 3\u20134 \u00b7 Tier 2 \u00b7 A");
        QString subject = QStringLiteral("reading");
        std::optional<std::int64_t> tutorId;
        QString location = QStringLiteral("Room 12");
        QString startsAt = QStringLiteral("10:00");
        int minutes = 30;
        QString status = QStringLiteral("active");
    };
    std::int64_t addGroup(const GroupSpec& g)
    {
        db().run(
            "INSERT INTO tutoring_groups (sourced_id, name, subject, tier, cap, tutor_id, location, weekdays,"
            " starts_at, minutes, start_day, end_day, status)"
            " VALUES (?, ?, ?, 2, 4, ?, ?, 31, ?, ?, '2026-09-01', '2027-06-01', ?)",
            QStringLiteral("G-%1").arg(++m_serial), g.name, g.subject, g.tutorId, g.location, g.startsAt,
            g.minutes, g.status);
        return db().lastInsertId();
    }

    std::int64_t addSession(std::int64_t groupId, const QDate& day, const QString& start,
                            std::optional<std::int64_t> tutorId, int minutes = 30)
    {
        db().run("INSERT INTO sessions (sourced_id, group_id, day, starts_at, minutes, tutor_id)"
                 " VALUES (?, ?, ?, ?, ?, ?)",
                 QStringLiteral("S-%1").arg(++m_serial), groupId, day, start, minutes, tutorId);
        return db().lastInsertId();
    }

    std::int64_t addPupil(const QString& first, const QString& last, const QString& homeLanguage = {})
    {
        const QString id = QStringLiteral("9%1").arg(++m_serial, 6, 10, QLatin1Char('0'));
        db().run("INSERT INTO students (sourced_id, first_name, last_name, grade, home_language, search_text,"
                 " last_name_key, first_name_key) VALUES (?, ?, ?, '3', ?, ?, ?, ?)",
                 id, first, last, homeLanguage, (first + QLatin1Char(' ') + last).toLower(), last.toLower(),
                 first.toLower());
        return db().lastInsertId();
    }

    void seat(std::int64_t student, std::int64_t group)
    {
        enroll(store(), student, group, QStringLiteral("E-%1").arg(++m_serial));
    }

    void takeAttendance(std::int64_t sessionId, std::int64_t student)
    {
        db().run("INSERT INTO attendance (sourced_id, session_id, student_id, status, minutes)"
                 " VALUES (?, ?, ?, 'present', 30)",
                 QStringLiteral("A-%1").arg(++m_serial), sessionId, student);
    }

    // A tutor. Every field of TutorSpec is given: GCC 12 leaves the members after an initializer_list
    // member with a default uninitialized in `TutorSpec spec{}`.
    struct Staff {
        QString first;
        QString last;
        QString status = QStringLiteral("active");
        QDate clearedUntil = QDate(2027, 12, 31);
        QString availableFrom = QStringLiteral("07:30");
        std::int64_t supervisorId = 0;
    };
    std::int64_t addStaff(const Staff& s, std::initializer_list<const char*> subjects = {"reading", "math"},
                          std::initializer_list<const char*> languages = {})
    {
        const TutorSpec spec{.id = QStringLiteral("T-%1").arg(++m_serial),
                             .first = s.first,
                             .last = s.last,
                             .type = QStringLiteral("paraprofessional"),
                             .status = s.status,
                             .subjects = subjects,
                             .languages = languages,
                             .availableFrom = s.availableFrom,
                             .availableTo = QStringLiteral("17:30"),
                             .clearedUntil = s.clearedUntil,
                             .supervisorId = s.supervisorId};
        return addTutor(store(), spec);
    }

    std::int64_t tutor(const QString& first, const QString& last,
                       const QString& status = QStringLiteral("active"))
    {
        Staff s;
        s.first = first;
        s.last = last;
        s.status = status;
        return addStaff(s);
    }

    ScheduledSession session(std::int64_t id)
    {
        auto s = ScheduleQuery::session(store(), id);
        EXPECT_TRUE(s.has_value());
        return s.value_or(ScheduledSession{});
    }

    QString status(std::int64_t sessionId)
    {
        return db().queryText("SELECT status FROM sessions WHERE id = ?", sessionId);
    }

    int serial() { return ++m_serial; }

private:
    std::unique_ptr<Store> m_store;
    int m_serial = 0;
};

// Ana Kim and her reading group in Room 12 at 10:00, with no sessions yet: where the cover and absence
// tests start.
class KimGroupTest : public CoverTest {
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(CoverTest::SetUp());
        m_kim = tutor(QStringLiteral("Ana"), QStringLiteral("Kim"));
        GroupSpec spec;
        spec.tutorId = m_kim;
        m_group = addGroup(spec);
    }

    std::int64_t m_kim = 0;
    std::int64_t m_group = 0;
};

} // namespace tutordesk::test
