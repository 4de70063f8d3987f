// The constraints that protect the data even from a faulty caller.
#include "store/StoreError.h"
#include "support/Fixtures.h"
#include "support/TempDir.h"

#include <QThread>

#include <gtest/gtest.h>

namespace tutordesk::test {
namespace {

class SchemaTest : public TempDirTest {
protected:
    void SetUp() override
    {
        m_store = openStore(dbPath());
        ASSERT_TRUE(m_store);
        createSchool(*m_store);
    }
    Database& db() { return m_store->db(); }
    template <typename... Args> bool refused(const char* sql, const Args&... args)
    {
        try {
            db().run(sql, args...);
            return false;
        } catch (const StoreError&) {
            return true;
        }
    }
    std::unique_ptr<Store> m_store;
};

TEST_F(SchemaTest, AGroupNeverHoldsMoreStudentsThanItsCap)
{
    const auto group = addGroup(*m_store, QStringLiteral("g1"), 2);
    enroll(*m_store, addStudent(*m_store, QStringLiteral("1")), group, QStringLiteral("e1"));
    enroll(*m_store, addStudent(*m_store, QStringLiteral("2")), group, QStringLiteral("e2"));
    const auto third = addStudent(*m_store, QStringLiteral("3"));
    EXPECT_THROW(enroll(*m_store, third, group, QStringLiteral("e3")), StoreError);
    // A waitlisted enrollment moved into the full group is refused too.
    db().run("INSERT INTO enrollments (sourced_id, student_id, subject, tier, status, status_since)"
             " VALUES ('w3', ?, 'reading', 2, 'waitlisted', '2026-09-01')",
             third);
    EXPECT_TRUE(
        refused("UPDATE enrollments SET group_id = ?, status = 'active' WHERE sourced_id = 'w3'", group));
    // Pausing frees the seat.
    db().run("UPDATE enrollments SET status = 'paused' WHERE sourced_id = 'e1'");
    db().run("UPDATE enrollments SET group_id = ?, status = 'active' WHERE sourced_id = 'w3'", group);
    EXPECT_EQ(
        db().queryInteger("SELECT count(*) FROM enrollments WHERE group_id = ? AND status = 'active'", group),
        2);
    // And the cap cannot shrink under the students already seated.
    EXPECT_TRUE(refused("UPDATE tutoring_groups SET cap = 1 WHERE id = ?", group));
}

TEST_F(SchemaTest, CapsAreOneToFour)
{
    EXPECT_THROW(addGroup(*m_store, QStringLiteral("g0"), 0), StoreError);
    EXPECT_THROW(addGroup(*m_store, QStringLiteral("g5"), 5), StoreError);
    EXPECT_NO_THROW(addGroup(*m_store, QStringLiteral("g4"), 4));
}

TEST_F(SchemaTest, CodesAreChecked)
{
    EXPECT_THROW(addStudent(*m_store, QStringLiteral("9"), QStringLiteral("13")), StoreError);
    EXPECT_THROW(addStudent(*m_store, QStringLiteral(" ")), StoreError);
    const auto student = addStudent(*m_store, QStringLiteral("10"));
    EXPECT_TRUE(refused("UPDATE students SET el_status = 'ELL' WHERE id = ?", student));
    EXPECT_TRUE(refused("UPDATE students SET attendance_rate = 101 WHERE id = ?", student));

    const auto group = addGroup(*m_store, QStringLiteral("g"), 4);
    db().run("INSERT INTO sessions (sourced_id, group_id, day, starts_at, minutes) VALUES ('s', ?, "
             "'2026-09-14', '09:00', 30)",
             group);
    const auto session = db().lastInsertId();
    EXPECT_TRUE(refused("INSERT INTO attendance (sourced_id, session_id, student_id, status, minutes)"
                        " VALUES ('a', ?, ?, 'late', 30)",
                        session, student));
    EXPECT_TRUE(refused("INSERT INTO attendance (sourced_id, session_id, student_id, status, minutes)"
                        " VALUES ('a', ?, ?, 'unexcused', 30)",
                        session, student));
    EXPECT_FALSE(refused("INSERT INTO attendance (sourced_id, session_id, student_id, status, minutes)"
                         " VALUES ('a', ?, ?, 'present', 30)",
                         session, student));
    EXPECT_TRUE(refused("INSERT INTO attendance (sourced_id, session_id, student_id, status, minutes)"
                        " VALUES ('b', ?, ?, 'present', 30)",
                        session, student)); // one record per student per session
}

TEST_F(SchemaTest, ForeignKeysAreEnforced)
{
    EXPECT_TRUE(
        refused("INSERT INTO enrollments (sourced_id, student_id, subject, tier, status, status_since)"
                " VALUES ('e', 999, 'reading', 2, 'waitlisted', '2026-09-01')"));
}

TEST_F(SchemaTest, UpdatesTouchUpdatedAtAndDeletesLeaveTombstones)
{
    const auto student = addStudent(*m_store, QStringLiteral("42"));
    const QString before = db().queryText("SELECT updated_at FROM students WHERE id = ?", student);
    QThread::msleep(5);
    db().run("UPDATE students SET preferred_name = 'Annie' WHERE id = ?", student);
    EXPECT_GT(db().queryText("SELECT updated_at FROM students WHERE id = ?", student), before);

    db().run("DELETE FROM students WHERE id = ?", student);
    EXPECT_EQ(db().queryText("SELECT sourced_id FROM tombstones WHERE table_name = 'students'"),
              QStringLiteral("42"));
}

TEST_F(SchemaTest, AttendanceChangesAreAuditedWithActorAndReason)
{
    m_store->setActor(QStringLiteral("arivera"));
    const auto student = addStudent(*m_store, QStringLiteral("7"));
    const auto group = addGroup(*m_store, QStringLiteral("g"), 4);
    db().run("INSERT INTO sessions (sourced_id, group_id, day, starts_at, minutes) VALUES ('s', ?, "
             "'2026-09-14', '09:00', 30)",
             group);
    db().run("INSERT INTO attendance (sourced_id, session_id, student_id, status) VALUES ('a1', ?, ?, "
             "'unexcused')",
             db().lastInsertId(), student);
    EXPECT_EQ(db().queryInteger("SELECT count(*) FROM audit_log WHERE entity = 'attendance'"), 0);

    db().run("UPDATE audit_context SET reason = 'doctor''s note arrived' WHERE id = 1");
    db().run("UPDATE attendance SET status = 'excused' WHERE sourced_id = 'a1'");
    Statement st =
        db().prepare("SELECT actor, old_value, new_value, reason FROM audit_log WHERE entity = 'attendance'");
    ASSERT_TRUE(st.step());
    EXPECT_EQ(st.text(0), QStringLiteral("arivera"));
    EXPECT_TRUE(st.text(1).contains(QStringLiteral("unexcused")));
    EXPECT_TRUE(st.text(2).contains(QStringLiteral("excused")));
    EXPECT_EQ(st.text(3), QStringLiteral("doctor's note arrived"));
}

} // namespace
} // namespace tutordesk::test
