// The engine over a real database: absences become due actions once, due dates count school days, and a
// corrected record withdraws what it caused.
#include "ProtocolFixtures.h"
#include "protocol/ProtocolRules.h"
#include "store/Transaction.h"

using namespace tutordesk;

namespace {

class ProtocolEngineTest : public test::ProtocolTest {
protected:
    static QDate nextWeek(int n) { return weekday(n).addDays(7); }
    // Runs only: the rate rule needs more sessions than these tests hold.
    void withoutRateRule()
    {
        ProtocolThresholds t;
        t.escalateMinSessions = 100;
        ASSERT_TRUE(ProtocolRules::save(store(), t).ok());
    }
};

TEST_F(ProtocolEngineTest, AnUnexcusedAbsenceCreatesItsActionsOnce)
{
    held(weekday(1), "present");
    const std::int64_t missed = held(weekday(2), "unexcused");

    const ProtocolRefresh first = refresh(weekday(2));
    EXPECT_EQ(first.created, 2);
    const auto rows = actions();
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0].rule, QStringLiteral("notify_family"));
    EXPECT_EQ(rows[0].sessionId, missed);
    EXPECT_EQ(rows[0].status, QStringLiteral("open"));
    EXPECT_EQ(rows[0].due, weekday(2)); // the same day
    EXPECT_EQ(rows[0].absencesInRow, 1);
    EXPECT_EQ(rows[0].studentId, m_maya);
    EXPECT_EQ(rows[1].rule, QStringLiteral("schedule_makeup"));
    EXPECT_EQ(rows[1].due, nextWeek(2)); // five school days later, over the weekend
    EXPECT_EQ(db().queryInteger("SELECT count(*) FROM protocol_actions WHERE created_on = ?", weekday(2)), 2);
    EXPECT_EQ(db().queryInteger("SELECT count(DISTINCT sourced_id) FROM protocol_actions"), 2);

    const ProtocolRefresh again = refresh(weekday(3));
    EXPECT_EQ(again.created, 0);
    EXPECT_EQ(again.withdrawn, 0);
    EXPECT_EQ(actions().size(), 2u);

    // Resolved or not, an action is never asked for twice.
    db().run("UPDATE protocol_actions SET status = 'not_needed', resolved_at = '2027-03-02T20:00:00Z'");
    EXPECT_EQ(refresh(weekday(4)).created, 0);
    EXPECT_EQ(actions().size(), 2u);
}

TEST_F(ProtocolEngineTest, DueDatesSkipWeekendsAndHolidays)
{
    ProtocolThresholds t;
    t.notifyDueDays = 1;
    ASSERT_TRUE(ProtocolRules::save(store(), t).ok());
    test::addCalendarDay(store(), nextWeek(1), "holiday", QStringLiteral("Cesar Chavez Day"));
    held(weekday(4), "excused");
    const std::int64_t second = held(weekday(5), "unexcused");
    refresh(weekday(5));

    const auto makeup = actionsOf("schedule_makeup");
    ASSERT_EQ(makeup.size(), 1u);
    EXPECT_EQ(makeup[0].sessionId, second);
    EXPECT_EQ(makeup[0].absencesInRow, 2);
    // Friday + 5 school days: Tue, Wed, Thu, Fri of next week (Monday is a holiday), then Monday after.
    EXPECT_EQ(makeup[0].due, weekday(1).addDays(14));
    const auto notify = actionsOf("notify_family");
    ASSERT_EQ(notify.size(), 1u);
    EXPECT_EQ(notify[0].due, nextWeek(2)); // one school day after Friday, past the holiday
}

TEST_F(ProtocolEngineTest, DueDatePastTheYearsEndIsTheLastDay)
{
    ProtocolThresholds t;
    t.makeupDueDays = 10;
    ASSERT_TRUE(ProtocolRules::save(store(), t).ok());
    const QDate lastWeek(2027, 6, 1); // a Tuesday; the year ends Friday 4 June
    const std::int64_t id = addSession(m_group, lastWeek, QStringLiteral("10:00"), m_kim);
    db().run("UPDATE sessions SET status = 'held' WHERE id = ?", id);
    mark(id, m_maya, "unexcused");
    refresh(lastWeek);
    const auto makeup = actionsOf("schedule_makeup");
    ASSERT_EQ(makeup.size(), 1u);
    EXPECT_EQ(makeup[0].due, QDate(2027, 6, 4));
}

TEST_F(ProtocolEngineTest, CancelledSessionsNeitherBreakNorExtendARun)
{
    withoutRateRule();
    held(weekday(1), "excused");
    cancelled(weekday(2));
    held(weekday(3), "excused");
    addSession(m_group, weekday(4), QStringLiteral("10:00"), m_kim); // scheduled, no attendance yet
    refresh(weekday(4));
    EXPECT_TRUE(actionsOf("escalate").empty());
    const auto makeup = actionsOf("schedule_makeup");
    ASSERT_EQ(makeup.size(), 1u);
    EXPECT_EQ(makeup[0].absencesInRow, 2);

    cancelled(nextWeek(1));
    const std::int64_t third = held(nextWeek(2), "excused");
    refresh(nextWeek(2));
    const auto escalate = actionsOf("escalate");
    ASSERT_EQ(escalate.size(), 1u);
    EXPECT_EQ(escalate[0].sessionId, third);
    EXPECT_EQ(escalate[0].absencesInRow, 3);
    EXPECT_FALSE(escalate[0].attendanceRate.has_value());
}

TEST_F(ProtocolEngineTest, AttendingAMakeupEndsTheRunAndMissingItExtendsIt)
{
    withoutRateRule();
    held(weekday(1), "excused");
    const std::int64_t second = held(weekday(2), "excused");
    makeup(second, weekday(3), "present");
    held(weekday(4), "excused");
    refresh(weekday(4));
    EXPECT_TRUE(actionsOf("escalate").empty());

    held(weekday(5), "excused"); // Thursday and Friday: two in a row after the make-up
    refresh(weekday(5));
    EXPECT_TRUE(actionsOf("escalate").empty());
    EXPECT_EQ(actionsOf("schedule_makeup").size(), 2u);

    const std::int64_t missedMakeup = makeup(second, nextWeek(1), "excused");
    refresh(nextWeek(1));
    const auto escalate = actionsOf("escalate");
    ASSERT_EQ(escalate.size(), 1u);
    EXPECT_EQ(escalate[0].sessionId, missedMakeup);
    EXPECT_EQ(escalate[0].absencesInRow, 3);
}

TEST_F(ProtocolEngineTest, LowAttendanceOverTheWindowEscalatesWithItsRate)
{
    // Present, absent, present, absent: 50% over four sessions, under 70%.
    held(weekday(1), "present");
    held(weekday(2), "excused");
    held(weekday(3), "present");
    const std::int64_t fourth = held(weekday(4), "excused");
    refresh(weekday(4));
    const auto escalate = actionsOf("escalate");
    ASSERT_EQ(escalate.size(), 1u);
    EXPECT_EQ(escalate[0].sessionId, fourth);
    ASSERT_TRUE(escalate[0].attendanceRate.has_value());
    EXPECT_DOUBLE_EQ(*escalate[0].attendanceRate, 0.5);
    EXPECT_EQ(escalate[0].due, nextWeek(2)); // three school days after Thursday
}

TEST_F(ProtocolEngineTest, CorrectingAnAbsenceWithdrawsOpenActionsAndKeepsDoneOnes)
{
    const std::int64_t monday = held(weekday(1), "unexcused");
    const std::int64_t tuesday = held(weekday(2), "unexcused");
    refresh(weekday(2));
    ASSERT_EQ(actions().size(), 2u); // notify and make-up, both at Monday's absence
    // The coordinator called the family about Monday: done, with a note.
    db().run("UPDATE protocol_actions SET status = 'done', resolved_at = '2027-03-01T18:00:00Z',"
             " resolution_note = 'Called' WHERE rule = 'notify_family'");

    // The office says Monday was excused after all.
    mark(monday, m_maya, "excused");
    const ProtocolRefresh changed = refresh(weekday(3));
    EXPECT_EQ(changed.withdrawn, 1); // Monday's make-up (the run still asks for one, at Tuesday)
    const auto notify = actionsOf("notify_family");
    ASSERT_EQ(notify.size(), 2u);
    EXPECT_EQ(notify[0].sessionId, monday);
    EXPECT_EQ(notify[0].status, QStringLiteral("done"));
    EXPECT_EQ(notify[0].note, QStringLiteral("Called"));
    EXPECT_EQ(notify[1].sessionId, tuesday); // Tuesday is now the run's first unexcused absence
    EXPECT_EQ(notify[1].status, QStringLiteral("open"));
    const auto makeup = actionsOf("schedule_makeup");
    ASSERT_EQ(makeup.size(), 2u);
    EXPECT_EQ(makeup[0].sessionId, monday);
    EXPECT_EQ(makeup[0].status, QStringLiteral("withdrawn"));
    EXPECT_TRUE(makeup[0].note.contains(QStringLiteral("now recorded as excused")))
        << makeup[0].note.toStdString();
    EXPECT_EQ(makeup[1].sessionId, tuesday);
    EXPECT_EQ(makeup[1].status, QStringLiteral("open"));
    EXPECT_EQ(db().queryInteger("SELECT count(*) FROM protocol_actions WHERE status = 'withdrawn'"
                                " AND resolved_at IS NOT NULL"),
              1);
    // The change is in the audit log.
    EXPECT_EQ(db().queryInteger("SELECT count(*) FROM audit_log WHERE entity = 'protocol_actions'"
                                " AND new_value LIKE '%withdrawn%'"),
              1);

    // And Tuesday turns out present: its open actions go too, with that reason.
    mark(tuesday, m_maya, "present");
    EXPECT_EQ(refresh(weekday(3)).withdrawn, 2);
    for (const test::ActionRow& a : actions()) {
        if (a.sessionId == tuesday) {
            EXPECT_EQ(a.status, QStringLiteral("withdrawn"));
            EXPECT_TRUE(a.note.contains(QStringLiteral("now recorded as present"))) << a.note.toStdString();
        }
    }
    // Withdrawn stays withdrawn, and nothing new appears for the corrected days.
    EXPECT_EQ(refresh(weekday(4)).created, 0);
    EXPECT_EQ(db().queryInteger("SELECT count(*) FROM protocol_actions WHERE status = 'open'"), 0);
}

TEST_F(ProtocolEngineTest, AbsencesBeforeTheProtocolWasAdoptedAreHistory)
{
    db().run("INSERT INTO settings (key, value) VALUES ('protocol.since', ?)", weekday(3));
    held(weekday(1), "unexcused");
    held(weekday(2), "present");
    const std::int64_t after = held(weekday(3), "unexcused");
    refresh(weekday(3));
    const auto rows = actions();
    ASSERT_EQ(rows.size(), 2u);
    for (const test::ActionRow& a : rows)
        EXPECT_EQ(a.sessionId, after);
}

TEST_F(ProtocolEngineTest, APausedSeatIsNotOfferedAgainButItsOtherActionsStand)
{
    for (int n = 1; n <= 5; ++n)
        held(weekday(n), "unexcused");
    db().run("UPDATE enrollments SET status = 'paused' WHERE student_id = ?", m_maya);
    refresh(weekday(5));
    EXPECT_TRUE(actionsOf("pause_offer_seat").empty());
    EXPECT_EQ(actionsOf("escalate").size(), 1u);

    db().run("UPDATE enrollments SET status = 'active' WHERE student_id = ?", m_maya);
    refresh(weekday(5));
    const auto pause = actionsOf("pause_offer_seat");
    ASSERT_EQ(pause.size(), 1u);
    EXPECT_EQ(pause[0].absencesInRow, 5);
    EXPECT_EQ(pause[0].due, nextWeek(1));
}

TEST_F(ProtocolEngineTest, ExitedSeatsAndOtherGroupsDoNotCount)
{
    GroupSpec spec;
    spec.name = QStringLiteral("Reading \u00b7 Grades 3\u20134 \u00b7 Tier 2 \u00b7 B");
    spec.tutorId = m_kim;
    spec.startsAt = QStringLiteral("13:00");
    const std::int64_t other = addGroup(spec);
    const std::int64_t leo = addPupil(QStringLiteral("Leo"), QStringLiteral("Park"));
    seat(leo, other);
    db().run("UPDATE enrollments SET status = 'exited' WHERE student_id = ?", leo);
    const std::int64_t s = addSession(other, weekday(1), QStringLiteral("13:00"), m_kim);
    db().run("UPDATE sessions SET status = 'held' WHERE id = ?", s);
    mark(s, leo, "unexcused");
    held(weekday(1), "present");
    EXPECT_EQ(refresh(weekday(1)).created, 0);
}

TEST_F(ProtocolEngineTest, RefreshStudentsTouchesOnlyThoseStudents)
{
    const std::int64_t leo = addPupil(QStringLiteral("Leo"), QStringLiteral("Park"));
    seat(leo, m_group);
    const std::int64_t s = held(weekday(1), "unexcused");
    mark(s, leo, "unexcused");
    {
        Transaction tx(db());
        const ProtocolRefresh r = ProtocolEngine::refreshStudents(store(), {leo}, weekday(1));
        tx.commit();
        EXPECT_EQ(r.created, 2);
    }
    EXPECT_EQ(db().queryInteger("SELECT count(*) FROM protocol_actions WHERE student_id = ?", m_maya), 0);
    EXPECT_EQ(db().queryInteger("SELECT count(*) FROM protocol_actions WHERE student_id = ?", leo), 2);
    EXPECT_EQ(refresh(weekday(1)).created, 2); // Maya's, now that the whole school is looked at
}

} // namespace
