#include "demo/DemoSchool.h"
#include "school/School.h"
#include "store/Store.h"
#include "support/Fixtures.h"
#include "support/TempDir.h"

#include <QDate>
#include <QStringList>

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <memory>
#include <string>
#include <vector>

namespace tutordesk::test {
namespace {

// A school day in the spring, well past the winter diagnostic: most of the program has happened.
const QDate spring(2026, 3, 13);

class DemoTest : public TempDirTest {
protected:
    std::unique_ptr<Store> generate(const QString& name, const DemoOptions& options,
                                    DemoSummary* summary = nullptr)
    {
        auto store = openStore(file(name));
        if (!store)
            return nullptr;
        auto generated = generateDemoSchool(*store, options);
        if (!generated) {
            ADD_FAILURE() << generated.error().message.toStdString();
            return nullptr;
        }
        if (summary)
            *summary = generated.value();
        return store;
    }

    static DemoOptions demo(std::uint32_t seed = 1, const QDate& through = spring)
    {
        DemoOptions options;
        options.seed = seed;
        options.through = through;
        return options;
    }

    // Every row of a query, its columns joined by '|', for comparing databases row by row.
    static QStringList rows(Store& store, const char* sql)
    {
        QStringList out;
        Statement st = store.db().prepare(sql);
        while (st.step()) {
            QStringList columns;
            for (int c = 0; c < st.columnCount(); ++c)
                columns << (st.isNull(c) ? QStringLiteral("NULL") : st.text(c));
            out << columns.join(QLatin1Char('|'));
        }
        return out;
    }

    static std::int64_t number(Store& store, const char* sql) { return store.db().queryInteger(sql); }

    static double real(Store& store, const char* sql)
    {
        Statement st = store.db().prepare(sql);
        return st.step() ? st.real(0) : 0.0;
    }
};

// The rows the determinism tests compare: ids, names and values of every kind of row.
const std::array<const char*, 8> samples = {
    "SELECT sourced_id, state_id, first_name, last_name, preferred_name, grade, birth_date, gender, "
    "el_status,"
    " home_language, iep, attendance_rate, need_score, need_breakdown, search_text FROM students ORDER BY id"
    " LIMIT 40",
    "SELECT sourced_id, first_name, last_name, type, status, background_check_until, tb_test_until FROM "
    "tutors"
    " ORDER BY id",
    "SELECT sourced_id, name, subject, tier, cap, tutor_id, weekdays, starts_at, skill_code, location, "
    "start_day"
    " FROM tutoring_groups ORDER BY id",
    "SELECT sourced_id, student_id, group_id, status, status_since, need_score FROM enrollments ORDER BY id",
    "SELECT sourced_id, group_id, day, starts_at, minutes, kind, status, cancel_reason, substitute_tutor_id"
    " FROM sessions ORDER BY id LIMIT 300",
    "SELECT sourced_id, session_id, student_id, status, minutes, recorded_by FROM attendance ORDER BY id "
    "LIMIT 500",
    "SELECT sourced_id, student_id, contacted_at, method, language, outcome, notes FROM contacts ORDER BY id"
    " LIMIT 100",
    "SELECT sourced_id, student_id, kind, subject, test_window, score, placement, assessed_on FROM "
    "assessments"
    " ORDER BY id DESC LIMIT 200",
};

TEST_F(DemoTest, TheSameSeedGivesTheSameSchoolRowForRow)
{
    DemoSummary first, second;
    auto a = generate(QStringLiteral("a.tutordesk"), demo(7), &first);
    auto b = generate(QStringLiteral("b.tutordesk"), demo(7), &second);
    ASSERT_TRUE(a && b);
    EXPECT_EQ(first.students, second.students);
    EXPECT_EQ(first.guardians, second.guardians);
    EXPECT_EQ(first.groups, second.groups);
    EXPECT_EQ(first.enrollments, second.enrollments);
    EXPECT_EQ(first.sessions, second.sessions);
    EXPECT_EQ(first.attendance, second.attendance);
    EXPECT_EQ(first.contacts, second.contacts);
    EXPECT_EQ(first.assessments, second.assessments);
    for (const char* sql : samples) {
        const QStringList left = rows(*a, sql);
        EXPECT_FALSE(left.isEmpty()) << sql;
        EXPECT_EQ(left, rows(*b, sql)) << sql;
    }
    EXPECT_EQ(rows(*a, "SELECT sourced_id, school_code FROM school"),
              rows(*b, "SELECT sourced_id, school_code FROM school"));
}

TEST_F(DemoTest, AnotherSeedGivesAnotherSchool)
{
    auto a = generate(QStringLiteral("a.tutordesk"), demo(7));
    auto b = generate(QStringLiteral("b.tutordesk"), demo(8));
    ASSERT_TRUE(a && b);
    EXPECT_NE(rows(*a, samples[0]), rows(*b, samples[0]));
    EXPECT_NE(rows(*a, samples[1]), rows(*b, samples[1]));
    EXPECT_NE(rows(*a, samples[5]), rows(*b, samples[5]));
}

TEST_F(DemoTest, TheDemoSchoolIsMsRiverasSchool)
{
    DemoSummary summary;
    auto store = generate(QStringLiteral("demo.tutordesk"), demo(), &summary);
    ASSERT_TRUE(store);
    EXPECT_EQ(summary.schoolName, QStringLiteral("Alvarado Street Elementary"));
    EXPECT_EQ(summary.yearStart, QDate(2025, 8, 11));
    EXPECT_EQ(summary.yearEnd, QDate(2026, 6, 5));
    EXPECT_EQ(summary.through, spring);
    EXPECT_NEAR(summary.students, 600, 30);
    EXPECT_EQ(number(*store, "SELECT count(*) FROM students"), summary.students);
    EXPECT_EQ(
        rows(*store, "SELECT DISTINCT grade FROM students ORDER BY grade_rank"),
        (QStringList{QStringLiteral("TK"), QStringLiteral("K"), QStringLiteral("1"), QStringLiteral("2"),
                     QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("5")}));
    EXPECT_EQ(rows(*store, "SELECT district_code, coordinator, length(school_code) FROM school"),
              QStringList{QStringLiteral("64733|Ana Rivera|7")});

    // 150 students seated when tutoring began; pauses and exits hand seats to the waitlist since.
    EXPECT_EQ(summary.served, 150);
    const auto seated = number(*store, "SELECT count(DISTINCT student_id) FROM enrollments"
                                       " WHERE status IN ('invited', 'consented', 'active')");
    EXPECT_GE(seated, 130);
    EXPECT_LE(seated, 155);
    EXPECT_GT(number(*store, "SELECT count(*) FROM enrollments WHERE status = 'waitlisted'"), 0);
    EXPECT_GT(number(*store, "SELECT count(*) FROM enrollments WHERE status = 'paused'"), 0);
    EXPECT_EQ(number(*store,
                     "SELECT count(*) FROM enrollments WHERE status = 'waitlisted' AND group_id IS NOT NULL"),
              0);
    EXPECT_EQ(
        number(*store, "SELECT count(*) FROM enrollments WHERE need_score IS NULL OR need_breakdown IS NULL"),
        0);

    // Fourteen tutors of the journeys' mix, two substitutes, and a lead coaching more than eight.
    EXPECT_EQ(
        rows(*store, "SELECT type, count(*) FROM tutors WHERE status = 'active' GROUP BY type ORDER BY type"),
        (QStringList{QStringLiteral("certified_teacher|2"), QStringLiteral("college_student|5"),
                     QStringLiteral("community_tutor|3"), QStringLiteral("paraprofessional|4")}));
    EXPECT_EQ(number(*store, "SELECT count(*) FROM tutors WHERE status = 'substitute'"), 2);
    EXPECT_EQ(
        rows(*store,
             "SELECT s.max_tutors, count(t.id) FROM supervisors s JOIN tutors t ON t.supervisor_id = s.id"
             " AND t.status = 'active' GROUP BY s.id ORDER BY s.id"),
        (QStringList{QStringLiteral("8|9"), QStringLiteral("6|5")}));
    EXPECT_GT(number(*store, "SELECT count(*) FROM tutor_languages WHERE language = 'es'"), 3);

    // Clearances: a couple expire within 30 days of `through`, one has lapsed.
    EXPECT_GE(number(*store, "SELECT count(*) FROM tutors WHERE min(background_check_until, tb_test_until)"
                             " BETWEEN '2026-03-14' AND '2026-04-12'"),
              2);
    EXPECT_EQ(
        number(*store,
               "SELECT count(*) FROM tutors WHERE min(background_check_until, tb_test_until) < '2026-03-13'"),
        1);
    // The protocol as a coordinator who keeps up with it leaves it: most actions resolved, the recent
    // ones and a small backlog open for the Today page.
    const auto actions = number(*store, "SELECT count(*) FROM protocol_actions");
    const auto open = number(*store, "SELECT count(*) FROM protocol_actions WHERE status = 'open'");
    EXPECT_GT(actions, 100);
    EXPECT_GT(open, 0);
    EXPECT_LT(open * 4, actions);
    EXPECT_GT(
        number(*store,
               "SELECT count(*) FROM protocol_actions WHERE status = 'done' AND contact_id IS NOT NULL"),
        0);
    EXPECT_EQ(number(*store, "SELECT count(*) FROM letters_sent") +
                  number(*store, "SELECT count(*) FROM outbox"),
              0);
}

TEST_F(DemoTest, StudentsLookLikeTheSchoolsCommunities)
{
    auto store = generate(QStringLiteral("demo.tutordesk"), demo(3));
    ASSERT_TRUE(store);
    const double n = static_cast<double>(number(*store, "SELECT count(*) FROM students"));
    auto share = [&](const char* sql) { return static_cast<double>(number(*store, sql)) / n; };
    EXPECT_NEAR(share("SELECT count(*) FROM students WHERE hispanic_latino = 1"), 0.5, 0.08);
    EXPECT_NEAR(share("SELECT count(*) FROM students WHERE home_language = 'es'"), 0.38, 0.08);
    EXPECT_NEAR(share("SELECT count(*) FROM students WHERE iep = 1"), 0.12, 0.04);
    EXPECT_NEAR(share("SELECT count(*) FROM students WHERE section_504 = 1"), 0.03, 0.02);
    EXPECT_LE(share("SELECT count(*) FROM students WHERE foster = 1"), 0.03);
    EXPECT_NEAR(share("SELECT count(*) FROM students WHERE homeless = 1"), 0.04, 0.03);
    EXPECT_NEAR(share("SELECT count(*) FROM students WHERE disadvantaged = 1"), 0.8, 0.06);
    EXPECT_NEAR(share("SELECT count(*) FROM students WHERE attendance_rate < 90"), 0.15, 0.06);
    EXPECT_GT(share("SELECT count(*) FROM students WHERE el_status = 'EL'"), 0.15);
    EXPECT_EQ(
        number(*store, "SELECT count(*) FROM students WHERE home_language = 'en' AND el_status <> 'EO'"), 0);
    // English-learner shares fall with grade as students are reclassified.
    EXPECT_GT(real(*store, "SELECT avg(el_status = 'EL') FROM students WHERE grade IN ('K', '1')"),
              real(*store, "SELECT avg(el_status = 'EL') FROM students WHERE grade IN ('4', '5')"));
    EXPECT_GT(
        number(*store, "SELECT count(*) FROM students WHERE el_status = 'RFEP' AND grade IN ('4', '5')"), 0);
    // Names keep their accents; the search text is folded and carries the district id.
    EXPECT_GT(number(*store, "SELECT count(*) FROM students WHERE last_name GLOB '*[áéíóúñ]*'"), 0);
    EXPECT_GT(number(*store, "SELECT count(*) FROM students WHERE home_language = 'vi'"), 0);
    EXPECT_EQ(number(*store, "SELECT count(*) FROM students WHERE search_text = '' OR last_name_key = ''"
                             " OR instr(search_text, sourced_id) = 0 OR search_text GLOB '*[A-ZÁÉÍÓÚÑ]*'"),
              0);
    EXPECT_EQ(number(*store, "SELECT count(*) FROM students WHERE length(sourced_id) <> 10"
                             " OR length(state_id) <> 10 OR sourced_id GLOB '*[^0-9]*'"),
              0);
    // Birth dates fit the grade: kindergarteners turned five by September 1.
    EXPECT_EQ(number(*store, "SELECT count(*) FROM students WHERE grade = 'K'"
                             " AND birth_date NOT BETWEEN '2019-09-02' AND '2020-09-01'"),
              0);
    EXPECT_EQ(number(*store,
                     "SELECT count(*) FROM students s WHERE NOT EXISTS"
                     " (SELECT 1 FROM student_guardians g WHERE g.student_id = s.id AND g.is_primary = 1)"),
              0);
    // Every student has a fall diagnostic in both subjects.
    EXPECT_EQ(
        number(*store, "SELECT count(*) FROM assessments WHERE kind = 'benchmark' AND test_window = 'BOY'"),
        2 * static_cast<std::int64_t>(n));
    EXPECT_GT(
        number(*store, "SELECT count(*) FROM assessments WHERE kind = 'benchmark' AND test_window = 'MOY'"),
        0);
    EXPECT_EQ(
        number(*store, "SELECT count(*) FROM assessments WHERE kind = 'benchmark' AND test_window = 'EOY'"),
        0);
}

TEST_F(DemoTest, SessionsKeepToTheCalendarAndTheCaps)
{
    DemoSummary summary;
    auto store = generate(QStringLiteral("year.tutordesk"), demo(5, QDate(2026, 6, 5)), &summary);
    ASSERT_TRUE(store);
    for (const char* label : {"Labor Day", "Thanksgiving break", "Winter break", "Martin Luther King Jr. Day",
                              "Presidents' Day", "Spring break", "Memorial Day"})
        EXPECT_GT(store->db().queryInteger("SELECT count(*) FROM calendar_days WHERE label = ?", label), 0)
            << label;
    EXPECT_EQ(number(*store, "SELECT count(*) FROM calendar_days WHERE label LIKE 'C_sar Ch_vez Day'"), 1);
    EXPECT_GE(
        number(*store, "SELECT count(*) FROM calendar_days WHERE kind = 'break' AND label = 'Winter break'"),
        12);
    EXPECT_GE(number(*store, "SELECT count(*) FROM calendar_days WHERE kind = 'minimum_day'"), 4);

    EXPECT_EQ(number(*store, "SELECT count(*) FROM sessions s JOIN calendar_days c ON c.day = s.day"
                             " WHERE c.kind <> 'minimum_day'"),
              0);
    EXPECT_EQ(number(*store, "SELECT count(*) FROM sessions WHERE strftime('%w', day) IN ('0', '6')"
                             " OR day < '2025-09-01' OR day > '2026-06-05'"),
              0);
    EXPECT_EQ(number(*store, "SELECT count(*) FROM sessions s JOIN tutoring_groups g ON g.id = s.group_id"
                             " WHERE s.day < g.start_day OR s.day > g.end_day"),
              0);
    // No group above its cap, no tutor and no student in two places at once.
    EXPECT_EQ(
        number(*store,
               "SELECT count(*) FROM tutoring_groups g WHERE g.cap < (SELECT count(*) FROM enrollments e"
               " WHERE e.group_id = g.id AND e.status IN ('invited', 'consented', 'active'))"),
        0);
    EXPECT_GT(number(*store, "SELECT count(*) FROM tutoring_groups WHERE cap = 4"), 0);
    EXPECT_GT(number(*store, "SELECT count(*) FROM tutoring_groups WHERE cap = 2"), 0);
    EXPECT_EQ(number(*store, "SELECT count(*) FROM (SELECT 1 FROM sessions WHERE status <> 'cancelled'"
                             " GROUP BY tutor_id, day, starts_at HAVING count(*) > 1)"),
              0);
    EXPECT_EQ(number(*store,
                     "SELECT count(*) FROM (SELECT 1 FROM attendance a JOIN sessions s ON s.id = a.session_id"
                     " GROUP BY a.student_id, s.day, s.starts_at HAVING count(*) > 1)"),
              0);
    EXPECT_EQ(number(*store, "SELECT count(*) FROM tutoring_groups WHERE tier = 3 AND weekdays <> 15"), 0);
    EXPECT_EQ(
        number(*store, "SELECT count(*) FROM tutoring_groups WHERE tier = 2 AND weekdays NOT IN (21, 14)"),
        0);
    // Groups fit their tutor's availability on each of their weekdays.
    EXPECT_EQ(number(*store,
                     "SELECT count(*) FROM tutoring_groups g, (SELECT 1 d UNION SELECT 2 UNION SELECT 3"
                     " UNION SELECT 4 UNION SELECT 5) w WHERE (g.weekdays >> (w.d - 1)) & 1 AND NOT EXISTS"
                     " (SELECT 1 FROM tutor_availability a WHERE a.tutor_id = g.tutor_id AND a.weekday = w.d"
                     " AND a.starts_at <= g.starts_at"
                     " AND a.ends_at >= substr(time(g.starts_at, '+' || g.minutes || ' minutes'), 1, 5))"),
              0);

    // Held or cancelled up to `through` (which is the last day here), with make-ups and substitutes.
    EXPECT_EQ(number(*store, "SELECT count(*) FROM sessions WHERE status = 'scheduled'"), 0);
    const double cancelled = real(*store, "SELECT avg(status = 'cancelled') FROM sessions");
    EXPECT_GT(cancelled, 0.01);
    EXPECT_LT(cancelled, 0.1);
    EXPECT_GT(
        number(*store, "SELECT count(*) FROM sessions WHERE kind = 'makeup' AND makeup_for IS NOT NULL"), 0);
    EXPECT_GT(number(*store, "SELECT count(*) FROM sessions WHERE substitute_tutor_id IS NOT NULL"), 0);
    // A tutor's absence is on record for every session it cancelled or a substitute covered.
    EXPECT_GT(number(*store, "SELECT count(*) FROM tutor_absences"), 0);
    EXPECT_EQ(number(*store,
                     "SELECT count(*) FROM sessions s WHERE (s.cancel_reason = 'tutor_absent'"
                     " OR s.substitute_tutor_id IS NOT NULL) AND NOT EXISTS (SELECT 1 FROM tutor_absences a"
                     " WHERE a.tutor_id = s.tutor_id AND s.day BETWEEN a.from_day AND a.to_day)"),
              0);
    EXPECT_GT(number(*store, "SELECT count(*) FROM tutoring_groups WHERE delivery_model = 'virtual'"), 0);
}

TEST_F(DemoTest, AttendanceOnlyForHeldSessionsWithConsistentMinutes)
{
    DemoSummary summary;
    auto store = generate(QStringLiteral("demo.tutordesk"), demo(11), &summary);
    ASSERT_TRUE(store);
    EXPECT_GT(summary.attendance, 5000);
    EXPECT_EQ(number(*store, "SELECT count(*) FROM attendance a JOIN sessions s ON s.id = a.session_id"
                             " WHERE s.status <> 'held' OR s.day > '2026-03-13'"),
              0);
    EXPECT_GT(
        number(*store, "SELECT count(*) FROM sessions WHERE status = 'scheduled' AND day > '2026-03-13'"), 0);
    EXPECT_EQ(
        number(*store, "SELECT count(*) FROM sessions WHERE status = 'scheduled' AND day <= '2026-03-13'"),
        0);
    EXPECT_EQ(number(*store, "SELECT count(*) FROM attendance a JOIN sessions s ON s.id = a.session_id WHERE"
                             " (a.status = 'present' AND a.minutes <> s.minutes)"
                             " OR (a.status = 'tardy' AND (a.minutes >= s.minutes OR a.minutes <= 0))"
                             " OR (a.status IN ('excused', 'unexcused') AND a.minutes <> 0)"),
              0);
    EXPECT_EQ(number(*store, "SELECT count(*) FROM attendance WHERE recorded_by = ''"), 0);
    // Most students come to nine sessions in ten; absences come in streaks, some long enough for the
    // protocol.
    const double present = real(*store, "SELECT avg(status IN ('present', 'tardy')) FROM attendance");
    EXPECT_GT(present, 0.85);
    EXPECT_LT(present, 0.96);
    EXPECT_GT(number(*store, "SELECT count(*) FROM enrollments WHERE status = 'paused'"
                             " AND exit_reason LIKE 'Paused after%'"),
              0);
    EXPECT_GT(number(*store, "SELECT count(*) FROM contacts WHERE purpose = 'missed_session'"), 0);
    EXPECT_GT(number(*store, "SELECT count(*) FROM contacts WHERE purpose = 'enrollment'"), 0);
    EXPECT_GT(number(*store, "SELECT count(*) FROM contacts WHERE interpreter_used = 1"), 0);
    EXPECT_EQ(number(*store, "SELECT count(*) FROM contacts c JOIN guardians g ON g.id = c.guardian_id"
                             " WHERE c.language <> g.preferred_language"),
              0);
    EXPECT_EQ(number(*store, "SELECT count(*) FROM contacts WHERE contacted_at > '2026-03-14'"), 0);
    // Probes on the group's skill, with pre-tests first.
    EXPECT_GT(
        number(*store, "SELECT count(*) FROM assessments WHERE kind = 'probe' AND test_window = 'progress'"),
        0);
    EXPECT_EQ(number(*store,
                     "SELECT count(*) FROM assessments a JOIN tutoring_groups g ON g.id = a.group_id"
                     " WHERE a.kind = 'probe' AND (a.skill <> g.skill_code OR a.score > a.max_score)"),
              0);
    EXPECT_GT(number(*store, "SELECT count(*) FROM assessments WHERE kind = 'confidence'"), 0);
}

TEST_F(DemoTest, TheLargeSchoolHasFiveThousandStudents)
{
    DemoOptions options;
    options.size = DemoOptions::Size::Large;
    options.through = QDate(2026, 9, 30); // early in the year, to keep this test quick
    DemoSummary summary;
    auto store = generate(QStringLiteral("large.tutordesk"), options, &summary);
    ASSERT_TRUE(store);
    EXPECT_EQ(summary.students, 5000);
    EXPECT_EQ(number(*store, "SELECT count(*) FROM students"), 5000);
    EXPECT_EQ(rows(*store, "SELECT min(grade_rank), max(grade_rank) FROM students"),
              QStringList{QStringLiteral("0|8")});
    EXPECT_EQ(summary.served, 1500);
    EXPECT_GE(number(*store, "SELECT count(DISTINCT student_id) FROM enrollments WHERE group_id IS NOT NULL"),
              1500);
    EXPECT_NEAR(number(*store, "SELECT count(*) FROM tutors WHERE status = 'active'"), 140, 5);
    EXPECT_GT(number(*store, "SELECT count(*) FROM tutors WHERE type = 'vendor_virtual'"), 0);
    EXPECT_GE(number(*store, "SELECT count(*) FROM supervisors"), 14);
    // Most tutored students have both subjects, which is what gives the large school its volume.
    EXPECT_GT(number(*store,
                     "SELECT count(*) FROM (SELECT student_id FROM enrollments WHERE group_id IS NOT NULL"
                     " GROUP BY student_id HAVING count(DISTINCT subject) = 2)"),
              1200);
    EXPECT_EQ(
        number(*store,
               "SELECT count(*) FROM tutoring_groups g WHERE g.cap < (SELECT count(*) FROM enrollments e"
               " WHERE e.group_id = g.id AND e.status IN ('invited', 'consented', 'active'))"),
        0);
    EXPECT_GT(summary.attendance, 0);
}

TEST_F(DemoTest, RefusesADatabaseThatHoldsASchool)
{
    auto store = openStore(dbPath());
    ASSERT_TRUE(store);
    createSchool(*store);
    auto generated = generateDemoSchool(*store, demo());
    ASSERT_FALSE(generated.ok());
    EXPECT_TRUE(generated.error().message.contains(dbPath()));
    EXPECT_TRUE(generated.error().message.contains(QStringLiteral("already holds a school")));
    EXPECT_EQ(number(*store, "SELECT count(*) FROM students"), 0);
}

TEST_F(DemoTest, CancellingLeavesTheDatabaseUntouched)
{
    auto store = openStore(dbPath());
    ASSERT_TRUE(store);
    std::vector<int> seen;
    auto generated = generateDemoSchool(*store, demo(), [&](int percent) {
        seen.push_back(percent);
        return percent < 40;
    });
    ASSERT_FALSE(generated.ok());
    EXPECT_TRUE(generated.error().message.contains(QStringLiteral("cancelled")));
    EXPECT_TRUE(std::is_sorted(seen.begin(), seen.end()));
    EXPECT_GE(seen.back(), 40);
    EXPECT_FALSE(store->hasSchool());
    for (const char* table : {"students", "guardians", "tutors", "tutoring_groups", "sessions", "attendance",
                              "contacts", "assessments", "calendar_days", "audit_log", "settings"})
        EXPECT_EQ(store->db().queryInteger(std::string("SELECT count(*) FROM ") + table), 0) << table;

    // Nothing is left half-done: the same database then takes the demo.
    DemoSummary summary;
    std::vector<int> reported;
    auto again = generateDemoSchool(*store, demo(), [&](int percent) {
        reported.push_back(percent);
        return true;
    });
    ASSERT_TRUE(again.ok()) << again.error().message.toStdString();
    EXPECT_EQ(reported.front(), 0);
    EXPECT_EQ(reported.back(), 100);
}

TEST_F(DemoTest, WithoutADayItFillsInUpToTodayWithinTheYear)
{
    DemoSummary summary;
    auto store = generate(QStringLiteral("today.tutordesk"), DemoOptions{}, &summary);
    ASSERT_TRUE(store);
    const QDate today = QDate::currentDate();
    const auto [start, end] = School::defaultYearAround(today);
    EXPECT_EQ(summary.yearStart, start);
    EXPECT_EQ(summary.yearEnd, end);
    EXPECT_EQ(summary.through, std::clamp(today, start, end));

    // A day in the summer belongs to the coming year, and is held at its first day.
    auto summer = generate(QStringLiteral("summer.tutordesk"), demo(1, QDate(2026, 7, 20)), &summary);
    ASSERT_TRUE(summer);
    EXPECT_EQ(summary.yearStart, QDate(2026, 8, 10));
    EXPECT_EQ(summary.through, QDate(2026, 8, 10));
    EXPECT_EQ(summary.attendance, 0);
}

} // namespace
} // namespace tutordesk::test
