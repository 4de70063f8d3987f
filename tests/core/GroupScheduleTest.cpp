// A group's pattern and the sessions it generates: school days only, minimum days shortened, history kept
// when the pattern changes, calendar changes applied to the future, and the demo school in agreement.
#include "schedule/GroupSchedule.h"

#include "GroupFixtures.h"
#include "demo/DemoSchool.h"
#include "schedule/Groups.h"
#include "schedule/ScheduleQuery.h"
#include "schedule/SchoolCalendar.h"

#include <QUuid>

#include <gtest/gtest.h>

namespace tutordesk::test {
namespace {

const QString readingA = QStringLiteral("Reading · Grades 3–4 · Tier 2 · A");

class GroupScheduleTest : public ScheduleSchoolTest {
protected:
    GroupSchedule::Saved save(const GroupRecord& group, const QDate& from)
    {
        auto saved = GroupSchedule::save(*store, group, from);
        EXPECT_TRUE(saved.ok()) << (saved.ok() ? std::string() : saved.error().message.toStdString());
        return saved.ok() ? saved.value() : GroupSchedule::Saved{};
    }
};

TEST_F(GroupScheduleTest, SessionsMeetOnSchoolDaysOnlyAndMinimumDaysAreShorter)
{
    addCalendarDay(*store, day(2026, 9, 16), "holiday", QStringLiteral("Yom Kippur"));
    for (int d = 21; d <= 25; ++d)
        addCalendarDay(*store, day(2026, 9, d), "break", QStringLiteral("Fall recess"));
    addCalendarDay(*store, day(2026, 9, 30), "minimum_day", QStringLiteral("Parent conferences"));
    GroupRecord group = groupFor(ana, readingA, monday | wednesday | saturday);
    group.endDay = day(2026, 10, 7);

    const auto saved = save(group, day(2026, 9, 1));
    const auto sessions = sessionsOf(*store, saved.id);
    // Not the holiday (16th), not the break (21st, 23rd), no Saturdays, nothing before the start day or
    // after the end day; the minimum day keeps its session at 30 minutes.
    const std::vector<QDate> expected = {day(2026, 9, 14), day(2026, 9, 28), day(2026, 9, 30),
                                         day(2026, 10, 5), day(2026, 10, 7)};
    EXPECT_EQ(daysOf(sessions), expected);
    ASSERT_EQ(sessions.size(), 5u);
    for (const SessionRow& s : sessions) {
        EXPECT_EQ(s.start, QStringLiteral("10:00"));
        EXPECT_EQ(s.minutes, s.day == day(2026, 9, 30) ? 30 : 45)
            << s.day.toString(Qt::ISODate).toStdString();
        EXPECT_EQ(s.status, QStringLiteral("scheduled"));
        EXPECT_EQ(s.kind, QStringLiteral("regular"));
        EXPECT_EQ(s.tutorId, ana);
        EXPECT_FALSE(QUuid::fromString(s.sourcedId).isNull());
    }
    EXPECT_EQ(saved.changes.added, 5);
    EXPECT_EQ(saved.changes.removed + saved.changes.changed, 0);

    // A planned group given a tutor and a full pattern starts running.
    const auto stored = Groups::find(*store, saved.id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->status, QStringLiteral("active"));
    EXPECT_EQ(stored->name, readingA);
    EXPECT_EQ(stored->weekdays, monday | wednesday | saturday);
    EXPECT_EQ(stored->startsAt, QTime(10, 0));
}

TEST_F(GroupScheduleTest, PlanStaysInsideTheGroupsDatesAndTheSchoolYear)
{
    const SchoolCalendar calendar(day(2026, 8, 10), day(2027, 6, 4), {});
    GroupRecord group = groupFor(ana, readingA, monday);
    group.startDay = day(2026, 7, 1);
    group.endDay = day(2027, 12, 31);
    auto planned = GroupSchedule::plan(group, calendar, 30, day(2026, 1, 1));
    ASSERT_FALSE(planned.empty());
    EXPECT_EQ(planned.front().day, day(2026, 8, 10)); // the first day of school, a Monday
    EXPECT_EQ(planned.back().day, day(2027, 5, 31));  // the last Monday of the year
    EXPECT_EQ(planned.front().minutes, 45);

    planned = GroupSchedule::plan(group, calendar, 30, day(2026, 11, 4));
    ASSERT_FALSE(planned.empty());
    EXPECT_EQ(planned.front().day, day(2026, 11, 9));

    GroupRecord ended = group;
    ended.status = QStringLiteral("ended");
    EXPECT_TRUE(GroupSchedule::plan(ended, calendar, 30, day(2026, 8, 1)).empty());
    GroupRecord noTutor = group;
    noTutor.tutorId.reset();
    EXPECT_TRUE(GroupSchedule::plan(noTutor, calendar, 30, day(2026, 8, 1)).empty());
    GroupRecord noTime = group;
    noTime.startsAt = QTime();
    EXPECT_TRUE(GroupSchedule::plan(noTime, calendar, 30, day(2026, 8, 1)).empty());
}

TEST_F(GroupScheduleTest, AGroupWithoutAFullPatternStaysPlannedWithoutSessions)
{
    GroupRecord group = groupFor(ana, readingA, 0);
    const auto saved = save(group, day(2026, 9, 1));
    EXPECT_TRUE(sessionsOf(*store, saved.id).empty());
    EXPECT_EQ(Groups::find(*store, saved.id)->status, QStringLiteral("planned"));
}

TEST_F(GroupScheduleTest, APatternChangeMovesTheFutureAndKeepsHistory)
{
    GroupRecord group = groupFor(ana, readingA, monday | wednesday);
    const auto first = save(group, day(2026, 9, 1));
    group.id = first.id;
    group = *Groups::find(*store, first.id);
    ASSERT_EQ(sessionsOf(*store, group.id).size(), 14u);
    const std::int64_t luis =
        addPerson(*store, QStringLiteral("1002345"), QStringLiteral("Luis"), QStringLiteral("Ortiz"));
    seat(*store, luis, group.id);

    const auto idOn = [&](const QDate& d) {
        return store->db().queryInteger("SELECT id FROM sessions WHERE group_id = ? AND day = ?", group.id,
                                        d);
    };
    // Held with attendance, held without, cancelled for the weather ahead, and attendance taken early on a
    // Wednesday the new pattern drops.
    Database& db = store->db();
    db.run("UPDATE sessions SET status = 'held' WHERE id = ?", idOn(day(2026, 9, 14)));
    db.run("INSERT INTO attendance (sourced_id, session_id, student_id, status, minutes) VALUES ('A-1', ?, ?,"
           " 'present', 45)",
           idOn(day(2026, 9, 14)), luis);
    db.run("UPDATE sessions SET status = 'held' WHERE id = ?", idOn(day(2026, 9, 16)));
    db.run("UPDATE sessions SET status = 'cancelled', cancel_reason = 'weather' WHERE id = ?",
           idOn(day(2026, 10, 5)));
    db.run("INSERT INTO attendance (sourced_id, session_id, student_id, status, minutes) VALUES ('A-2', ?, ?,"
           " 'present', 45)",
           idOn(day(2026, 10, 14)), luis);
    const auto before = sessionsOf(*store, group.id);
    std::vector<QString> dropped;
    for (const SessionRow& s : before) {
        if (s.day >= day(2026, 10, 1) && s.day.dayOfWeek() == 3 && s.day != day(2026, 10, 14))
            dropped.push_back(s.sourcedId);
    }

    // From Thursday 1 October: Mondays and Thursdays at 11:00 for 30 minutes.
    group.weekdays = monday | thursday;
    group.startsAt = QTime(11, 0);
    group.minutes = 30;
    const auto changed = save(group, day(2026, 10, 1));

    EXPECT_EQ(changed.changes.changed, 4); // Mondays 5, 12, 19, 26 October, in place
    EXPECT_EQ(changed.changes.removed, 3); // Wednesdays 7, 21, 28 October
    EXPECT_EQ(changed.changes.added, 5);   // Thursdays 1, 8, 15, 22, 29 October
    EXPECT_EQ(changed.changes.kept, 7);    // six sessions before the change and the one with attendance

    const auto after = sessionsOf(*store, group.id);
    for (const SessionRow& old : before) {
        // By sourced id: SQLite may hand a deleted row's id to a new one.
        const auto now = std::find_if(after.begin(), after.end(),
                                      [&](const SessionRow& s) { return s.sourcedId == old.sourcedId; });
        if (old.day < day(2026, 10, 1) || old.day == day(2026, 10, 14)) {
            ASSERT_NE(now, after.end()) << old.day.toString(Qt::ISODate).toStdString();
            EXPECT_EQ(now->start, QStringLiteral("10:00"));
            EXPECT_EQ(now->minutes, 45);
            EXPECT_EQ(now->status, old.status);
        } else if (old.day.dayOfWeek() == 1) {
            ASSERT_NE(now, after.end()) << old.day.toString(Qt::ISODate).toStdString();
            EXPECT_EQ(now->start, QStringLiteral("11:00"));
            EXPECT_EQ(now->minutes, 30);
            EXPECT_EQ(now->status, old.status);
            EXPECT_EQ(now->cancelReason, old.cancelReason);
            EXPECT_EQ(now->id, old.id);
        } else {
            EXPECT_EQ(now, after.end()) << old.day.toString(Qt::ISODate).toStdString();
        }
    }
    const auto cancelled = std::find_if(after.begin(), after.end(),
                                        [&](const SessionRow& s) { return s.day == day(2026, 10, 5); });
    ASSERT_NE(cancelled, after.end());
    EXPECT_EQ(cancelled->status, QStringLiteral("cancelled"));
    EXPECT_EQ(cancelled->cancelReason, QStringLiteral("weather"));
    for (int d : {1, 8, 15, 22, 29}) {
        const auto added = std::find_if(after.begin(), after.end(),
                                        [&](const SessionRow& s) { return s.day == day(2026, 10, d); });
        ASSERT_NE(added, after.end()) << d;
        EXPECT_EQ(added->start, QStringLiteral("11:00"));
        EXPECT_EQ(added->status, QStringLiteral("scheduled"));
    }
    EXPECT_EQ(after.size(), 16u);
    EXPECT_EQ(count(*store, "SELECT count(*) FROM attendance"), 2);
    for (const QString& id : dropped)
        EXPECT_EQ(db.queryInteger(
                      "SELECT count(*) FROM tombstones WHERE table_name = 'sessions' AND sourced_id = ?", id),
                  1)
            << id.toStdString();
}

TEST_F(GroupScheduleTest, ANewTutorTakesOverFromTheChangeOnly)
{
    const std::int64_t ben = addTutor(*store, benLee());
    GroupRecord group = groupFor(ana, readingA, tuesday | thursday);
    group = *Groups::find(*store, save(group, day(2026, 9, 1)).id);
    const QString exportId = group.sourcedId;
    group.tutorId = ben;
    group.sourcedId.clear(); // an editor that does not carry the id keeps it all the same
    const auto changed = save(group, day(2026, 10, 1));
    EXPECT_EQ(Groups::find(*store, group.id)->sourcedId, exportId);
    EXPECT_EQ(changed.changes.added + changed.changes.removed, 0);
    EXPECT_GT(changed.changes.changed, 0);
    for (const SessionRow& s : sessionsOf(*store, group.id))
        EXPECT_EQ(s.tutorId, s.day < day(2026, 10, 1) ? ana : ben)
            << s.day.toString(Qt::ISODate).toStdString();
}

TEST_F(GroupScheduleTest, ACalendarChangeMovesOnlyFutureSessions)
{
    const auto saved = save(groupFor(ana, readingA, monday), day(2026, 9, 1));
    ASSERT_EQ(sessionsOf(*store, saved.id).size(), 7u);
    // A holiday added on a past Monday and on a future one, and a minimum day ahead.
    addCalendarDay(*store, day(2026, 9, 21), "holiday", QStringLiteral("Staff day"));
    addCalendarDay(*store, day(2026, 10, 12), "holiday", QStringLiteral("Indigenous Peoples' Day"));
    addCalendarDay(*store, day(2026, 10, 19), "minimum_day");

    const SessionChanges changes = GroupSchedule::regenerateAll(*store, day(2026, 10, 1));
    EXPECT_EQ(changes.removed, 1);
    EXPECT_EQ(changes.changed, 1);
    EXPECT_EQ(changes.added, 0);
    const auto sessions = sessionsOf(*store, saved.id);
    const std::vector<QDate> expected = {day(2026, 9, 14), day(2026, 9, 21),  day(2026, 9, 28),
                                         day(2026, 10, 5), day(2026, 10, 19), day(2026, 10, 26)};
    EXPECT_EQ(daysOf(sessions), expected);
    EXPECT_EQ(sessions[4].minutes, 30);

    // Back to an ordinary day: the session returns; nothing else moves.
    store->db().run("DELETE FROM calendar_days WHERE day = '2026-10-12'");
    const SessionChanges back = GroupSchedule::regenerate(*store, saved.id, day(2026, 10, 1));
    EXPECT_EQ(back.added, 1);
    EXPECT_EQ(back.removed + back.changed, 0);
    EXPECT_EQ(sessionsOf(*store, saved.id).size(), 7u);
}

TEST_F(GroupScheduleTest, EndingAGroupRemovesItsFutureSessions)
{
    GroupRecord group = groupFor(ana, readingA, monday);
    group = *Groups::find(*store, save(group, day(2026, 9, 1)).id);
    group.status = QStringLiteral("ended");
    const auto ended = save(group, day(2026, 10, 1));
    EXPECT_EQ(ended.changes.removed, 4);
    EXPECT_EQ(daysOf(sessionsOf(*store, group.id)),
              (std::vector<QDate>{day(2026, 9, 14), day(2026, 9, 21), day(2026, 9, 28)}));
}

TEST_F(GroupScheduleTest, SavingTheSameGroupAgainChangesNothing)
{
    GroupRecord group = groupFor(ana, readingA, monday | wednesday | friday);
    group = *Groups::find(*store, save(group, day(2026, 9, 1)).id);
    const auto again = save(group, day(2026, 9, 1));
    EXPECT_FALSE(again.changes.any());
    EXPECT_EQ(again.changes.kept, 0);
}

TEST_F(GroupScheduleTest, ListsAndMembers)
{
    const auto math =
        save(groupFor(ana, QStringLiteral("Math · Grades 3–4 · Tier 2 · A"), monday, QTime(8, 0)),
             day(2026, 9, 1));
    GroupRecord mathGroup = *Groups::find(*store, math.id);
    mathGroup.subject = QStringLiteral("math");
    save(mathGroup, day(2026, 9, 1));
    const auto readingB =
        save(groupFor(ana, QStringLiteral("Reading · Grades 3–4 · Tier 2 · B"), tuesday), day(2026, 9, 1));
    const auto reading = save(groupFor(ana, readingA, wednesday), day(2026, 9, 1));
    GroupRecord endedGroup = *Groups::find(*store, readingB.id);
    endedGroup.status = QStringLiteral("ended");
    save(endedGroup, day(2026, 9, 1));

    auto listed = Groups::list(*store);
    ASSERT_EQ(listed.size(), 2u);
    EXPECT_EQ(listed[0].id, reading.id); // reading before math
    EXPECT_EQ(listed[1].id, math.id);
    listed = Groups::list(*store, true);
    ASSERT_EQ(listed.size(), 3u);
    EXPECT_EQ(listed[1].id, readingB.id);

    const auto zoe = addPerson(*store, QStringLiteral("1003"), QStringLiteral("Zoe"), QStringLiteral("Abad"));
    const auto luis =
        addPerson(*store, QStringLiteral("1002"), QStringLiteral("Luis"), QStringLiteral("Ortiz"));
    seat(*store, luis, reading.id);
    seat(*store, zoe, reading.id);
    store->db().run("UPDATE students SET preferred_name = 'Zo' WHERE id = ?", zoe);
    const auto members = Groups::members(*store, reading.id);
    ASSERT_EQ(members.size(), 2u);
    EXPECT_EQ(members[0].districtId, QStringLiteral("1003"));
    EXPECT_EQ(members[0].name, QStringLiteral("Zo Abad"));
    EXPECT_EQ(members[1].name, QStringLiteral("Luis Ortiz"));
}

// The demo generator and core's generation must agree: regenerating every group from the day after the
// demo's last generated day finds nothing to add, remove or change, before tutoring starts, in the fall
// and in the spring.
TEST(DemoScheduleTest, RegeneratingTheDemoSchoolChangesNothing)
{
    for (const QDate& through : {QDate(2026, 8, 20), QDate(2026, 11, 20), QDate(2027, 3, 12)}) {
        SCOPED_TRACE(through.toString(Qt::ISODate).toStdString());
        QTemporaryDir dir;
        auto store = openStore(dir.filePath(QStringLiteral("demo.tutordesk")));
        ASSERT_TRUE(store);
        DemoOptions options;
        options.seed = 3;
        options.through = through;
        const auto generated = generateDemoSchool(*store, options);
        ASSERT_TRUE(generated.ok()) << generated.error().message.toStdString();
        const QDate next = generated->through.addDays(1);
        const auto future = store->db().queryInteger("SELECT count(*) FROM sessions WHERE day >= ?", next);
        ASSERT_GT(future, 0);

        const SessionChanges changes = GroupSchedule::regenerateAll(*store, next);
        EXPECT_EQ(changes.added, 0);
        EXPECT_EQ(changes.removed, 0);
        EXPECT_EQ(changes.changed, 0);
        EXPECT_EQ(store->db().queryInteger("SELECT count(*) FROM sessions WHERE day >= ?", next), future);

        // And every demo group's pattern passes the editor's conflict check from that day on: no tutor,
        // student or room double-booked, every tutor available. (The demo keeps a few tutors whose
        // clearance has lapsed, for the Tutors page's warnings: saving their groups is refused until the
        // clearance is renewed, which is what a coordinator should see.)
        for (const GroupRecord& group : Groups::list(*store)) {
            auto conflicts = GroupSchedule::conflicts(*store, group, next);
            conflicts.erase(std::remove_if(conflicts.begin(), conflicts.end(),
                                           [](const ScheduleConflict& c) {
                                               return c.kind == ScheduleConflict::Kind::TutorNotCleared;
                                           }),
                            conflicts.end());
            EXPECT_TRUE(conflicts.empty())
                << group.name.toStdString() << ": " << ScheduleConflicts::summary(conflicts).toStdString();
        }
    }
}

} // namespace
} // namespace tutordesk::test
