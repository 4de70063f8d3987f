#pragma once

#include "school/School.h"
#include "store/Store.h"

#include <QDate>
#include <QString>

#include <gtest/gtest.h>

#include <cstdint>
#include <memory>

namespace tutordesk::test {

// Opens (creating) a TutorDesk database, failing the test with core's message if it cannot.
inline std::unique_ptr<Store> openStore(const QString& path)
{
    auto opened = Store::open(path, Store::OpenMode::CreateIfMissing);
    if (!opened) {
        ADD_FAILURE() << opened.error().message.toStdString();
        return nullptr;
    }
    return std::move(opened).value();
}

inline void createSchool(Store& store)
{
    SchoolInfo info;
    info.schoolCode = QStringLiteral("1964733");
    info.name = QStringLiteral("Test Elementary");
    info.phone = QStringLiteral("(213) 555-0142");
    info.coordinator = QStringLiteral("Ana Rivera");
    info.yearStart = QDate(2026, 8, 10);
    info.yearEnd = QDate(2027, 6, 4);
    ASSERT_TRUE(School::create(store, info).ok());
}

// Minimal rows for constraint tests; real data arrives through core's importers.
inline std::int64_t addStudent(Store& store, const QString& districtId,
                               const QString& grade = QStringLiteral("3"))
{
    store.db().run("INSERT INTO students (sourced_id, first_name, last_name, grade, search_text)"
                   " VALUES (?, 'Ana', 'López', ?, ?)",
                   districtId, grade, QStringLiteral("ana lopez ") + districtId);
    return store.db().lastInsertId();
}

inline std::int64_t addGroup(Store& store, const QString& id, int cap)
{
    store.db().run(
        "INSERT INTO tutoring_groups (sourced_id, name, subject, tier, cap, minutes, start_day, end_day)"
        " VALUES (?, 'Group', 'reading', 2, ?, 30, '2026-09-01', '2027-06-01')",
        id, cap);
    return store.db().lastInsertId();
}

inline void enroll(Store& store, std::int64_t student, std::int64_t group, const QString& id)
{
    store.db().run(
        "INSERT INTO enrollments (sourced_id, student_id, group_id, subject, tier, status, status_since)"
        " VALUES (?, ?, ?, 'reading', 2, 'active', '2026-09-01')",
        id, student, group);
}

} // namespace tutordesk::test
