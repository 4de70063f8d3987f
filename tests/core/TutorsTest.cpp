// The tutor roster, clearances, supervisors and the tutor list import.
#include "schedule/Tutors.h"

#include "TestPaths.h"
#include "schedule/Clearances.h"
#include "schedule/Supervisors.h"
#include "schedule/TutorImport.h"
#include "support/Fixtures.h"
#include "support/ScheduleFixtures.h"
#include "support/TempDir.h"
#include "support/TestText.h"

#include <QFile>
#include <QUuid>

#include <gtest/gtest.h>

namespace tutordesk::test {
namespace {

QString tutorData(const char* name)
{
    return QStringLiteral(TUTORDESK_TEST_DATA_DIR "/tutors/") + QString::fromLatin1(name);
}

TutorRecord validTutor()
{
    TutorRecord t;
    t.firstName = QStringLiteral("Ana");
    t.lastName = QStringLiteral("Kim");
    t.type = QStringLiteral("certified_teacher");
    t.email = QStringLiteral("ana.kim@example.org");
    t.subjects = {QStringLiteral("reading"), QStringLiteral("math")};
    t.languages = {QStringLiteral("es"), QStringLiteral("ko")};
    t.availability = {{1, QTime(8, 0), QTime(12, 0)}, {3, QTime(13, 0), QTime(15, 30)}};
    t.backgroundCheckOn = QDate(2026, 7, 1);
    t.backgroundCheckUntil = QDate(2027, 7, 1);
    t.tbTestOn = QDate(2026, 7, 1);
    t.tbTestUntil = QDate(2028, 7, 1);
    return t;
}

class TutorsTest : public NewSchoolTest {
protected:
    std::int64_t addLedGroup(std::int64_t tutor, const QString& name, const char* status, int weekdays,
                             int minutes)
    {
        store().db().run(
            "INSERT INTO tutoring_groups (sourced_id, name, subject, tier, cap, tutor_id, weekdays,"
            " starts_at, minutes, start_day, end_day, status)"
            " VALUES (?, ?, 'reading', 2, 4, ?, ?, '10:00', ?, '2026-09-01', '2027-06-01', ?)",
            QUuid::createUuid().toString(QUuid::WithoutBraces), name, tutor, weekdays, minutes, status);
        return store().db().lastInsertId();
    }
    std::optional<TutorRecord> byName(const char* first, const char* last)
    {
        const std::int64_t id = store().db().queryInteger(
            "SELECT id FROM tutors WHERE first_name = ? AND last_name = ?", u(first), u(last));
        return Tutors::find(store(), id);
    }
};

// ---------------------------------------------------------------- validation and saving

TEST_F(TutorsTest, ValidationSaysWhichFieldToChange)
{
    EXPECT_TRUE(Tutors::validate(validTutor()));

    const auto message = [](const TutorRecord& t) {
        auto result = Tutors::validate(t);
        EXPECT_FALSE(result);
        return result ? QString() : result.error().message;
    };
    TutorRecord t = validTutor();
    t.firstName = QStringLiteral("  ");
    EXPECT_TRUE(message(t).contains(QStringLiteral("first name")));

    t = validTutor();
    t.lastName.clear();
    EXPECT_TRUE(message(t).contains(QStringLiteral("last name")));

    t = validTutor();
    t.type = QStringLiteral("wizard");
    EXPECT_TRUE(message(t).contains(QStringLiteral("wizard")));
    EXPECT_TRUE(message(t).contains(QStringLiteral("paraprofessional")));

    t = validTutor();
    t.status = QStringLiteral("retired");
    EXPECT_TRUE(message(t).contains(QStringLiteral("Status")));

    t = validTutor();
    t.subjects.clear();
    EXPECT_TRUE(message(t).contains(QStringLiteral("Subjects")));

    t = validTutor();
    t.subjects = {QStringLiteral("science")};
    EXPECT_TRUE(message(t).contains(QStringLiteral("science")));

    t = validTutor();
    t.availability = {{2, QTime(12, 0), QTime(8, 0)}};
    EXPECT_TRUE(message(t).contains(QStringLiteral("ends before it starts"))) << message(t).toStdString();

    t = validTutor();
    t.availability = {{2, QTime(8, 0), QTime(12, 0)}, {2, QTime(11, 0), QTime(13, 0)}};
    EXPECT_TRUE(message(t).contains(QStringLiteral("overlap"))) << message(t).toStdString();

    // Windows that only touch are fine, and on different days they may cover the same hours.
    t = validTutor();
    t.availability = {
        {2, QTime(8, 0), QTime(10, 0)}, {2, QTime(10, 0), QTime(12, 0)}, {3, QTime(8, 0), QTime(12, 0)}};
    EXPECT_TRUE(Tutors::validate(t));

    t = validTutor();
    t.tbTestUntil = QDate(2026, 6, 1);
    EXPECT_TRUE(message(t).contains(QStringLiteral("TB test"))) << message(t).toStdString();
}

TEST_F(TutorsTest, SaveAndFindRoundTripWithAvailability)
{
    const std::int64_t supervisor = addSupervisor(store(), QStringLiteral("S-1"), QStringLiteral("Díaz"), 8);
    TutorRecord tutor = validTutor();
    tutor.supervisorId = supervisor;
    auto saved = Tutors::save(store(), tutor);
    ASSERT_TRUE(saved) << saved.error().message.toStdString();

    auto found = Tutors::find(store(), saved.value());
    ASSERT_TRUE(found);
    EXPECT_FALSE(QUuid::fromString(found->sourcedId).isNull()) << found->sourcedId.toStdString();
    tutor.id = saved.value();
    tutor.sourcedId = found->sourcedId;
    EXPECT_EQ(*found, tutor);
    EXPECT_EQ(Tutors::findBySourcedId(store(), tutor.sourcedId), found);
    EXPECT_FALSE(Tutors::findBySourcedId(store(), QStringLiteral("nobody")));

    // An edit replaces subjects, languages and availability; the id stays.
    tutor.subjects = {QStringLiteral("writing")};
    tutor.languages = {QStringLiteral("hy")};
    tutor.availability = {{5, QTime(14, 0), QTime(16, 0)}};
    tutor.phone = QStringLiteral("555-0100");
    auto edited = Tutors::save(store(), tutor);
    ASSERT_TRUE(edited) << edited.error().message.toStdString();
    EXPECT_EQ(edited.value(), tutor.id);
    EXPECT_EQ(Tutors::find(store(), tutor.id), tutor);
    EXPECT_EQ(count("SELECT count(*) FROM tutor_availability"), 1);

    EXPECT_TRUE(tutor.availableAt(QDate(2026, 9, 4), QTime(14, 0), 120));
    EXPECT_FALSE(tutor.availableAt(QDate(2026, 9, 4), QTime(14, 30), 120));
    EXPECT_FALSE(tutor.availableAt(QDate(2026, 9, 3), QTime(14, 0), 30));
}

TEST_F(TutorsTest, AvailabilityJoinsWindowsThatTouch)
{
    TutorRecord t = validTutor();
    t.availability = {{2, QTime(8, 0), QTime(10, 0)}, {2, QTime(10, 0), QTime(12, 0)}};
    EXPECT_TRUE(t.availableAt(QDate(2026, 9, 1), QTime(9, 30), 60));
    EXPECT_TRUE(t.availableAt(QDate(2026, 9, 1), QTime(11, 30), 30));
    EXPECT_FALSE(t.availableAt(QDate(2026, 9, 1), QTime(11, 45), 30));
    EXPECT_TRUE(t.availability[0].covers(2, QTime(8, 0), 120));
    EXPECT_FALSE(t.availability[0].covers(3, QTime(8, 0), 30));
    EXPECT_FALSE(TutorText::availability(t.availability).isEmpty());
    EXPECT_EQ(TutorText::typeCodes().size(), 6);
    EXPECT_EQ(TutorText::statusTitle(QStringLiteral("substitute")), QStringLiteral("Substitute pool"));
}

TEST_F(TutorsTest, ListShowsSupervisorGroupsAndWeeklyMinutesSortedByName)
{
    const std::int64_t supervisor = addSupervisor(store(), QStringLiteral("S-1"), QStringLiteral("Díaz"), 8);
    TutorSpec zuniga{};
    zuniga.id = QStringLiteral("T-1");
    zuniga.first = QStringLiteral("Luis");
    zuniga.last = u("Zúñiga");
    zuniga.supervisorId = supervisor;
    const std::int64_t z = addTutor(store(), zuniga);
    TutorSpec avila{};
    avila.id = QStringLiteral("T-2");
    avila.first = QStringLiteral("Eva");
    avila.last = u("Ávila");
    avila.status = QStringLiteral("inactive");
    addTutor(store(), avila);
    TutorSpec baker{};
    baker.id = QStringLiteral("T-3");
    baker.first = QStringLiteral("Sam");
    baker.last = QStringLiteral("Baker");
    addTutor(store(), baker);
    addLedGroup(z, QStringLiteral("Reading A"), "active", 1 | 4 | 16, 30); // Mon, Wed, Fri
    addLedGroup(z, QStringLiteral("Math B"), "planned", 2 | 8, 45);        // Tue, Thu
    addLedGroup(z, QStringLiteral("Old C"), "ended", 1, 30);

    const std::vector<TutorSummary> list = Tutors::list(store());
    ASSERT_EQ(list.size(), 3u);
    EXPECT_EQ(list[0].tutor.lastName, u("Ávila"));
    EXPECT_EQ(list[1].tutor.lastName, QStringLiteral("Baker"));
    EXPECT_EQ(list[2].tutor.lastName, u("Zúñiga"));
    EXPECT_EQ(list[2].supervisorName, u("Rosa Díaz"));
    EXPECT_EQ(list[2].groups, 2);
    EXPECT_EQ(list[2].weeklyMinutes, 3 * 30 + 2 * 45);
    EXPECT_EQ(list[1].groups, 0);
    EXPECT_TRUE(list[1].supervisorName.isEmpty());
    EXPECT_EQ(list[2].tutor.subjects, (QStringList{QStringLiteral("reading"), QStringLiteral("math")}));
}

TEST_F(TutorsTest, ATutorWhoLeadsGroupsCannotBeMadeInactive)
{
    const std::int64_t tutor = addTutor(store(), {});
    const QString group = u("Reading · Grades 3–4 · Tier 2 · A");
    const std::int64_t groupId = addLedGroup(tutor, group, "active", 1, 30);

    auto refused = Tutors::setStatus(store(), tutor, QStringLiteral("inactive"));
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("Give ") + group +
                                                 QStringLiteral(" another tutor first.")))
        << refused.error().message.toStdString();
    EXPECT_EQ(store().db().queryText("SELECT status FROM tutors WHERE id = ?", tutor),
              QStringLiteral("active"));

    TutorRecord record = *Tutors::find(store(), tutor);
    record.status = QStringLiteral("inactive");
    EXPECT_FALSE(Tutors::save(store(), record));

    EXPECT_TRUE(Tutors::setStatus(store(), tutor, QStringLiteral("substitute")));
    EXPECT_FALSE(Tutors::setStatus(store(), tutor, QStringLiteral("retired")));

    store().db().run("UPDATE tutoring_groups SET status = 'ended' WHERE id = ?", groupId);
    EXPECT_TRUE(Tutors::setStatus(store(), tutor, QStringLiteral("inactive")));
    EXPECT_EQ(store().db().queryText("SELECT status FROM tutors WHERE id = ?", tutor),
              QStringLiteral("inactive"));
}

// ---------------------------------------------------------------- clearances

TEST_F(TutorsTest, ClearanceStatesOnTheirBoundaries)
{
    const QDate day(2026, 11, 3);
    TutorRecord t = validTutor();
    t.tbTestUntil = QDate(2028, 1, 1);
    const auto withCheckUntil = [&](const QDate& until) {
        TutorRecord copy = t;
        copy.backgroundCheckUntil = until;
        return copy;
    };

    ClearanceStatus today = Clearances::of(withCheckUntil(day), day);
    EXPECT_EQ(today.state, ClearanceState::ExpiringSoon);
    EXPECT_EQ(today.daysLeft, 0);
    EXPECT_EQ(today.what, QStringLiteral("Background check"));
    EXPECT_TRUE(Clearances::canWork(withCheckUntil(day), day));

    ClearanceStatus thirty = Clearances::of(withCheckUntil(day.addDays(30)), day);
    EXPECT_EQ(thirty.state, ClearanceState::ExpiringSoon);
    EXPECT_EQ(thirty.daysLeft, 30);
    EXPECT_EQ(thirty.until, day.addDays(30));

    EXPECT_EQ(Clearances::of(withCheckUntil(day.addDays(31)), day).state, ClearanceState::Cleared);

    const TutorRecord expired = withCheckUntil(day.addDays(-1));
    EXPECT_EQ(Clearances::of(expired, day).state, ClearanceState::Expired);
    EXPECT_FALSE(Clearances::canWork(expired, day));
    EXPECT_TRUE(Clearances::refusal(expired, day).contains(QStringLiteral("background check expired")))
        << Clearances::refusal(expired, day).toStdString();
    EXPECT_TRUE(Clearances::refusal(withCheckUntil(day), day).isEmpty());

    TutorRecord missing = t;
    missing.tbTestOn = QDate();
    missing.tbTestUntil = QDate();
    EXPECT_EQ(Clearances::of(missing, day).state, ClearanceState::Missing);
    EXPECT_EQ(Clearances::of(missing, day).what, QStringLiteral("TB test"));
    EXPECT_FALSE(Clearances::canWork(missing, day));
    EXPECT_TRUE(Clearances::refusal(missing, day).contains(QStringLiteral("no TB test")));

    // The worse of the two decides: an expired TB test outweighs a check that expires soon.
    TutorRecord both = withCheckUntil(day.addDays(10));
    both.tbTestUntil = day.addDays(-3);
    EXPECT_EQ(Clearances::of(both, day).state, ClearanceState::Expired);
    EXPECT_EQ(Clearances::of(both, day).what, QStringLiteral("TB test"));

    TutorRecord inactive = t;
    inactive.status = QStringLiteral("inactive");
    EXPECT_FALSE(Clearances::canWork(inactive, day));
    EXPECT_TRUE(Clearances::refusal(inactive, day).contains(QStringLiteral("inactive")));
}

TEST_F(TutorsTest, WarningsListTheTutorsWhoCannotWorkFirstThenTheSoonestToExpire)
{
    const QDate today(2026, 11, 3);
    const auto add = [&](const char* id, const char* first, const QDate& until,
                         const char* status = "active") {
        TutorSpec spec{};
        spec.id = QString::fromLatin1(id);
        spec.first = QString::fromLatin1(first);
        spec.clearedUntil = until;
        spec.status = QString::fromLatin1(status);
        return addTutor(store(), spec);
    };
    add("T-1", "Expired", today.addDays(-5));
    const std::int64_t missing = add("T-2", "Missing", today.addDays(200));
    store().db().run("UPDATE tutors SET tb_test_on = NULL, tb_test_until = NULL WHERE id = ?", missing);
    add("T-3", "Five", today.addDays(5));
    add("T-4", "Twenty", today.addDays(20));
    add("T-5", "Cleared", today.addDays(200));
    add("T-6", "Inactive", today.addDays(-50), "inactive");
    add("T-7", "Substitute", today.addDays(2), "substitute");

    const std::vector<ClearanceWarning> warnings = Clearances::warnings(store(), today);
    QStringList order;
    for (const ClearanceWarning& w : warnings)
        order << w.tutor;
    EXPECT_EQ(order, (QStringList{QStringLiteral("Missing Kim"), QStringLiteral("Expired Kim"),
                                  QStringLiteral("Substitute Kim"), QStringLiteral("Five Kim"),
                                  QStringLiteral("Twenty Kim")}));
    ASSERT_EQ(warnings.size(), 5u);
    EXPECT_TRUE(warnings[1].message().contains(QStringLiteral("expired on")))
        << warnings[1].message().toStdString();
    EXPECT_TRUE(warnings[3].message().contains(QStringLiteral("expires in 5 days")))
        << warnings[3].message().toStdString();
    EXPECT_TRUE(warnings[0].message().contains(QStringLiteral("TB test")))
        << warnings[0].message().toStdString();
}

// ---------------------------------------------------------------- supervisors

TEST_F(TutorsTest, SupervisorLoadsCountActiveAndSubstituteTutorsAndFlagOverCapacity)
{
    const std::int64_t small = addSupervisor(store(), QStringLiteral("S-1"), QStringLiteral("Alvarez"), 2);
    addSupervisor(store(), QStringLiteral("S-2"), QStringLiteral("Brown"), 8);
    const auto add = [&](const char* id, const char* first, const char* status, std::int64_t supervisor) {
        TutorSpec spec{};
        spec.id = QString::fromLatin1(id);
        spec.first = QString::fromLatin1(first);
        spec.status = QString::fromLatin1(status);
        spec.supervisorId = supervisor;
        addTutor(store(), spec);
    };
    add("T-1", "Cy", "active", small);
    add("T-2", "Bo", "substitute", small);
    add("T-3", "Al", "active", small);
    add("T-4", "Di", "inactive", small);
    add("T-5", "Ed", "active", 0);
    add("T-6", "Fe", "inactive", 0);

    const std::vector<SupervisorLoad> loads = Supervisors::loads(store());
    ASSERT_EQ(loads.size(), 2u);
    EXPECT_EQ(loads[0].supervisor.lastName, QStringLiteral("Alvarez"));
    EXPECT_EQ(loads[0].tutors,
              (QStringList{QStringLiteral("Al Kim"), QStringLiteral("Bo Kim"), QStringLiteral("Cy Kim")}));
    EXPECT_TRUE(loads[0].overCapacity());
    EXPECT_EQ(loads[1].tutorCount(), 0);
    EXPECT_FALSE(loads[1].overCapacity());
    EXPECT_EQ(Supervisors::unsupervisedTutors(store()), QStringList{QStringLiteral("Ed Kim")});

    auto removed = Supervisors::remove(store(), small);
    ASSERT_TRUE(removed) << removed.error().message.toStdString();
    EXPECT_EQ(Supervisors::list(store()).size(), 1u);
    EXPECT_EQ(count("SELECT count(*) FROM tutors WHERE supervisor_id IS NOT NULL"), 0);
    EXPECT_EQ(Supervisors::unsupervisedTutors(store()).size(), 4);
}

TEST_F(TutorsTest, SupervisorSaveChecksNamesAndCapacity)
{
    SupervisorRecord s;
    s.firstName = QStringLiteral("Rosa");
    EXPECT_FALSE(Supervisors::save(store(), s));
    s.lastName = u("Díaz");
    s.maxTutors = 0;
    EXPECT_FALSE(Supervisors::save(store(), s));
    s.maxTutors = 6;
    s.title = QStringLiteral("Instructional lead");
    auto saved = Supervisors::save(store(), s);
    ASSERT_TRUE(saved) << saved.error().message.toStdString();
    auto found = Supervisors::find(store(), saved.value());
    ASSERT_TRUE(found);
    EXPECT_EQ(found->displayName(), u("Rosa Díaz"));
    EXPECT_EQ(found->maxTutors, 6);
    EXPECT_FALSE(found->sourcedId.isEmpty());
    s = *found;
    s.maxTutors = 9;
    ASSERT_TRUE(Supervisors::save(store(), s));
    EXPECT_EQ(Supervisors::find(store(), s.id)->maxTutors, 9);
}

// ---------------------------------------------------------------- import

TEST_F(TutorsTest, ImportReadsTheTutorListAndAddsItsSupervisors)
{
    auto imported = TutorImport::importFile(store(), tutorData("tutors.csv"), false);
    ASSERT_TRUE(imported) << imported.error().message.toStdString();
    ASSERT_TRUE(imported->problems.empty()) << imported->problems.front().toText().toStdString();
    EXPECT_TRUE(imported->applied);
    EXPECT_EQ(imported->read, 3);
    EXPECT_EQ(imported->added, 3);
    EXPECT_EQ(count("SELECT count(*) FROM supervisors"), 2);
    bool notedSupervisors = false, notedColumns = false;
    for (const QString& note : imported->notes) {
        notedSupervisors |= note.contains(QStringLiteral("2 supervisors"));
        notedColumns |= note.contains(QStringLiteral("Notes"));
    }
    EXPECT_TRUE(notedSupervisors);
    EXPECT_TRUE(notedColumns);

    const auto ana = Tutors::findBySourcedId(store(), QStringLiteral("E-100"));
    ASSERT_TRUE(ana);
    EXPECT_EQ(ana->displayName(), QStringLiteral("Ana Kim"));
    EXPECT_EQ(ana->type, QStringLiteral("paraprofessional"));
    EXPECT_EQ(ana->subjects, (QStringList{QStringLiteral("reading"), QStringLiteral("math")}));
    EXPECT_EQ(ana->languages, (QStringList{QStringLiteral("en"), QStringLiteral("ko")}));
    EXPECT_EQ(ana->availability, (std::vector<AvailabilityWindow>{{1, QTime(8, 0), QTime(12, 0)},
                                                                  {3, QTime(13, 0), QTime(15, 30)}}));
    EXPECT_EQ(ana->tbTestUntil, QDate(2028, 7, 15));
    ASSERT_TRUE(ana->supervisorId);
    EXPECT_EQ(Supervisors::find(store(), *ana->supervisorId)->displayName(), u("Rosa Díaz"));

    const auto jose = byName("José", "Muñoz");
    ASSERT_TRUE(jose);
    EXPECT_EQ(jose->type, QStringLiteral("certified_teacher"));
    EXPECT_EQ(jose->status, QStringLiteral("substitute"));
    EXPECT_EQ(jose->languages, QStringList{QStringLiteral("es")});
    EXPECT_EQ(jose->backgroundCheckUntil, QDate(2027, 6, 30));
    EXPECT_EQ(jose->availability.size(), 5u);
    EXPECT_EQ(jose->supervisorId, ana->supervisorId);

    const auto linh = byName("Linh", "Nguyen");
    ASSERT_TRUE(linh);
    EXPECT_EQ(linh->languages, QStringList{QStringLiteral("vi")});
    EXPECT_EQ(Supervisors::find(store(), *linh->supervisorId)->displayName(), QStringLiteral("Marcus Lee"));
    EXPECT_EQ(linh->availability, (std::vector<AvailabilityWindow>{{2, QTime(14, 0), QTime(17, 0)},
                                                                   {4, QTime(14, 0), QTime(17, 0)}}));

    auto again = TutorImport::importFile(store(), tutorData("tutors.csv"), false);
    ASSERT_TRUE(again);
    EXPECT_TRUE(again->problems.empty());
    EXPECT_EQ(again->added, 0);
    EXPECT_EQ(again->updated, 0);
    EXPECT_EQ(again->unchanged, 3);
    EXPECT_EQ(count("SELECT count(*) FROM supervisors"), 2);
    EXPECT_EQ(count("SELECT count(*) FROM tutors"), 3);
}

TEST_F(TutorsTest, ImportReadsAvailabilityInTheWaysPeopleWriteIt)
{
    const QString path = file(QStringLiteral("availability.csv"));
    {
        QFile out(path);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write("First Name;Last Name;Subjects;Availability\n"
                  "Ana;Kim;reading;Mon-Fri 8:00-9:00\n"
                  "Ben;Cho;math;\"Mon, Wed 14:00-15:00, Thursday 10:00\xe2\x80\x93"
                  "11:30\"\n"
                  "Eva;Diaz;math;\"Tue/Thu 07:30-08:15; saturday 09:00-12:00\"\n");
    }
    auto imported = TutorImport::importFile(store(), path, false);
    ASSERT_TRUE(imported) << imported.error().message.toStdString();
    ASSERT_TRUE(imported->problems.empty()) << imported->problems.front().toText().toStdString();
    EXPECT_EQ(imported->added, 3);

    EXPECT_EQ(byName("Ana", "Kim")->availability.size(), 5u);
    EXPECT_EQ(byName("Ben", "Cho")->availability,
              (std::vector<AvailabilityWindow>{{1, QTime(14, 0), QTime(15, 0)},
                                               {3, QTime(14, 0), QTime(15, 0)},
                                               {4, QTime(10, 0), QTime(11, 30)}}));
    EXPECT_EQ(byName("Eva", "Diaz")->availability,
              (std::vector<AvailabilityWindow>{{2, QTime(7, 30), QTime(8, 15)},
                                               {4, QTime(7, 30), QTime(8, 15)},
                                               {6, QTime(9, 0), QTime(12, 0)}}));
    // New tutors without a type or status column are active paraprofessionals.
    EXPECT_EQ(byName("Eva", "Diaz")->type, QStringLiteral("paraprofessional"));
    EXPECT_EQ(byName("Eva", "Diaz")->status, QStringLiteral("active"));
}

TEST_F(TutorsTest, ImportUpdatesATutorItFindsByName)
{
    addTutor(store(), {}); // Ana Kim, T-1, reading and math, no supervisor
    auto dry = TutorImport::importFile(store(), tutorData("tutors.csv"), true);
    ASSERT_TRUE(dry);
    EXPECT_EQ(dry->added, 2);
    EXPECT_EQ(dry->updated, 1);
    EXPECT_FALSE(dry->applied);
    EXPECT_EQ(count("SELECT count(*) FROM tutors"), 1);
    EXPECT_EQ(count("SELECT count(*) FROM supervisors"), 0);

    auto imported = TutorImport::importFile(store(), tutorData("tutors.csv"), false);
    ASSERT_TRUE(imported);
    EXPECT_EQ(imported->updated, 1);
    EXPECT_EQ(count("SELECT count(*) FROM tutors"), 3);
    const auto ana = Tutors::findBySourcedId(store(), QStringLiteral("E-100"));
    ASSERT_TRUE(ana);
    EXPECT_EQ(ana->email, QStringLiteral("ana.kim@example.org"));
}

TEST_F(TutorsTest, ImportReportsEveryBadLineWithItsColumnAndWritesNothing)
{
    const QString path = tutorData("bad-lines.csv");
    auto imported = TutorImport::importFile(store(), path, false);
    ASSERT_TRUE(imported) << imported.error().message.toStdString();
    const std::vector<ImportProblem>& p = imported->problems;
    ASSERT_EQ(p.size(), 8u);
    const auto at = [&](std::size_t i, int line, int column, const char* field, const char* text) {
        EXPECT_EQ(p[i].file, path);
        EXPECT_EQ(p[i].line, line) << i;
        EXPECT_EQ(p[i].column, column) << i;
        EXPECT_EQ(p[i].field, QString::fromLatin1(field)) << i;
        EXPECT_TRUE(p[i].message.contains(QString::fromLatin1(text))) << p[i].message.toStdString();
    };
    at(0, 2, 3, "Type", "wizard");
    at(1, 3, 4, "Subjects", "science");
    at(2, 4, 6, "Background check expires", "13/45/2027");
    at(3, 5, 5, "Languages", "Klingon");
    at(4, 5, 7, "Status", "on leave");
    at(5, 5, 8, "Availability", "Funday");
    at(6, 6, 2, "Last name", "last name");
    at(7, 7, 0, "", "ends before it starts");
    EXPECT_TRUE(p[0].message.contains(QStringLiteral("certified_teacher")));
    EXPECT_TRUE(p[4].message.contains(QStringLiteral("substitute")));
    EXPECT_EQ(count("SELECT count(*) FROM tutors"), 0);
}

TEST_F(TutorsTest, ImportNeedsNameColumns)
{
    auto imported = TutorImport::importFile(store(), tutorData("no-names.csv"), false);
    ASSERT_TRUE(imported);
    ASSERT_EQ(imported->problems.size(), 2u);
    EXPECT_EQ(imported->problems[0].line, 1);
    EXPECT_EQ(imported->problems[0].field, QStringLiteral("First name"));
    EXPECT_EQ(imported->problems[1].field, QStringLiteral("Last name"));
}

TEST_F(TutorsTest, ImportRefusesToDeactivateATutorWhoLeadsAGroup)
{
    ASSERT_TRUE(TutorImport::importFile(store(), tutorData("tutors.csv"), false));
    const auto ana = Tutors::findBySourcedId(store(), QStringLiteral("E-100"));
    addLedGroup(ana->id, QStringLiteral("Reading A"), "active", 1, 30);
    const QString path = file(QStringLiteral("inactive.csv"));
    {
        QFile out(path);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write("id,first name,last name,status\nE-100,Ana,Kim,inactive\n");
    }
    auto imported = TutorImport::importFile(store(), path, false);
    ASSERT_TRUE(imported);
    ASSERT_EQ(imported->problems.size(), 1u);
    EXPECT_EQ(imported->problems[0].line, 2);
    EXPECT_EQ(imported->problems[0].column, 4);
    EXPECT_TRUE(imported->problems[0].message.contains(QStringLiteral("Reading A")));
    EXPECT_EQ(Tutors::find(store(), ana->id)->status, QStringLiteral("active"));
}

} // namespace
} // namespace tutordesk::test
