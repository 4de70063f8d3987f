#include "roster/StudentQuery.h"

#include "roster/StudentKeys.h"
#include "support/Fixtures.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>

namespace tutordesk::test {
namespace {

class StudentQueryTest : public TempDirTest {
protected:
    void SetUp() override
    {
        m_store = openStore(dbPath());
        ASSERT_TRUE(m_store);
        createSchool(*m_store);
        add("1003", "José", "Muñoz", "K", "es", "EL", 91.5, true);
        add("1001", "Ana", "Ávila", "3", "es", "RFEP", 97.0, false);
        add("1002", "Min-jun", "Kim", "TK", "ko", "TBD", 88.0, false);
        add("1004", "Narek", "Hakobyan", "5", "hy", "EL", 99.0, false);
        add("1005", "Chloe", "Smith", "10", "en", "EO", 75.0, true);
        m_store->db().run("UPDATE students SET status = 'withdrawn' WHERE sourced_id = '1005'");
    }

    void add(const char* id, const char* first, const char* last, const char* grade, const char* language,
             const char* el, double attendance, bool iep)
    {
        const QString firstName = QString::fromUtf8(first);
        const QString lastName = QString::fromUtf8(last);
        const StudentKeys keys = studentKeys(firstName, lastName, QString(), QString::fromUtf8(id));
        m_store->db().run(
            "INSERT INTO students (sourced_id, first_name, last_name, grade, home_language, el_status,"
            " attendance_rate, iep, search_text, last_name_key, first_name_key)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            id, firstName, lastName, grade, language, el, attendance, iep, keys.searchText, keys.lastNameKey,
            keys.firstNameKey);
    }

    QStringList ids(const StudentFilter& filter, const StudentSort& sort = {}, int offset = 0,
                    int limit = 100)
    {
        QStringList result;
        for (const StudentRow& row : StudentQuery(*m_store).page(filter, sort, offset, limit))
            result << row.districtId;
        return result;
    }

    std::unique_ptr<Store> m_store;
};

TEST_F(StudentQueryTest, ListsActiveStudentsByLastNameIgnoringAccents)
{
    EXPECT_EQ(StudentQuery(*m_store).count({}), 4);
    EXPECT_EQ(ids({}), (QStringList{QStringLiteral("1001"), QStringLiteral("1004"), QStringLiteral("1002"),
                                    QStringLiteral("1003")}))
        << "Ávila sorts with the A's";
}

TEST_F(StudentQueryTest, SearchIgnoresCaseAndAccentsAndMatchesIds)
{
    StudentFilter filter;
    filter.search = QStringLiteral("jose munoz");
    EXPECT_EQ(ids(filter), QStringList{QStringLiteral("1003")});
    filter.search = QStringLiteral("MUÑ");
    EXPECT_EQ(ids(filter), QStringList{QStringLiteral("1003")});
    filter.search = QStringLiteral("1004");
    EXPECT_EQ(ids(filter), QStringList{QStringLiteral("1004")});
    filter.search = QStringLiteral("100%");
    EXPECT_EQ(StudentQuery(*m_store).count(filter), 0) << "% is a character, not a wildcard";
}

TEST_F(StudentQueryTest, FiltersNarrowInSql)
{
    StudentFilter filter;
    filter.elStatus = QStringLiteral("EL");
    EXPECT_EQ(StudentQuery(*m_store).count(filter), 2);
    filter.grade = QStringLiteral("K");
    EXPECT_EQ(ids(filter), QStringList{QStringLiteral("1003")});

    StudentFilter iep;
    iep.flag = StudentFilter::Flag::Iep;
    EXPECT_EQ(ids(iep), QStringList{QStringLiteral("1003")});
    iep.includeWithdrawn = true;
    EXPECT_EQ(StudentQuery(*m_store).count(iep), 2);

    StudentFilter language;
    language.homeLanguage = QStringLiteral("es");
    EXPECT_EQ(StudentQuery(*m_store).count(language), 2);
    EXPECT_EQ(StudentQuery(*m_store).homeLanguages().first(), QStringLiteral("es"));
}

TEST_F(StudentQueryTest, SortsGradesInSchoolOrderAndPages)
{
    StudentSort byGrade{StudentColumn::Grade, false};
    EXPECT_EQ(ids({}, byGrade), (QStringList{QStringLiteral("1002"), QStringLiteral("1003"),
                                             QStringLiteral("1001"), QStringLiteral("1004")}))
        << "TK before K before 3";
    StudentSort byAttendance{StudentColumn::AttendanceRate, true};
    EXPECT_EQ(ids({}, byAttendance, 1, 2), (QStringList{QStringLiteral("1001"), QStringLiteral("1003")}));
}

TEST_F(StudentQueryTest, ReportsTheProgramStatus)
{
    const auto group = addGroup(*m_store, QStringLiteral("g"), 4);
    enroll(*m_store, m_store->db().queryInteger("SELECT id FROM students WHERE sourced_id = '1004'"), group,
           QStringLiteral("e"));
    StudentFilter filter;
    filter.search = QStringLiteral("Hakobyan");
    const auto rows = StudentQuery(*m_store).page(filter, {}, 0, 10);
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0].program, QStringLiteral("active"));
    EXPECT_EQ(rows[0].homeLanguage, QStringLiteral("hy"));
    EXPECT_DOUBLE_EQ(*rows[0].attendanceRate, 99.0);
}

TEST_F(StudentQueryTest, FiltersByTierAndProgramStatus)
{
    m_store->db().run(
        "UPDATE students SET need_score = 72.5, need_tier = 3 WHERE sourced_id IN ('1003', '1005')");
    m_store->db().run("UPDATE students SET need_score = 41, need_tier = 2 WHERE sourced_id = '1001'");
    const auto idOf = [this](const char* districtId) {
        return m_store->db().queryInteger("SELECT id FROM students WHERE sourced_id = ?", districtId);
    };
    const auto group = addGroup(*m_store, QStringLiteral("g"), 4);
    enroll(*m_store, idOf("1003"), group, QStringLiteral("e1"));
    m_store->db().run("INSERT INTO enrollments (sourced_id, student_id, subject, tier, status, status_since)"
                      " VALUES ('e2', ?, 'math', 2, 'waitlisted', '2026-09-02')",
                      idOf("1001"));

    StudentFilter tier3;
    tier3.tier = 3;
    EXPECT_EQ(ids(tier3), QStringList{QStringLiteral("1003")}) << "1005 has withdrawn";
    tier3.includeWithdrawn = true;
    EXPECT_EQ(StudentQuery(*m_store).count(tier3), 2);
    StudentFilter tier2;
    tier2.tier = 2;
    EXPECT_EQ(ids(tier2), QStringList{QStringLiteral("1001")});

    StudentFilter waitlisted;
    waitlisted.program = QStringLiteral("waitlisted");
    EXPECT_EQ(ids(waitlisted), QStringList{QStringLiteral("1001")});
    EXPECT_EQ(StudentQuery(*m_store).count(waitlisted), 1);
    StudentFilter active;
    active.program = QStringLiteral("active");
    active.tier = 3;
    EXPECT_EQ(ids(active), QStringList{QStringLiteral("1003")});
    active.tier = 2;
    EXPECT_EQ(StudentQuery(*m_store).count(active), 0) << "the filters combine";
    StudentFilter none;
    none.program = QStringLiteral("none");
    EXPECT_EQ(ids(none), (QStringList{QStringLiteral("1004"), QStringLiteral("1002")}));
    none.program = QStringLiteral("x' OR 1=1 --");
    EXPECT_EQ(StudentQuery(*m_store).count(none), 0) << "a value, never SQL";

    StudentSort byTier{StudentColumn::Tier, true};
    EXPECT_EQ(ids({}, byTier).first(), QStringLiteral("1003"));
}

} // namespace
} // namespace tutordesk::test
