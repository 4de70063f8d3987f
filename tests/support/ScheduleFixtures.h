#pragma once

#include "store/Store.h"
#include "support/Fixtures.h"
#include "support/TempDir.h"

#include <QDate>
#include <QString>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace tutordesk::test {

// Schedule rows for tests, written as plain SQL so that a test of one core class does not lean on
// another. The school of Fixtures.h's createSchool() runs 2026-08-10 … 2027-06-04.

struct TutorSpec {
    QString id = QStringLiteral("T-1");
    QString first = QStringLiteral("Ana");
    QString last = QStringLiteral("Kim");
    QString type = QStringLiteral("paraprofessional");
    QString status = QStringLiteral("active");
    std::vector<const char*> subjects = {"reading", "math"};
    std::vector<const char*> languages = {};
    // Available Monday to Friday between these times.
    QString availableFrom = QStringLiteral("07:30");
    QString availableTo = QStringLiteral("17:30");
    QDate clearedUntil = QDate(2027, 12, 31); // both background check and TB test
    std::int64_t supervisorId = 0;            // 0: none
};

inline std::int64_t addTutor(Store& store, const TutorSpec& t)
{
    store.db().run("INSERT INTO tutors (sourced_id, first_name, last_name, type, status, background_check_on,"
                   " background_check_until, tb_test_on, tb_test_until, supervisor_id)"
                   " VALUES (?, ?, ?, ?, ?, '2026-07-01', ?, '2026-07-01', ?, ?)",
                   t.id, t.first, t.last, t.type, t.status, t.clearedUntil, t.clearedUntil,
                   t.supervisorId ? std::optional<std::int64_t>(t.supervisorId) : std::nullopt);
    const std::int64_t id = store.db().lastInsertId();
    for (const char* subject : t.subjects)
        store.db().run("INSERT INTO tutor_subjects (tutor_id, subject) VALUES (?, ?)", id, subject);
    for (const char* language : t.languages)
        store.db().run("INSERT INTO tutor_languages (tutor_id, language) VALUES (?, ?)", id, language);
    for (int weekday = 1; weekday <= 5; ++weekday)
        store.db().run(
            "INSERT INTO tutor_availability (tutor_id, weekday, starts_at, ends_at) VALUES (?, ?, ?, ?)", id,
            weekday, t.availableFrom, t.availableTo);
    return id;
}

inline std::int64_t addSupervisor(Store& store, const QString& id, const QString& last, int maxTutors)
{
    store.db().run(
        "INSERT INTO supervisors (sourced_id, first_name, last_name, max_tutors) VALUES (?, 'Rosa', ?, ?)",
        id, last, maxTutors);
    return store.db().lastInsertId();
}

inline void addCalendarDay(Store& store, const QDate& day, const char* kind, const QString& label = {})
{
    store.db().run("INSERT OR REPLACE INTO calendar_days (day, kind, label) VALUES (?, ?, ?)", day, kind,
                   label);
}

// A test over a new school's store (createSchool), with no tutors or groups yet.
class NewSchoolTest : public TempDirTest {
protected:
    void SetUp() override
    {
        m_store = openStore(dbPath());
        ASSERT_TRUE(m_store);
        createSchool(*m_store);
    }
    Store& store() { return *m_store; }
    std::int64_t count(const char* sql) { return store().db().queryInteger(sql); }

private:
    std::unique_ptr<Store> m_store;
};

} // namespace tutordesk::test
