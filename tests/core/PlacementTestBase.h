#pragma once

// The placement tests' school: a fixture that seeds students, benchmarks and groups, and reads
// the tables back for "nothing changed" checks.
#include "PlacementFixtures.h"
#include "placement/NeedScore.h"
#include "placement/Placement.h"
#include "store/StoreError.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>

namespace tutordesk::test {

const QDate placementDay(2026, 9, 14);

class PlacementTest : public TempDirTest {
protected:
    void SetUp() override
    {
        m_store = openStore(dbPath());
        ASSERT_TRUE(m_store);
        createSchool(*m_store);
    }

    Store& store() { return *m_store; }

    // A student behind in one subject; below 95% attendance adds 1.5 points a percentage point.
    std::int64_t behind(const QString& id, const QString& grade, int levels, const char* subject = "reading",
                        double attendance = 97.0)
    {
        const auto student =
            addStudent(store(), StudentSpec{.id = id, .grade = grade, .attendance = attendance});
        addBenchmark(store(), student, subject, levels);
        return student;
    }

    // Six third graders two levels behind in reading; lower attendance, higher need: 3001 first.
    void sixThirdGraders()
    {
        for (int i = 0; i < 6; ++i)
            behind(QString::number(3001 + i), QStringLiteral("3"), 2, "reading", 90.0 + i);
    }

    PlacementResult place(bool dryRun = false)
    {
        auto placed = Placement::place(store(), dryRun, placementDay);
        EXPECT_TRUE(placed.ok()) << (placed.ok() ? "" : placed.error().message.toStdString());
        return placed.ok() ? placed.value() : PlacementResult{};
    }

    void budget(int seats) { ASSERT_TRUE(Placement::setSeatBudget(store(), seats).ok()); }

    static QStringList studentsOf(const PlacedGroup& g)
    {
        QStringList out;
        for (const PlacedStudent& s : g.students)
            out << s.districtId;
        return out;
    }

    static QStringList waiting(const PlacementResult& r)
    {
        QStringList out;
        for (const WaitlistEntry& w : r.waitlist)
            out << w.student.districtId;
        return out;
    }

    static const PlacedGroup* named(const PlacementResult& r, const QString& name)
    {
        for (const PlacedGroup& g : r.groups) {
            if (g.name == name)
                return &g;
        }
        return nullptr;
    }

    QString enrollmentOf(const QString& student, const char* subject = "reading")
    {
        return store().db().queryText(
            "SELECT e.sourced_id FROM enrollments e JOIN students s ON s.id = e.student_id"
            " WHERE s.sourced_id = ? AND e.subject = ? ORDER BY e.id DESC",
            student, subject);
    }

    std::int64_t groupId(const QString& name)
    {
        return store().db().queryInteger("SELECT id FROM tutoring_groups WHERE name = ?", name);
    }

    // Everything a placement may write.
    QStringList everything()
    {
        QStringList all = rowsOf(store(), "SELECT * FROM enrollments ORDER BY id");
        all << rowsOf(store(), "SELECT * FROM tutoring_groups ORDER BY id");
        all << rowsOf(
            store(),
            "SELECT id, need_score, need_tier, need_breakdown, updated_at FROM students ORDER BY id");
        all << rowsOf(store(), "SELECT * FROM audit_log ORDER BY id");
        all << rowsOf(store(), "SELECT * FROM audit_context");
        all << rowsOf(store(), "SELECT * FROM settings ORDER BY key");
        return all;
    }

private:
    std::unique_ptr<Store> m_store;
};

const QString reading34Tier2A = QStringLiteral("Reading \u00b7 Grades 3\u20134 \u00b7 Tier 2 \u00b7 A");
const QString reading34Tier3A = QStringLiteral("Reading \u00b7 Grades 3\u20134 \u00b7 Tier 3 \u00b7 A");
const QString reading34Tier3B = QStringLiteral("Reading \u00b7 Grades 3\u20134 \u00b7 Tier 3 \u00b7 B");

} // namespace tutordesk::test
