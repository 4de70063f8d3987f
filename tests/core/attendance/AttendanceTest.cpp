// Taking attendance: the sheet a coordinator sees, the minutes rules, what is refused, and what the audit log
// keeps when a past record changes.
#include "attendance/Attendance.h"

#include "AttendanceFixtures.h"
#include "attendance/AttendanceStatus.h"
#include "schedule/ScheduleText.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace tutordesk::test {
namespace {

using AttendanceTest = AttendanceFixture;

TEST(AttendanceStatusesTest, CodesLettersAndTitles)
{
    EXPECT_EQ(AttendanceStatuses::code(AttendanceStatus::Tardy), QStringLiteral("tardy"));
    EXPECT_EQ(AttendanceStatuses::letter(AttendanceStatus::Unexcused), QLatin1Char('U'));
    EXPECT_EQ(AttendanceStatuses::fromCode(QStringLiteral("e")), AttendanceStatus::Excused);
    EXPECT_EQ(AttendanceStatuses::fromCode(QStringLiteral("P")), AttendanceStatus::Present);
    EXPECT_EQ(AttendanceStatuses::fromCode(QStringLiteral("unexcused")), AttendanceStatus::Unexcused);
    EXPECT_FALSE(AttendanceStatuses::fromCode(QStringLiteral("X")).has_value());
    EXPECT_FALSE(AttendanceStatuses::fromCode(QString()).has_value());
    EXPECT_EQ(AttendanceStatuses::title(AttendanceStatus::Excused), QStringLiteral("Absent, excused"));
    EXPECT_TRUE(AttendanceStatuses::isAbsence(AttendanceStatus::Unexcused));
    EXPECT_FALSE(AttendanceStatuses::isAbsence(AttendanceStatus::Tardy));
}

TEST_F(AttendanceTest, TheSheetListsTheGroupInNameOrderWithItsSkill)
{
    const auto sheet = Attendance::sheet(store(), m_tuesday);
    ASSERT_TRUE(sheet.has_value());
    EXPECT_EQ(sheet->session.id, m_tuesday);
    EXPECT_EQ(sheet->targetSkill, QStringLiteral("Decoding multisyllable words"));
    ASSERT_EQ(sheet->rows.size(), 2u);
    EXPECT_EQ(sheet->rows[0].name, QStringLiteral("Ben Cruz"));
    EXPECT_EQ(sheet->rows[1].name, u("Ana López"));
    EXPECT_FALSE(sheet->rows[0].status.has_value());
    EXPECT_FALSE(sheet->isStarted());
    EXPECT_FALSE(sheet->isComplete());
    EXPECT_FALSE(Attendance::sheet(store(), 999999).has_value());
}

TEST_F(AttendanceTest, PresentTakesTheWholeSessionAndTheSessionIsHeld)
{
    const auto outcome =
        Attendance::record(store(), m_tuesday, entryOf(m_lopez, AttendanceStatus::Present), tuesday());
    ASSERT_TRUE(outcome.ok()) << outcome.error().message.toStdString();
    EXPECT_EQ(outcome->recorded, 1);
    EXPECT_EQ(outcome->changed, 0);
    EXPECT_EQ(storedStatus(m_tuesday, m_lopez), QStringLiteral("present"));
    EXPECT_EQ(storedMinutes(m_tuesday, m_lopez), 30);
    EXPECT_EQ(status(m_tuesday), QStringLiteral("held"));
    // A new row names who took it and has an id of its own; it is not an audited change.
    EXPECT_EQ(db().queryText("SELECT recorded_by FROM attendance WHERE student_id = ?", m_lopez),
              QStringLiteral("mrivera"));
    EXPECT_EQ(db().queryText("SELECT sourced_id FROM attendance WHERE student_id = ?", m_lopez).size(), 36);
    EXPECT_EQ(auditRows(), 0);

    // The sheet still lists Ben, who has no mark yet.
    const auto sheet = Attendance::sheet(store(), m_tuesday);
    ASSERT_TRUE(sheet.has_value());
    ASSERT_EQ(sheet->rows.size(), 2u);
    EXPECT_TRUE(sheet->isStarted());
    EXPECT_FALSE(sheet->isComplete());
    EXPECT_EQ(sheet->rows[1].status, AttendanceStatus::Present);
    EXPECT_EQ(sheet->rows[1].recordedBy, QStringLiteral("mrivera"));
}

TEST_F(AttendanceTest, PresentWithFewerMinutesIsKeptButNotMoreThanTheSession)
{
    EXPECT_TRUE(
        Attendance::record(store(), m_tuesday, entryOf(m_lopez, AttendanceStatus::Present, 25), tuesday())
            .ok());
    EXPECT_EQ(storedMinutes(m_tuesday, m_lopez), 25);
    const auto refused =
        Attendance::record(store(), m_tuesday, entryOf(m_cruz, AttendanceStatus::Present, 45), tuesday());
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("between 1 and 30")))
        << refused.error().message.toStdString();
}

TEST_F(AttendanceTest, TardyNeedsTheMinutesAttendedLessThanTheSession)
{
    const auto missing =
        Attendance::record(store(), m_tuesday, entryOf(m_lopez, AttendanceStatus::Tardy), tuesday());
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error().message.contains(QStringLiteral("give the minutes")))
        << missing.error().message.toStdString();
    EXPECT_TRUE(missing.error().message.contains(u("Ana López")));

    const auto whole =
        Attendance::record(store(), m_tuesday, entryOf(m_lopez, AttendanceStatus::Tardy, 30), tuesday());
    ASSERT_FALSE(whole.ok());
    EXPECT_TRUE(whole.error().message.contains(QStringLiteral("between 1 and 29")))
        << whole.error().message.toStdString();
    EXPECT_FALSE(
        Attendance::record(store(), m_tuesday, entryOf(m_lopez, AttendanceStatus::Tardy, 0), tuesday()).ok());
    EXPECT_TRUE(storedStatus(m_tuesday, m_lopez).isEmpty());
    EXPECT_EQ(status(m_tuesday), QStringLiteral("scheduled"));

    EXPECT_TRUE(
        Attendance::record(store(), m_tuesday, entryOf(m_lopez, AttendanceStatus::Tardy, 20), tuesday())
            .ok());
    EXPECT_EQ(storedStatus(m_tuesday, m_lopez), QStringLiteral("tardy"));
    EXPECT_EQ(storedMinutes(m_tuesday, m_lopez), 20);
}

TEST_F(AttendanceTest, AbsencesStoreNoMinutesAndOnlyAbsencesKeepSchoolAbsence)
{
    AttendanceEntry entry;
    AttendanceMark excused;
    excused.studentId = m_lopez;
    excused.status = AttendanceStatus::Excused;
    excused.minutes = 20;
    excused.absentFromSchool = true;
    excused.note = QStringLiteral("Dentist");
    AttendanceMark present;
    present.studentId = m_cruz;
    present.status = AttendanceStatus::Present;
    present.absentFromSchool = true;
    entry.marks = {excused, present};
    const auto outcome = Attendance::record(store(), m_tuesday, entry, tuesday());
    ASSERT_TRUE(outcome.ok()) << outcome.error().message.toStdString();
    EXPECT_EQ(outcome->recorded, 2);
    EXPECT_EQ(storedMinutes(m_tuesday, m_lopez), 0);
    EXPECT_EQ(db().queryInteger("SELECT absent_from_school FROM attendance WHERE student_id = ?", m_lopez),
              1);
    EXPECT_EQ(db().queryInteger("SELECT absent_from_school FROM attendance WHERE student_id = ?", m_cruz), 0);
    EXPECT_EQ(db().queryText("SELECT note FROM attendance WHERE student_id = ?", m_lopez),
              QStringLiteral("Dentist"));

    EXPECT_TRUE(
        Attendance::record(store(), m_tuesday, entryOf(m_cruz, AttendanceStatus::Unexcused), tuesday()).ok());
    EXPECT_EQ(storedStatus(m_tuesday, m_cruz), QStringLiteral("unexcused"));
    EXPECT_EQ(storedMinutes(m_tuesday, m_cruz), 0);
    const auto sheet = Attendance::sheet(store(), m_tuesday);
    ASSERT_TRUE(sheet.has_value());
    EXPECT_TRUE(sheet->isComplete());
}

TEST_F(AttendanceTest, AFutureSessionIsRefusedUntilItsDay)
{
    const auto refused =
        Attendance::record(store(), m_tuesday, entryOf(m_lopez, AttendanceStatus::Present), monday());
    ASSERT_FALSE(refused.ok());
    const QString& message = refused.error().message;
    EXPECT_TRUE(message.contains(QStringLiteral("Reading"))) << message.toStdString();
    EXPECT_TRUE(message.contains(ScheduleText::day(tuesday()))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("attendance can be taken from that day on")))
        << message.toStdString();
    EXPECT_EQ(db().queryInteger("SELECT count(*) FROM attendance"), 0);
    EXPECT_EQ(status(m_tuesday), QStringLiteral("scheduled"));
}

TEST_F(AttendanceTest, ACancelledSessionIsRefused)
{
    db().run("UPDATE sessions SET status = 'cancelled', cancel_reason = 'weather' WHERE id = ?", m_tuesday);
    const auto refused =
        Attendance::record(store(), m_tuesday, entryOf(m_lopez, AttendanceStatus::Present), tuesday());
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("cancelled")))
        << refused.error().message.toStdString();
    EXPECT_EQ(db().queryInteger("SELECT count(*) FROM attendance"), 0);
}

TEST_F(AttendanceTest, UnknownSessionsAndStudentsOffTheSheetAreRefused)
{
    const auto noSession =
        Attendance::record(store(), 999999, entryOf(m_lopez, AttendanceStatus::Present), tuesday());
    ASSERT_FALSE(noSession.ok());
    EXPECT_TRUE(noSession.error().message.contains(QStringLiteral("no session")))
        << noSession.error().message.toStdString();

    const std::int64_t stranger = addPupil(QStringLiteral("Cleo"), QStringLiteral("Diaz"));
    const auto offSheet =
        Attendance::record(store(), m_tuesday, entryOf(stranger, AttendanceStatus::Present), tuesday());
    ASSERT_FALSE(offSheet.ok());
    EXPECT_TRUE(offSheet.error().message.contains(QStringLiteral("Cleo Diaz is not on the sheet")))
        << offSheet.error().message.toStdString();
    EXPECT_EQ(db().queryInteger("SELECT count(*) FROM attendance"), 0);
}

TEST_F(AttendanceTest, ChangingAPastRecordWithoutAReasonIsRefusedAndChangesNothing)
{
    ASSERT_TRUE(
        Attendance::record(store(), m_tuesday, entryOf(m_lopez, AttendanceStatus::Present), tuesday()).ok());
    const QDate wednesday = weekday(3);
    const AttendanceEntry change = entryOf(m_lopez, AttendanceStatus::Unexcused);
    const auto sheet = Attendance::sheet(store(), m_tuesday);
    ASSERT_TRUE(sheet.has_value());
    EXPECT_TRUE(Attendance::needsReason(*sheet, change, wednesday));
    EXPECT_FALSE(Attendance::needsReason(*sheet, change, tuesday()));
    // Recording Ben for the first time the next day is not a change.
    EXPECT_FALSE(Attendance::needsReason(*sheet, entryOf(m_cruz, AttendanceStatus::Present), wednesday));

    const auto refused = Attendance::record(store(), m_tuesday, change, wednesday);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("needs a reason")))
        << refused.error().message.toStdString();
    EXPECT_EQ(storedStatus(m_tuesday, m_lopez), QStringLiteral("present"));
    EXPECT_EQ(storedMinutes(m_tuesday, m_lopez), 30);
    EXPECT_EQ(auditRows(), 0);

    const auto blank = Attendance::record(
        store(), m_tuesday,
        entryOf(m_lopez, AttendanceStatus::Unexcused, std::nullopt, QStringLiteral("   ")), wednesday);
    EXPECT_FALSE(blank.ok());
    EXPECT_EQ(storedStatus(m_tuesday, m_lopez), QStringLiteral("present"));
}

TEST_F(AttendanceTest, ChangingAPastRecordWithAReasonIsAudited)
{
    ASSERT_TRUE(
        Attendance::record(store(), m_tuesday, entryOf(m_lopez, AttendanceStatus::Present), tuesday()).ok());
    store().setActor(QStringLiteral("jchen"));
    const auto changed = Attendance::record(
        store(), m_tuesday,
        entryOf(m_lopez, AttendanceStatus::Tardy, 15, QStringLiteral("Tutor's sheet says she came at 10:15")),
        weekday(4));
    ASSERT_TRUE(changed.ok()) << changed.error().message.toStdString();
    EXPECT_EQ(changed->changed, 1);
    EXPECT_EQ(changed->recorded, 0);
    EXPECT_EQ(storedStatus(m_tuesday, m_lopez), QStringLiteral("tardy"));
    EXPECT_EQ(storedMinutes(m_tuesday, m_lopez), 15);

    Statement audit = db().prepare("SELECT actor, entity_id, action, old_value, new_value, reason, at"
                                   " FROM audit_log WHERE entity = 'attendance'");
    ASSERT_TRUE(audit.step());
    EXPECT_EQ(audit.text(0), QStringLiteral("jchen"));
    EXPECT_EQ(audit.text(1),
              db().queryText("SELECT sourced_id FROM attendance WHERE student_id = ?", m_lopez));
    EXPECT_EQ(audit.text(2), QStringLiteral("update"));
    const QJsonObject before = QJsonDocument::fromJson(audit.text(3).toUtf8()).object();
    const QJsonObject after = QJsonDocument::fromJson(audit.text(4).toUtf8()).object();
    EXPECT_EQ(before.value(QStringLiteral("status")).toString(), QStringLiteral("present"));
    EXPECT_EQ(before.value(QStringLiteral("minutes")).toInt(), 30);
    EXPECT_EQ(after.value(QStringLiteral("status")).toString(), QStringLiteral("tardy"));
    EXPECT_EQ(after.value(QStringLiteral("minutes")).toInt(), 15);
    EXPECT_EQ(audit.text(5), QStringLiteral("Tutor's sheet says she came at 10:15"));
    EXPECT_FALSE(audit.text(6).isEmpty());
    EXPECT_FALSE(audit.step());
    // The reason belongs to that change only.
    EXPECT_EQ(db().queryInteger("SELECT reason IS NULL FROM audit_context WHERE id = 1"), 1);
    // Who first took it stays on the row.
    EXPECT_EQ(db().queryText("SELECT recorded_by FROM attendance WHERE student_id = ?", m_lopez),
              QStringLiteral("mrivera"));
}

TEST_F(AttendanceTest, SchoolAbsenceChangesAreAuditedToo)
{
    ASSERT_TRUE(
        Attendance::record(store(), m_tuesday, entryOf(m_lopez, AttendanceStatus::Excused), tuesday()).ok());
    AttendanceEntry entry =
        entryOf(m_lopez, AttendanceStatus::Excused, std::nullopt, QStringLiteral("Office"));
    entry.marks[0].absentFromSchool = true;
    ASSERT_TRUE(Attendance::record(store(), m_tuesday, entry, weekday(3)).ok());
    EXPECT_EQ(db().queryText("SELECT reason FROM audit_log WHERE entity = 'attendance'"),
              QStringLiteral("Office"));
    EXPECT_TRUE(db().queryText("SELECT new_value FROM audit_log WHERE entity = 'attendance'")
                    .contains(QStringLiteral("absentFromSchool")));
}

TEST_F(AttendanceTest, SameDayCorrectionsNeedNoReasonAndUnchangedMarksAreNoOps)
{
    ASSERT_TRUE(
        Attendance::record(store(), m_tuesday, entryOf(m_lopez, AttendanceStatus::Present), tuesday()).ok());
    const auto corrected =
        Attendance::record(store(), m_tuesday, entryOf(m_lopez, AttendanceStatus::Tardy, 10), tuesday());
    ASSERT_TRUE(corrected.ok()) << corrected.error().message.toStdString();
    EXPECT_EQ(corrected->changed, 1);
    EXPECT_EQ(auditRows(), 1);
    EXPECT_TRUE(
        db().queryText("SELECT coalesce(reason, 'none') FROM audit_log").contains(QStringLiteral("none")));

    // The same mark again, days later and without a reason: nothing to change, nothing to audit.
    const auto again =
        Attendance::record(store(), m_tuesday, entryOf(m_lopez, AttendanceStatus::Tardy, 10), weekday(5));
    ASSERT_TRUE(again.ok()) << again.error().message.toStdString();
    EXPECT_EQ(again->recorded, 0);
    EXPECT_EQ(again->changed, 0);
    EXPECT_EQ(auditRows(), 1);
}

TEST_F(AttendanceTest, ThePastSessionsFirstRecordNeedsNoReason)
{
    const auto late =
        Attendance::record(store(), m_tuesday, entryOf(m_cruz, AttendanceStatus::Unexcused), weekday(5));
    ASSERT_TRUE(late.ok()) << late.error().message.toStdString();
    EXPECT_EQ(late->recorded, 1);
    EXPECT_EQ(status(m_tuesday), QStringLiteral("held"));
}

TEST_F(AttendanceTest, TheSkillCoveredIsSavedWhenGiven)
{
    AttendanceEntry entry = entryOf(m_lopez, AttendanceStatus::Present);
    entry.skillCovered = QStringLiteral("Closed syllables");
    ASSERT_TRUE(Attendance::record(store(), m_tuesday, entry, tuesday()).ok());
    EXPECT_EQ(db().queryText("SELECT skill_covered FROM sessions WHERE id = ?", m_tuesday),
              QStringLiteral("Closed syllables"));
    entry.skillCovered.reset();
    ASSERT_TRUE(Attendance::record(store(), m_tuesday, entry, tuesday()).ok());
    const auto sheet = Attendance::sheet(store(), m_tuesday);
    ASSERT_TRUE(sheet.has_value());
    EXPECT_EQ(sheet->skillCovered, QStringLiteral("Closed syllables"));
}

TEST_F(AttendanceTest, AMakeupForOneStudentListsOnlyThatStudent)
{
    const std::int64_t makeup = addSession(m_group, weekday(4), QStringLiteral("14:00"), m_kim);
    db().run("UPDATE sessions SET kind = 'makeup', makeup_for = ? WHERE id = ?", m_tuesday, makeup);
    db().run("INSERT INTO session_students (session_id, student_id) VALUES (?, ?)", makeup, m_lopez);

    const auto sheet = Attendance::sheet(store(), makeup);
    ASSERT_TRUE(sheet.has_value());
    ASSERT_EQ(sheet->rows.size(), 1u);
    EXPECT_EQ(sheet->rows[0].studentId, m_lopez);
    const ScheduledSession scheduled = session(makeup);
    ASSERT_EQ(scheduled.students.size(), 1u);
    EXPECT_EQ(scheduled.students[0].id, m_lopez);
    // The group's regular session still lists both.
    EXPECT_EQ(session(m_tuesday).students.size(), 2u);
    const auto week = ScheduleQuery::range(store(), monday(), weekday(5));
    ASSERT_EQ(week.size(), 2u);
    EXPECT_EQ(week[1].students.size(), 1u);

    const auto ben =
        Attendance::record(store(), makeup, entryOf(m_cruz, AttendanceStatus::Present), weekday(4));
    ASSERT_FALSE(ben.ok());
    EXPECT_TRUE(ben.error().message.contains(QStringLiteral("Ben Cruz is not on the sheet")))
        << ben.error().message.toStdString();
    ASSERT_TRUE(
        Attendance::record(store(), makeup, entryOf(m_lopez, AttendanceStatus::Present), weekday(4)).ok());
    EXPECT_EQ(status(makeup), QStringLiteral("held"));
}

TEST_F(AttendanceTest, ASeatThatBeginsLaterIsNotOnEarlierSheets)
{
    const std::int64_t newcomer = addPupil(QStringLiteral("Dora"), QStringLiteral("Alvarez"));
    seat(newcomer, m_group);
    db().run("UPDATE enrollments SET begin_day = '2027-03-04' WHERE student_id = ?", newcomer);
    const auto sheet = Attendance::sheet(store(), m_tuesday);
    ASSERT_TRUE(sheet.has_value());
    EXPECT_EQ(sheet->rows.size(), 2u);
}

} // namespace
} // namespace tutordesk::test
