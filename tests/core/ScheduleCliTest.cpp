// tutordesk-cli schedule as other tools read it: the JSON shape of DESIGN.md section 6.
#include "GroupFixtures.h"
#include "schedule/GroupSchedule.h"
#include "support/CliRun.h"

#include <QJsonArray>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace tutordesk::test {
namespace {

class ScheduleCliTest : public CliTestBase {
protected:
    // Reading A with Ana on Mondays and Wednesdays (two students), Math B with Ben on Tuesdays; Ben covers
    // Ana's Monday 14 September.
    void makeSchool()
    {
        auto store = openStore(dbPath());
        ASSERT_TRUE(store);
        createSchool(*store);
        const auto ana = addTutor(*store, TutorSpec{});
        const auto ben = addTutor(*store, TutorSpec{.id = QStringLiteral("T-2"),
                                                    .first = QStringLiteral("Ben"),
                                                    .last = QStringLiteral("Lee")});
        auto reading = GroupSchedule::save(
            *store, groupFor(ana, QStringLiteral("Reading A"), monday | wednesday), day(2026, 9, 1));
        ASSERT_TRUE(reading.ok()) << reading.error().message.toStdString();
        GroupRecord m = groupFor(ben, QStringLiteral("Math B"), tuesday, QTime(13, 0));
        m.subject = QStringLiteral("math");
        m.location = QStringLiteral("Library");
        ASSERT_TRUE(GroupSchedule::save(*store, m, day(2026, 9, 1)).ok());
        seat(*store,
             addPerson(*store, QStringLiteral("1002345"), QStringLiteral("Luis"), QStringLiteral("Ortiz")),
             reading->id);
        seat(*store, addPerson(*store, QStringLiteral("1003"), QStringLiteral("Zoe"), QStringLiteral("Abad")),
             reading->id);
        store->db().run(
            "UPDATE sessions SET substitute_tutor_id = ? WHERE group_id = ? AND day = '2026-09-14'", ben,
            reading->id);
        readingId = store->db().queryText("SELECT sourced_id FROM tutoring_groups WHERE id = ?", reading->id);
    }

    QString readingId;
};

TEST_F(ScheduleCliTest, JsonListsTheWeeksSessionsWithTheirStudents)
{
    makeSchool();
    const CliRun run =
        cli({QStringLiteral("--json"), QStringLiteral("schedule"), QStringLiteral("--from"),
             QStringLiteral("2026-09-14"), QStringLiteral("--to"), QStringLiteral("2026-09-20")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonArray sessions = cliJson(run).value(QLatin1String("sessions")).toArray();
    ASSERT_EQ(sessions.size(), 3);
    const QJsonObject monday = sessions[0].toObject();
    EXPECT_FALSE(monday.value(QLatin1String("id")).toString().isEmpty());
    EXPECT_EQ(monday.value(QLatin1String("group")).toString(), readingId);
    EXPECT_EQ(monday.value(QLatin1String("date")).toString(), QStringLiteral("2026-09-14"));
    EXPECT_EQ(monday.value(QLatin1String("start")).toString(), QStringLiteral("10:00"));
    EXPECT_EQ(monday.value(QLatin1String("minutes")).toInt(), 45);
    EXPECT_EQ(monday.value(QLatin1String("status")).toString(), QStringLiteral("scheduled"));
    EXPECT_EQ(monday.value(QLatin1String("tutor")).toString(),
              QStringLiteral("T-2")); // the substitute teaches
    EXPECT_EQ(monday.value(QLatin1String("substitute")).toString(), QStringLiteral("T-2"));
    EXPECT_EQ(monday.value(QLatin1String("groupName")).toString(), QStringLiteral("Reading A"));
    const QJsonArray students = monday.value(QLatin1String("students")).toArray();
    ASSERT_EQ(students.size(), 2);
    EXPECT_EQ(students[0].toString(), QStringLiteral("1003"));
    EXPECT_EQ(students[1].toString(), QStringLiteral("1002345"));

    const QJsonObject tuesday = sessions[1].toObject();
    EXPECT_EQ(tuesday.value(QLatin1String("date")).toString(), QStringLiteral("2026-09-15"));
    EXPECT_EQ(tuesday.value(QLatin1String("tutor")).toString(), QStringLiteral("T-2"));
    EXPECT_TRUE(tuesday.value(QLatin1String("students")).toArray().isEmpty());
    EXPECT_EQ(sessions[2].toObject().value(QLatin1String("tutor")).toString(), QStringLiteral("T-1"));

    // One tutor's week: her sessions, the Monday Ben covers included.
    const CliRun ana = cli({QStringLiteral("schedule"), QStringLiteral("--json"), QStringLiteral("--from"),
                            QStringLiteral("2026-09-14"), QStringLiteral("--tutor"), QStringLiteral("T-1")});
    ASSERT_EQ(ana.exitCode, 0) << ana.err.toStdString();
    EXPECT_EQ(cliJson(ana).value(QLatin1String("sessions")).toArray().size(),
              2); // hers to see: both Reading days
}

TEST_F(ScheduleCliTest, TextShowsTheWeekByDay)
{
    makeSchool();
    const CliRun run =
        cli({QStringLiteral("schedule"), QStringLiteral("--from"), QStringLiteral("2026-09-14"),
             QStringLiteral("--to"), QStringLiteral("2026-09-16")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("10:00–10:45"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("Reading A")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("Ben Lee (for Ana Kim)")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("1002345")));
}

TEST_F(ScheduleCliTest, BadDatesAreUsageErrorsAndUnknownTutorsRefused)
{
    makeSchool();
    CliRun run = cli({QStringLiteral("schedule"), QStringLiteral("--from"), QStringLiteral("14/09/2026")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("14/09/2026")));
    run = cli({QStringLiteral("schedule"), QStringLiteral("--from"), QStringLiteral("2026-09-20"),
               QStringLiteral("--to"), QStringLiteral("2026-09-14")});
    EXPECT_EQ(run.exitCode, 2);
    run = cli({QStringLiteral("schedule"), QStringLiteral("--tutor"), QStringLiteral("T-404")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("T-404")));
    run = cli({QStringLiteral("--json"), QStringLiteral("schedule")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(cliJson(run).value(QLatin1String("sessions")).isArray());
}

} // namespace
} // namespace tutordesk::test
