// The schedule as the week view, the day list and the CLI read it: sessions in order with their group,
// tutor, substitute and students, and the sessions that need cover.
#include "schedule/ScheduleQuery.h"

#include "GroupFixtures.h"
#include "schedule/GroupSchedule.h"

#include <gtest/gtest.h>

namespace tutordesk::test {
namespace {

class ScheduleQueryTest : public ScheduleSchoolTest {
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(ScheduleSchoolTest::SetUp());
        ben = addTutor(*store, benLee());
        reading = saveGroup(groupFor(ana, QStringLiteral("Reading A"), monday | wednesday, QTime(10, 0)));
        GroupRecord m = groupFor(ben, QStringLiteral("Math B"), monday, QTime(10, 0));
        m.subject = QStringLiteral("math");
        m.location = QStringLiteral("Library");
        math = saveGroup(m);
        GroupRecord early = groupFor(ben, QStringLiteral("Art C"), monday, QTime(8, 0));
        early.subject = QStringLiteral("other");
        early.location = QStringLiteral("Room 1");
        art = saveGroup(early);
    }

    std::int64_t saveGroup(const GroupRecord& g)
    {
        auto saved = GroupSchedule::save(*store, g, day(2026, 9, 1));
        EXPECT_TRUE(saved.ok()) << saved.error().message.toStdString();
        return saved.ok() ? saved->id : 0;
    }

    std::int64_t sessionOf(std::int64_t group, const QDate& d)
    {
        return store->db().queryInteger("SELECT id FROM sessions WHERE group_id = ? AND day = ?", group, d);
    }

    static QStringList ids(const ScheduledSession& s)
    {
        QStringList out;
        for (const auto& student : s.students)
            out << student.districtId;
        return out;
    }

    std::int64_t ben = 0, reading = 0, math = 0, art = 0;
};

TEST_F(ScheduleQueryTest, AWeekInOrderWithGroupsAndTutors)
{
    const auto week = ScheduleQuery::range(*store, day(2026, 9, 14), day(2026, 9, 20));
    ASSERT_EQ(week.size(), 4u);
    // Monday: Art at 8:00, then Math and Reading at 10:00 by name; Wednesday: Reading.
    EXPECT_EQ(week[0].groupName, QStringLiteral("Art C"));
    EXPECT_EQ(week[1].groupName, QStringLiteral("Math B"));
    EXPECT_EQ(week[2].groupName, QStringLiteral("Reading A"));
    EXPECT_EQ(week[3].day, day(2026, 9, 16));
    const ScheduledSession& r = week[2];
    EXPECT_EQ(r.day, day(2026, 9, 14));
    EXPECT_EQ(r.start, QTime(10, 0));
    EXPECT_EQ(r.end(), QTime(10, 45));
    EXPECT_EQ(r.subject, QStringLiteral("reading"));
    EXPECT_EQ(r.location, QStringLiteral("Room 12"));
    EXPECT_EQ(r.tutorId, ana);
    EXPECT_EQ(r.tutorName, QStringLiteral("Ana Kim"));
    EXPECT_EQ(r.tutorSourcedId, QStringLiteral("T-1"));
    EXPECT_EQ(r.teacherName(), QStringLiteral("Ana Kim"));
    EXPECT_EQ(r.statusCode(), QStringLiteral("scheduled"));
    EXPECT_FALSE(r.needsCover);
    EXPECT_EQ(r.groupId, reading);
    EXPECT_FALSE(r.groupSourcedId.isEmpty());

    const auto one = ScheduleQuery::session(*store, r.id);
    ASSERT_TRUE(one);
    EXPECT_EQ(one->groupName, r.groupName);
    EXPECT_EQ(one->day, r.day);
    EXPECT_FALSE(ScheduleQuery::session(*store, 999999));
}

TEST_F(ScheduleQueryTest, StudentsAreTheAttendanceTakenElseTheSeatHoldersOfThatDay)
{
    const auto luis =
        addPerson(*store, QStringLiteral("1002"), QStringLiteral("Luis"), QStringLiteral("Ortiz"));
    const auto zoe = addPerson(*store, QStringLiteral("1003"), QStringLiteral("Zoe"), QStringLiteral("Abad"));
    const auto max = addPerson(*store, QStringLiteral("1004"), QStringLiteral("Max"), QStringLiteral("Berg"));
    seat(*store, luis, reading);
    seat(*store, zoe, reading);
    seat(*store, max, reading, day(2026, 9, 16)); // joins on Wednesday
    // Monday was held: Luis present, and a student who has since left the group, absent.
    const auto gone =
        addPerson(*store, QStringLiteral("1009"), QStringLiteral("Ida"), QStringLiteral("Cruz"));
    const auto monday14 = sessionOf(reading, day(2026, 9, 14));
    store->db().run("UPDATE sessions SET status = 'held' WHERE id = ?", monday14);
    store->db().run("INSERT INTO attendance (sourced_id, session_id, student_id, status, minutes) VALUES"
                    " ('A1', ?1, ?2, 'present', 45), ('A2', ?1, ?3, 'unexcused', 0)",
                    monday14, luis, gone);

    ScheduleQuery::Filter filter;
    filter.groupId = reading;
    const auto sessions = ScheduleQuery::range(*store, day(2026, 9, 14), day(2026, 9, 21), filter);
    ASSERT_EQ(sessions.size(), 3u);
    EXPECT_EQ(sessions[0].statusCode(), QStringLiteral("held"));
    EXPECT_EQ(ids(sessions[0]), (QStringList{QStringLiteral("1009"), QStringLiteral("1002")})); // Cruz, Ortiz
    EXPECT_EQ(sessions[0].students[0].name, QStringLiteral("Ida Cruz"));
    EXPECT_EQ(ids(sessions[1]),
              (QStringList{QStringLiteral("1003"), QStringLiteral("1004"), QStringLiteral("1002")}));
    EXPECT_EQ(ids(sessions[2]), ids(sessions[1]));
    // Before Max's first day he is not expected.
    store->db().run("UPDATE enrollments SET begin_day = '2026-09-17' WHERE student_id = ?", max);
    const auto wednesday = ScheduleQuery::session(*store, sessionOf(reading, day(2026, 9, 16)));
    ASSERT_TRUE(wednesday);
    EXPECT_EQ(ids(*wednesday), (QStringList{QStringLiteral("1003"), QStringLiteral("1002")}));
}

TEST_F(ScheduleQueryTest, FiltersByTutorIncludingSubstitutesAndLeavesOutCancelledWhenAsked)
{
    const auto monday14 = sessionOf(reading, day(2026, 9, 14));
    store->db().run("UPDATE sessions SET substitute_tutor_id = ? WHERE id = ?", ben, monday14);
    store->db().run("UPDATE sessions SET status = 'cancelled', cancel_reason = 'school_event' WHERE id = ?",
                    sessionOf(art, day(2026, 9, 14)));
    ScheduleQuery::Filter filter;
    filter.tutorId = ben;
    auto sessions = ScheduleQuery::range(*store, day(2026, 9, 14), day(2026, 9, 14), filter);
    ASSERT_EQ(sessions.size(), 3u); // Art (cancelled), Math, and Reading as the substitute
    EXPECT_EQ(sessions[0].statusCode(), QStringLiteral("cancelled"));
    EXPECT_EQ(sessions[0].cancelReason, QStringLiteral("school_event"));
    EXPECT_EQ(sessions[2].teacherName(), QStringLiteral("Ben Lee"));
    EXPECT_EQ(sessions[2].teacherSourcedId(), QStringLiteral("T-2"));
    EXPECT_EQ(sessions[2].tutorName, QStringLiteral("Ana Kim"));
    filter.includeCancelled = false;
    sessions = ScheduleQuery::range(*store, day(2026, 9, 14), day(2026, 9, 14), filter);
    EXPECT_EQ(sessions.size(), 2u);
    filter.tutorId = ana;
    sessions = ScheduleQuery::range(*store, day(2026, 9, 14), day(2026, 9, 16), filter);
    EXPECT_EQ(sessions.size(), 2u); // the covered Monday is still hers to see, and Wednesday
}

TEST_F(ScheduleQueryTest, SessionsOfAnAbsentTutorNeedCoverUntilCoveredOrCancelled)
{
    store->db().run("INSERT INTO tutor_absences (sourced_id, tutor_id, from_day, to_day, reason)"
                    " VALUES ('AB-1', ?, '2026-09-14', '2026-09-16', 'Sick')",
                    ana);
    ScheduleQuery::Filter filter;
    filter.groupId = reading;
    auto sessions = ScheduleQuery::range(*store, day(2026, 9, 14), day(2026, 9, 21), filter);
    ASSERT_EQ(sessions.size(), 3u);
    EXPECT_TRUE(sessions[0].needsCover);
    EXPECT_TRUE(sessions[1].needsCover);
    EXPECT_FALSE(sessions[2].needsCover); // back on the 21st
    store->db().run("UPDATE sessions SET substitute_tutor_id = ? WHERE id = ?", ben, sessions[0].id);
    store->db().run("UPDATE sessions SET status = 'cancelled', cancel_reason = 'tutor_absent' WHERE id = ?",
                    sessions[1].id);
    sessions = ScheduleQuery::range(*store, day(2026, 9, 14), day(2026, 9, 21), filter);
    EXPECT_FALSE(sessions[0].needsCover);
    EXPECT_FALSE(sessions[1].needsCover);
}

TEST_F(ScheduleQueryTest, WeeksStartOnMonday)
{
    EXPECT_EQ(ScheduleQuery::weekStart(day(2026, 9, 16)), day(2026, 9, 14));
    EXPECT_EQ(ScheduleQuery::weekStart(day(2026, 9, 14)), day(2026, 9, 14));
    EXPECT_EQ(ScheduleQuery::weekStart(day(2026, 9, 20)), day(2026, 9, 14));
    EXPECT_TRUE(ScheduleQuery::range(*store, day(2026, 9, 20), day(2026, 9, 14)).empty());
}

TEST(ScheduledSessionTest, StatusCodesOfDesignSix)
{
    ScheduledSession s;
    s.status = QStringLiteral("scheduled");
    s.kind = QStringLiteral("regular");
    EXPECT_EQ(s.statusCode(), QStringLiteral("scheduled"));
    s.kind = QStringLiteral("makeup");
    EXPECT_EQ(s.statusCode(), QStringLiteral("makeup"));
    s.status = QStringLiteral("cancelled");
    EXPECT_EQ(s.statusCode(), QStringLiteral("cancelled"));
    s.kind = QStringLiteral("regular");
    s.status = QStringLiteral("held");
    EXPECT_EQ(s.statusCode(), QStringLiteral("held"));
}

TEST(GroupRecordTest, RoomsAndWeekdayNames)
{
    GroupRecord g;
    g.location = QStringLiteral(" Room 12 ");
    EXPECT_TRUE(g.usesRoom());
    g.location = QStringLiteral("https://meet.example.org/abc");
    EXPECT_FALSE(g.usesRoom());
    g.location = QStringLiteral("Room 12");
    g.deliveryModel = QStringLiteral("virtual");
    EXPECT_FALSE(g.usesRoom());
    g.deliveryModel = QStringLiteral("hybrid");
    g.location = QStringLiteral("   ");
    EXPECT_FALSE(g.usesRoom());

    const QLocale locale;
    EXPECT_EQ(weekdayNames(monday | wednesday | thursday),
              QStringList({locale.dayName(1, QLocale::ShortFormat), locale.dayName(3, QLocale::ShortFormat),
                           locale.dayName(4, QLocale::ShortFormat)})
                  .join(QLatin1String(", ")));
    EXPECT_TRUE(weekdayNames(0).isEmpty());
    g.weekdays = friday;
    EXPECT_TRUE(g.meetsOn(5));
    EXPECT_FALSE(g.meetsOn(1));
}

} // namespace
} // namespace tutordesk::test
