// What makes a session impossible: the tutor, a student or the room already taken, the tutor unavailable,
// out or not cleared. A group's pattern that conflicts is refused whole, naming both sides, with nothing
// written.
#include "schedule/ScheduleConflicts.h"

#include "GroupFixtures.h"
#include "schedule/Clearances.h"
#include "schedule/GroupSchedule.h"
#include "schedule/Groups.h"
#include "schedule/Tutors.h"

#include <gtest/gtest.h>

namespace tutordesk::test {
namespace {

const QString readingA = QStringLiteral("Reading · Grades 3–4 · Tier 2 · A");
const QString mathB = QStringLiteral("Math · Grades 3–4 · Tier 2 · B");

class ScheduleConflictsTest : public ScheduleSchoolTest {
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(ScheduleSchoolTest::SetUp());
        ben = addTutor(*store, benLee());
        // Reading A: Ana, Mondays and Wednesdays 10:00–10:45 in Room 12, 14 September to 30 October.
        auto saved =
            GroupSchedule::save(*store, groupFor(ana, readingA, monday | wednesday), day(2026, 9, 1));
        ASSERT_TRUE(saved.ok()) << saved.error().message.toStdString();
        groupA = saved->id;
        luis = addPerson(*store, QStringLiteral("1002345"), QStringLiteral("Luis"), QStringLiteral("Ortiz"));
        seat(*store, luis, groupA);
    }

    // Math B with Ben in the library, saved without a pattern first (so that students can be seated).
    GroupRecord mathGroup()
    {
        GroupRecord g = groupFor(ben, mathB, 0);
        g.subject = QStringLiteral("math");
        g.location = QStringLiteral("Library");
        auto saved = GroupSchedule::save(*store, g, day(2026, 9, 1));
        EXPECT_TRUE(saved.ok()) << saved.error().message.toStdString();
        return *Groups::find(*store, saved->id);
    }

    // Saving `group` is refused with a message holding every one of `words`, and nothing changes.
    void expectRefused(const GroupRecord& group, const QStringList& words)
    {
        const auto groupsBefore = count(*store, "SELECT count(*) FROM tutoring_groups");
        const auto sessionsBefore = count(*store, "SELECT count(*) FROM sessions");
        const QString rowBefore = store->db().queryText(
            "SELECT weekdays || starts_at || tutor_id || location || cap FROM tutoring_groups"
            " WHERE id = ?",
            group.id);
        const auto saved = GroupSchedule::save(*store, group, day(2026, 9, 1));
        ASSERT_FALSE(saved.ok());
        for (const QString& word : words)
            EXPECT_TRUE(saved.error().message.contains(word))
                << "missing \"" << word.toStdString() << "\" in: " << saved.error().message.toStdString();
        EXPECT_EQ(count(*store, "SELECT count(*) FROM tutoring_groups"), groupsBefore);
        EXPECT_EQ(count(*store, "SELECT count(*) FROM sessions"), sessionsBefore);
        EXPECT_EQ(store->db().queryText("SELECT weekdays || starts_at || tutor_id || location || cap FROM"
                                        " tutoring_groups WHERE id = ?",
                                        group.id),
                  rowBefore);
    }

    std::int64_t ben = 0;
    std::int64_t groupA = 0;
    std::int64_t luis = 0;
};

TEST_F(ScheduleConflictsTest, ATutorCannotTeachTwoGroupsAtOnce)
{
    GroupRecord clash = groupFor(ana, mathB, monday, QTime(10, 30));
    clash.location = QStringLiteral("Room 3");
    expectRefused(clash, {QStringLiteral("Ana Kim already teaches"), readingA,
                          ScheduleText::day(day(2026, 9, 14)), QStringLiteral("10:00–10:45")});
    // The time right after is free.
    clash.startsAt = QTime(10, 45);
    EXPECT_TRUE(GroupSchedule::save(*store, clash, day(2026, 9, 1)).ok());
}

TEST_F(ScheduleConflictsTest, AStudentCannotBeInTwoGroupsAtOnce)
{
    GroupRecord math = mathGroup();
    seat(*store, luis, math.id);
    math.weekdays = wednesday;
    math.startsAt = QTime(9, 30);
    expectRefused(math,
                  {QStringLiteral("Luis Ortiz (1002345)"), readingA, ScheduleText::day(day(2026, 9, 16))});
    math.startsAt = QTime(8, 30);
    EXPECT_TRUE(GroupSchedule::save(*store, math, day(2026, 9, 1)).ok());
}

TEST_F(ScheduleConflictsTest, ARoomHoldsOneGroupAtATime)
{
    GroupRecord math = mathGroup();
    math.location = QStringLiteral(" room 12 "); // rooms match trimmed, whatever the case
    math.weekdays = monday;
    math.startsAt = QTime(10, 0);
    expectRefused(math, {QStringLiteral("room 12 is taken by"), readingA});
    // A virtual group's place is a link, not a room.
    math.deliveryModel = QStringLiteral("virtual");
    EXPECT_TRUE(GroupSchedule::conflicts(*store, math, day(2026, 9, 1)).empty());
    math.deliveryModel = QStringLiteral("pull_out");
    math.location = QStringLiteral("https://meet.example.org/room12");
    EXPECT_TRUE(GroupSchedule::conflicts(*store, math, day(2026, 9, 1)).empty());
}

TEST_F(ScheduleConflictsTest, ARecurringClashIsOneConflictNamingItsWeekdays)
{
    // Reading C: Ana, Mondays and Thursdays 11:00–11:45 in Room 12.
    const QString readingC = QStringLiteral("Reading · Grades 3–4 · Tier 2 · C");
    const auto saved = GroupSchedule::save(*store, groupFor(ana, readingC, monday | thursday, QTime(11, 0)),
                                           day(2026, 9, 1));
    ASSERT_TRUE(saved.ok()) << saved.error().message.toStdString();
    const auto dates = sessionsOf(*store, saved->id);
    ASSERT_GT(dates.size(), 2u);

    // Math B with Ana, Monday to Thursday at 11:00 in the same room: her and the room taken twice a week.
    GroupRecord clash = groupFor(ana, mathB, monday | tuesday | wednesday | thursday, QTime(11, 0));
    const auto conflicts = GroupSchedule::conflicts(*store, clash, day(2026, 9, 1));
    ASSERT_EQ(conflicts.size(), 2u) << ScheduleConflicts::summary(conflicts).toStdString();
    const QString first = ScheduleText::day(dates.front().day);
    const QString count = QStringLiteral("(%1 dates from %2)").arg(dates.size()).arg(first);
    EXPECT_EQ(conflicts[0].kind, ScheduleConflict::Kind::TutorBusy);
    EXPECT_EQ(
        conflicts[0].message,
        u("Ana Kim already teaches %1 on Mondays and Thursdays at 11:00–11:45 %2.").arg(readingC, count));
    EXPECT_EQ(conflicts[1].kind, ScheduleConflict::Kind::RoomBusy);
    EXPECT_EQ(conflicts[1].message,
              u("Room 12 is taken by %1 on Mondays and Thursdays at 11:00–11:45 %2.").arg(readingC, count));
    for (const ScheduleConflict& c : conflicts) {
        EXPECT_EQ(c.day, dates.front().day);
        EXPECT_EQ(c.dates, static_cast<int>(dates.size()));
    }
    // The refusal lists the same lines; check() still finds the clash on every date (cover needs them).
    expectRefused(clash, {conflicts[0].message, conflicts[1].message});
    std::vector<SlotRequest> slots;
    for (const SessionRow& row : dates)
        slots.push_back({row.day, QTime(11, 0), 45, ana, 0, QStringLiteral("Room 12"), {}});
    EXPECT_EQ(ScheduleConflicts::check(*store, slots).size(), 2 * dates.size());
}

TEST_F(ScheduleConflictsTest, AClashOnOneDateKeepsItsDate)
{
    // A make-up of Reading A on Thursday 17 September at 11:00, the only Thursday session Ana has.
    const QDate thursday17 = day(2026, 9, 17);
    store->db().run("INSERT INTO sessions (sourced_id, group_id, day, starts_at, minutes, kind, status,"
                    " makeup_for, tutor_id) SELECT 'MK-1', group_id, ?, '11:00', 30, 'makeup', 'scheduled',"
                    " id, tutor_id FROM sessions WHERE group_id = ? ORDER BY day LIMIT 1",
                    thursday17, groupA);
    GroupRecord clash = groupFor(ana, mathB, tuesday | thursday, QTime(11, 15));
    clash.location = QStringLiteral("Room 3");
    const auto conflicts = GroupSchedule::conflicts(*store, clash, day(2026, 9, 1));
    ASSERT_EQ(conflicts.size(), 1u) << ScheduleConflicts::summary(conflicts).toStdString();
    EXPECT_EQ(conflicts[0].kind, ScheduleConflict::Kind::TutorBusy);
    EXPECT_EQ(conflicts[0].day, thursday17);
    EXPECT_EQ(conflicts[0].dates, 1);
    EXPECT_EQ(conflicts[0].message, QStringLiteral("Ana Kim already teaches %1 on %2 at 11:00–11:30.")
                                        .arg(readingA, ScheduleText::day(thursday17)));
}

TEST_F(ScheduleConflictsTest, CondensingKeepsOtherConflictsAndOrdersByFirstDate)
{
    auto clash = [](const QDate& d, const QString& key, const QTime& start, int minutes = 45) {
        return ScheduleConflict(ScheduleConflict::Kind::StudentBusy, d,
                                QStringLiteral("dated %1").arg(d.toString(Qt::ISODate)),
                                {key, QStringLiteral("Luis Ortiz (1002345)"), readingA, start, minutes});
    };
    const ScheduleConflict unavailable(ScheduleConflict::Kind::TutorUnavailable, day(2026, 9, 15),
                                       QStringLiteral("not available"));
    const auto condensed = ScheduleConflicts::condense({
        clash(day(2026, 9, 14), QStringLiteral("a"), QTime(10, 0)), unavailable,
        clash(day(2026, 9, 16), QStringLiteral("a"), QTime(10, 0)),
        clash(day(2026, 9, 16), QStringLiteral("a"), QTime(9, 0)), // another time: another clash
        clash(day(2026, 9, 21), QStringLiteral("a"), QTime(10, 0)),
        clash(day(2026, 9, 23), QStringLiteral("a"), QTime(10, 0), 30), // a minimum day: the same clash
        clash(day(2026, 9, 13), QStringLiteral("b"), QTime(10, 0)),     // out of order: sorted first
    });
    ASSERT_EQ(condensed.size(), 4u);
    EXPECT_EQ(condensed[0].message, QStringLiteral("dated 2026-09-13"));
    EXPECT_EQ(condensed[1].message,
              u("Luis Ortiz (1002345) is in %1 at the same time on Mondays and Wednesdays at 10:00–10:45"
                " (4 dates from %2).")
                  .arg(readingA, ScheduleText::day(day(2026, 9, 14))));
    EXPECT_EQ(condensed[1].dates, 4);
    EXPECT_EQ(condensed[2].message, QStringLiteral("not available"));
    EXPECT_EQ(condensed[3].message, QStringLiteral("dated 2026-09-16"));
}

TEST_F(ScheduleConflictsTest, ATutorIsOnlyBookedWhenAvailableOncePerWeekday)
{
    const auto eva = addTutor(*store, TutorSpec{.id = QStringLiteral("T-3"),
                                                .first = QStringLiteral("Eva"),
                                                .last = QStringLiteral("Díaz"),
                                                .availableFrom = QStringLiteral("08:00"),
                                                .availableTo = QStringLiteral("12:00")});
    GroupRecord late = groupFor(eva, mathB, wednesday | friday, QTime(15, 0));
    late.location = QStringLiteral("Room 4");
    const auto conflicts = GroupSchedule::conflicts(*store, late, day(2026, 9, 1));
    ASSERT_EQ(conflicts.size(), 2u); // one per weekday, not one per date
    EXPECT_EQ(conflicts[0].kind, ScheduleConflict::Kind::TutorUnavailable);
    EXPECT_EQ(conflicts[0].message,
              u("Eva Díaz is not available on Wednesdays at 15:00–15:45 (available 08:00–12:00)."));
    EXPECT_TRUE(conflicts[1].message.contains(QStringLiteral("Fridays")));
    expectRefused(late, {u("Eva Díaz is not available on Wednesdays")});
}

TEST_F(ScheduleConflictsTest, ATutorWhoseClearanceExpiredCannotBeAssigned)
{
    const auto eva = addTutor(*store, TutorSpec{.id = QStringLiteral("T-3"),
                                                .first = QStringLiteral("Eva"),
                                                .last = QStringLiteral("Stone"),
                                                .clearedUntil = day(2026, 9, 5)});
    GroupRecord group = groupFor(eva, mathB, tuesday, QTime(13, 0));
    group.location = QStringLiteral("Room 4");
    const auto tutor = Tutors::find(*store, eva);
    ASSERT_TRUE(tutor);
    const QString why = Clearances::refusal(*tutor, day(2026, 9, 14));
    ASSERT_FALSE(why.isEmpty());
    expectRefused(group, {why});
}

TEST_F(ScheduleConflictsTest, TheCapCannotGoBelowTheSeatsHeld)
{
    GroupRecord a = *Groups::find(*store, groupA);
    for (int i = 0; i < 2; ++i)
        seat(*store,
             addPerson(*store, QStringLiteral("200%1").arg(i), QStringLiteral("Kid"), QString::number(i)),
             groupA);
    a.cap = 2;
    expectRefused(a, {readingA, QStringLiteral("3 students")});
    a.cap = 3;
    EXPECT_TRUE(GroupSchedule::save(*store, a, day(2026, 9, 1)).ok());
}

TEST_F(ScheduleConflictsTest, InvalidGroupsAreRefusedWithTheFieldToChange)
{
    GroupRecord g = groupFor(ben, mathB, monday, QTime(13, 0));
    g.minutes = 300;
    expectRefused(g, {QStringLiteral("5 to 240 minutes")});
    g = groupFor(ben, mathB, monday, QTime(13, 0));
    g.startDay = day(2026, 11, 1);
    g.endDay = day(2026, 10, 1);
    expectRefused(g, {QStringLiteral("end day")});
    g = groupFor(ben, QStringLiteral("  "), monday, QTime(13, 0));
    expectRefused(g, {QStringLiteral("name")});
    g = groupFor(ben, mathB, monday, QTime(13, 0));
    g.cap = 5;
    expectRefused(g, {QStringLiteral("1 to 4")});
    g = groupFor(ben, mathB, monday, QTime(13, 0));
    g.tier = 4;
    expectRefused(g, {QStringLiteral("tier")});
    g = groupFor(ben, mathB, monday, QTime(13, 0));
    g.deliveryModel = QStringLiteral("carrier_pigeon");
    expectRefused(g, {QStringLiteral("delivery model")});
}

TEST_F(ScheduleConflictsTest, AnAbsenceDoesNotStopAPatternItsSessionsNeedCover)
{
    store->db().run("INSERT INTO tutor_absences (sourced_id, tutor_id, from_day, to_day, reason)"
                    " VALUES ('AB-1', ?, '2026-09-15', '2026-09-15', 'Sick')",
                    ben);
    GroupRecord g = groupFor(ben, mathB, tuesday, QTime(13, 0));
    g.location = QStringLiteral("Room 4");
    const auto saved = GroupSchedule::save(*store, g, day(2026, 9, 1));
    ASSERT_TRUE(saved.ok()) << saved.error().message.toStdString();
}

// ---------------------------------------------------------------- check() for a single slot

class SlotCheckTest : public ScheduleConflictsTest {
protected:
    SlotRequest slot(const QDate& d, const QTime& start, int minutes, std::optional<std::int64_t> tutor)
    {
        SlotRequest s;
        s.day = d;
        s.start = start;
        s.minutes = minutes;
        s.tutorId = tutor;
        return s;
    }
    std::int64_t sessionOn(const QDate& d)
    {
        return store->db().queryInteger("SELECT id FROM sessions WHERE group_id = ? AND day = ?", groupA, d);
    }
};

TEST_F(SlotCheckTest, TimesThatTouchDoNotOverlap)
{
    const QDate monday14 = day(2026, 9, 14);
    EXPECT_TRUE(ScheduleConflicts::tutorBusy(*store, ana, monday14, QTime(10, 44), 10));
    EXPECT_TRUE(ScheduleConflicts::tutorBusy(*store, ana, monday14, QTime(9, 30), 31));
    EXPECT_FALSE(ScheduleConflicts::tutorBusy(*store, ana, monday14, QTime(10, 45), 30));
    EXPECT_FALSE(ScheduleConflicts::tutorBusy(*store, ana, monday14, QTime(9, 30), 30));
    EXPECT_FALSE(ScheduleConflicts::tutorBusy(*store, ana, day(2026, 9, 15), QTime(10, 0), 30));
    EXPECT_FALSE(
        ScheduleConflicts::tutorBusy(*store, ana, monday14, QTime(10, 0), 30, {sessionOn(monday14)}));
    EXPECT_TRUE(ScheduleConflicts::check(*store, {slot(monday14, QTime(10, 45), 30, ana)}).empty());
}

TEST_F(SlotCheckTest, ASubstituteTakesTheSessionFromTheTutor)
{
    const QDate monday14 = day(2026, 9, 14);
    store->db().run("UPDATE sessions SET substitute_tutor_id = ? WHERE id = ?", ben, sessionOn(monday14));
    EXPECT_FALSE(ScheduleConflicts::tutorBusy(*store, ana, monday14, QTime(10, 0), 30));
    EXPECT_TRUE(ScheduleConflicts::tutorBusy(*store, ben, monday14, QTime(10, 0), 30));
    const auto conflicts = ScheduleConflicts::check(*store, {slot(monday14, QTime(10, 15), 30, ben)});
    ASSERT_EQ(conflicts.size(), 1u);
    EXPECT_EQ(conflicts[0].kind, ScheduleConflict::Kind::TutorBusy);
    EXPECT_TRUE(conflicts[0].message.contains(QStringLiteral("Ben Lee")));
    EXPECT_TRUE(conflicts[0].message.contains(readingA));
}

TEST_F(SlotCheckTest, CancelledSessionsOccupyNothing)
{
    const QDate monday14 = day(2026, 9, 14);
    store->db().run("UPDATE sessions SET status = 'cancelled', cancel_reason = 'weather' WHERE id = ?",
                    sessionOn(monday14));
    SlotRequest s = slot(monday14, QTime(10, 0), 30, ana);
    s.location = QStringLiteral("Room 12");
    EXPECT_TRUE(ScheduleConflicts::check(*store, {s}).empty());
    EXPECT_FALSE(ScheduleConflicts::tutorBusy(*store, ana, monday14, QTime(10, 0), 30));
}

TEST_F(SlotCheckTest, AnAbsentTutorIsReportedOnTheDaysOut)
{
    store->db().run("INSERT INTO tutor_absences (sourced_id, tutor_id, from_day, to_day, reason)"
                    " VALUES ('AB-1', ?, '2026-09-15', '2026-09-17', 'Sick')",
                    ben);
    const auto conflicts = ScheduleConflicts::check(*store, {slot(day(2026, 9, 18), QTime(13, 0), 30, ben),
                                                             slot(day(2026, 9, 16), QTime(13, 0), 30, ben)});
    ASSERT_EQ(conflicts.size(), 1u);
    EXPECT_EQ(conflicts[0].kind, ScheduleConflict::Kind::TutorAbsent);
    EXPECT_EQ(conflicts[0].day, day(2026, 9, 16));
    EXPECT_TRUE(conflicts[0].message.contains(QStringLiteral("Ben Lee")));
    EXPECT_TRUE(conflicts[0].message.contains(ScheduleText::day(day(2026, 9, 16))));
}

TEST_F(SlotCheckTest, StudentsAndRoomsOfASlotComeFromItsGroup)
{
    GroupRecord math = mathGroup();
    seat(*store, luis, math.id);
    SlotRequest s = slot(day(2026, 9, 16), QTime(10, 30), 30, ben);
    s.groupId = math.id;
    s.location = QStringLiteral("ROOM 12");
    const auto conflicts = ScheduleConflicts::check(*store, {s});
    ASSERT_EQ(conflicts.size(), 2u);
    EXPECT_EQ(conflicts[0].kind, ScheduleConflict::Kind::StudentBusy);
    EXPECT_EQ(conflicts[0].message,
              QStringLiteral("Luis Ortiz (1002345) is in %1 at the same time on %2 at 10:00–10:45.")
                  .arg(readingA, ScheduleText::day(day(2026, 9, 16))));
    EXPECT_EQ(conflicts[1].kind, ScheduleConflict::Kind::RoomBusy);
    // A student who gave the seat back is free again.
    store->db().run("UPDATE enrollments SET status = 'exited' WHERE group_id = ?", math.id);
    s.location.clear();
    EXPECT_TRUE(ScheduleConflicts::check(*store, {s}).empty());
}

TEST_F(SlotCheckTest, ClearanceIsJudgedOnTheSlotsDay)
{
    const auto eva = addTutor(*store, TutorSpec{.id = QStringLiteral("T-3"),
                                                .first = QStringLiteral("Eva"),
                                                .last = QStringLiteral("Stone"),
                                                .clearedUntil = day(2026, 10, 1)});
    EXPECT_TRUE(ScheduleConflicts::check(*store, {slot(day(2026, 9, 30), QTime(13, 0), 30, eva)}).empty());
    const auto conflicts = ScheduleConflicts::check(*store, {slot(day(2026, 10, 6), QTime(13, 0), 30, eva)});
    ASSERT_EQ(conflicts.size(), 1u);
    EXPECT_EQ(conflicts[0].kind, ScheduleConflict::Kind::TutorNotCleared);
}

TEST(ScheduleConflictsSummaryTest, ListsTheFirstFewAndCountsTheRest)
{
    std::vector<ScheduleConflict> conflicts;
    for (int i = 1; i <= 5; ++i)
        conflicts.push_back(
            {ScheduleConflict::Kind::TutorBusy, QDate(2026, 9, i), QStringLiteral("Clash %1.").arg(i)});
    EXPECT_EQ(ScheduleConflicts::summary(conflicts),
              QStringLiteral("Clash 1.\nClash 2.\nClash 3.\n…and 2 more conflicts."));
    EXPECT_EQ(ScheduleConflicts::summary(conflicts, 4),
              QStringLiteral("Clash 1.\nClash 2.\nClash 3.\nClash 4.\n…and 1 more conflict."));
    EXPECT_EQ(ScheduleConflicts::summary(conflicts, 5).count(QLatin1Char('\n')), 4);
    EXPECT_TRUE(ScheduleConflicts::summary({}).isEmpty());
}

} // namespace
} // namespace tutordesk::test
