#pragma once

#include "schedule/GroupRecord.h"
#include "schedule/ScheduleText.h"
#include "store/Store.h"
#include "support/Fixtures.h"
#include "support/ScheduleFixtures.h"
#include "support/TempDir.h"
#include "support/TestText.h"

#include <QDate>
#include <QString>

#include <gtest/gtest.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace tutordesk::test {

// Weekday bits as GroupRecord::weekdays takes them.
constexpr int monday = 1, tuesday = 2, wednesday = 4, thursday = 8, friday = 16, saturday = 32;

inline QDate day(int y, int m, int d)
{
    return QDate(y, m, d);
}

// A group that meets in Room 12 at `start` for 45 minutes from Monday 14 September to Friday 30 October.
inline GroupRecord groupFor(std::int64_t tutorId, const QString& name, int weekdays,
                            const QTime& start = QTime(10, 0))
{
    GroupRecord g;
    g.name = name;
    g.subject = QStringLiteral("reading");
    g.tier = 2;
    g.cap = 4;
    g.gradeBand = QStringLiteral("3–4");
    g.tutorId = tutorId;
    g.location = QStringLiteral("Room 12");
    g.weekdays = weekdays;
    g.startsAt = start;
    g.minutes = 45;
    g.startDay = day(2026, 9, 14);
    g.endDay = day(2026, 10, 30);
    g.status = QStringLiteral("planned");
    return g;
}

// Ben Lee, the second tutor beside TutorSpec's Ana Kim (T-1).
inline TutorSpec benLee()
{
    return TutorSpec{
        .id = QStringLiteral("T-2"), .first = QStringLiteral("Ben"), .last = QStringLiteral("Lee")};
}

// A new school with one tutor, Ana Kim: where the group and schedule tests start.
class ScheduleSchoolTest : public TempDirTest {
protected:
    void SetUp() override
    {
        store = openStore(dbPath());
        ASSERT_TRUE(store);
        createSchool(*store);
        ana = addTutor(*store, TutorSpec{});
    }

    std::unique_ptr<Store> store;
    std::int64_t ana = 0;
};

inline std::int64_t addPerson(Store& store, const QString& districtId, const QString& first,
                              const QString& last)
{
    store.db().run(
        "INSERT INTO students (sourced_id, first_name, last_name, grade, search_text, last_name_key,"
        " first_name_key) VALUES (?, ?, ?, '3', ?, lower(?), lower(?))",
        districtId, first, last, first + QLatin1Char(' ') + last, last, first);
    return store.db().lastInsertId();
}

// A seat (active enrollment) in the group's subject, from `begin` when given.
inline void seat(Store& store, std::int64_t student, std::int64_t group, const QDate& begin = {})
{
    store.db().run(
        "INSERT INTO enrollments (sourced_id, student_id, group_id, subject, tier, status, status_since,"
        " begin_day) SELECT ?, ?, id, subject, tier, 'active', '2026-09-01', ? FROM tutoring_groups WHERE id "
        "= ?",
        QStringLiteral("E-%1-%2").arg(student).arg(group), student,
        begin.isValid() ? std::optional<QDate>(begin) : std::nullopt, group);
}

struct SessionRow {
    std::int64_t id = 0;
    QString sourcedId;
    QDate day;
    QString start;
    int minutes = 0;
    QString status;
    QString cancelReason;
    std::optional<std::int64_t> tutorId;
    QString kind;
};

inline std::vector<SessionRow> sessionsOf(Store& store, std::int64_t groupId)
{
    Statement st = store.db().prepare("SELECT id, sourced_id, day, starts_at, minutes, status,"
                                      " coalesce(cancel_reason, ''), tutor_id, kind FROM sessions"
                                      " WHERE group_id = ? ORDER BY day, starts_at, id");
    st.bindAll(groupId);
    std::vector<SessionRow> rows;
    while (st.step())
        rows.push_back({st.integer(0), st.text(1), ScheduleText::parseDay(st.text(2)), st.text(3),
                        static_cast<int>(st.integer(4)), st.text(5), st.text(6), st.optionalInteger(7),
                        st.text(8)});
    return rows;
}

inline std::vector<QDate> daysOf(const std::vector<SessionRow>& rows)
{
    std::vector<QDate> days;
    for (const SessionRow& r : rows)
        days.push_back(r.day);
    return days;
}

inline std::int64_t count(Store& store, const char* sql)
{
    return store.db().queryInteger(sql);
}

} // namespace tutordesk::test
