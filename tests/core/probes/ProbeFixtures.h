#pragma once

// A small school for probe tests: a math group on 3.OA.7 (tutor Kim) with three students, a reading group on
// RF.3.3, and helpers to write probe results directly (as the demo or an import would).
#include "roster/StudentKeys.h"
#include "store/Store.h"
#include "support/Fixtures.h"
#include "support/ScheduleFixtures.h"
#include "support/TempDir.h"
#include "support/TestText.h"

#include <QDate>
#include <QString>

#include <cstdint>
#include <memory>

namespace tutordesk::test {

class ProbeFixture : public TempDirTest {
protected:
    void SetUp() override
    {
        store = openStore(dbPath());
        ASSERT_TRUE(store);
        ASSERT_NO_FATAL_FAILURE(createSchool(*store));
        tutor = addTutor(*store, TutorSpec{});
        math = group(QStringLiteral("Math 3 T2-01"), "math", QStringLiteral("3.OA.7"));
        reading = group(QStringLiteral("Reading 3 T2-02"), "reading", QStringLiteral("RF.3.3"));
        // Named so that the name order (Ávila, Baker, Zúñiga) differs from the insertion order.
        zuniga = student(QStringLiteral("S-1"), QStringLiteral("Luis"), QStringLiteral("Zúñiga"));
        avila = student(QStringLiteral("S-2"), QStringLiteral("Marta"), QStringLiteral("Ávila"));
        baker = student(QStringLiteral("S-3"), QStringLiteral("Jon"), QStringLiteral("Baker"));
        seat(zuniga, math, "active");
        seat(avila, math, "active");
        seat(baker, math, "active");
    }

    std::int64_t group(const QString& name, const char* subject, const QString& skill)
    {
        store->db().run(
            "INSERT INTO tutoring_groups (sourced_id, name, subject, skill_code, skill_description,"
            " tier, cap, tutor_id, minutes, start_day, end_day)"
            " VALUES (?, ?, ?, ?, 'Multiply within 100', 2, 4, ?, 30, '2026-09-01', '2027-05-28')",
            name, name, subject, skill, tutor);
        return store->db().lastInsertId();
    }

    std::int64_t student(const QString& id, const QString& first, const QString& last)
    {
        const StudentKeys keys = studentKeys(first, last, {}, id);
        store->db().run("INSERT INTO students (sourced_id, first_name, last_name, grade, search_text,"
                        " last_name_key, first_name_key) VALUES (?, ?, ?, '3', ?, ?, ?)",
                        id, first, last, keys.searchText, keys.lastNameKey, keys.firstNameKey);
        return store->db().lastInsertId();
    }

    void seat(std::int64_t studentId, std::int64_t groupId, const char* status,
              const QString& endDay = QString(), const QString& beginDay = QString())
    {
        const QString subject =
            store->db().queryText("SELECT subject FROM tutoring_groups WHERE id = ?", groupId);
        store->db().run("INSERT INTO enrollments (sourced_id, student_id, group_id, subject, tier, status,"
                        " status_since, begin_day, end_day) VALUES (?, ?, ?, ?, 2, ?, '2026-09-01', ?, ?)",
                        QStringLiteral("E-%1-%2").arg(studentId).arg(groupId), studentId, groupId, subject,
                        status,
                        beginDay.isEmpty() ? std::optional<QString>() : std::optional<QString>(beginDay),
                        endDay.isEmpty() ? std::optional<QString>() : std::optional<QString>(endDay));
    }

    std::int64_t probe(std::int64_t studentId, const QString& skill, const char* window, double score,
                       double max, const QString& day, std::optional<std::int64_t> groupId = std::nullopt)
    {
        static int next = 0;
        store->db().run(
            "INSERT INTO assessments (sourced_id, student_id, kind, subject, skill, test_window, score,"
            " max_score, assessed_on, group_id) VALUES (?, ?, 'probe', 'math', ?, ?, ?, ?, ?, ?)",
            QStringLiteral("P-%1").arg(++next), studentId, skill, window, score, max, day,
            groupId ? groupId : std::optional<std::int64_t>(math));
        return store->db().lastInsertId();
    }

    std::int64_t count(const char* sql) { return store->db().queryInteger(sql); }
    // Every table a probe save could touch, as one figure to compare before and after.
    QString fingerprint()
    {
        return store->db().queryText("SELECT (SELECT count(*) FROM assessments) || '/' || (SELECT "
                                     "coalesce(sum(score), 0) FROM assessments)"
                                     " || '/' || (SELECT group_concat(id || ':' || score || ':' || max_score "
                                     "|| ':' || assessed_on, ',')"
                                     " FROM assessments) || '/' || (SELECT count(*) FROM tombstones)");
    }

    std::unique_ptr<Store> store;
    std::int64_t tutor = 0;
    std::int64_t math = 0;
    std::int64_t reading = 0;
    std::int64_t zuniga = 0;
    std::int64_t avila = 0;
    std::int64_t baker = 0;
};

} // namespace tutordesk::test
