#pragma once

// A small school whose weekly review is known by hand. The week of Monday 2026-11-16, today Thursday 19th.
//   Groups: "Reading A" (tutor Kim, supervised by Lee), "Math B" (tutor Cho, supervised by Lee),
//   "Writing C" (no tutor): fill rate 2 of 3. Lee can coach 1 tutor and has 2: over capacity. Tutor Diaz
//   (substitute pool) has no supervisor.
//   Reading A: Sofía Ramírez, Bo Nguyen, Carla Ortiz. Math B: Dan Park, Elena Vargas.
//   Last week (9–12 Nov): Reading A Mon A P B P C P, Tue A P B U C P; Math B Mon–Thu D P ×4, E U U U P
//     → 10 attended, 4 absent: 71%.
//   This week: Reading A Mon A P B P C U, Tue A P B T C E, make-up Tue C P, Wed without attendance, Thu
//     (today) scheduled, Fri cancelled (student event: after today, not counted); Math B Mon cancelled
//     (tutor absent), Tue (school event), Wed (weather), Thu held with Diaz substituting D P E U
//     → 6 attended, 3 absent: 67%, down 4 points. Held 4 (1 make-up), cancelled 3, 1 without attendance,
//     1 covered by a substitute; Cho absent Monday: 1 tutor absent.
//   Flags: Elena (1 of 5 attended) is not attending; Carla (3 of 5, 60%) is not flagged.
//   Contacts this week: Sofía's family reached, Bo's no answer, a letter to Bo's family: 3 attempted,
//     1 reached, 1 family, 1 letter; one contact last week is not counted.
//   Protocol: Carla notify_family due 17th open (overdue); Bo due 19th open (not yet overdue); Dan due 12th
//     resolved on the 18th (overdue in last week's review only).
#include "store/Store.h"
#include "support/Fixtures.h"
#include "support/ScheduleFixtures.h"

#include <QDate>

#include <cstdint>

namespace tutordesk::test {

class WeeklyFixtureTest : public NewSchoolTest {
protected:
    static QDate day(int d) { return QDate(2026, 11, d); }
    static QDate today() { return day(19); }

    void SetUp() override
    {
        NewSchoolTest::SetUp();
        Database& db = store().db();
        const std::int64_t lee = addSupervisor(store(), QStringLiteral("S-1"), QStringLiteral("Lee"), 1);
        TutorSpec kimSpec;
        kimSpec.supervisorId = lee;
        const std::int64_t kim = addTutor(store(), kimSpec);
        TutorSpec choSpec;
        choSpec.id = QStringLiteral("T-2");
        choSpec.first = QStringLiteral("Min");
        choSpec.last = QStringLiteral("Cho");
        choSpec.supervisorId = lee;
        const std::int64_t cho = addTutor(store(), choSpec);
        TutorSpec diazSpec;
        diazSpec.id = QStringLiteral("T-3");
        diazSpec.first = QStringLiteral("Luis");
        diazSpec.last = QStringLiteral("Diaz");
        diazSpec.status = QStringLiteral("substitute");
        diaz = addTutor(store(), diazSpec);

        readingA = group(QStringLiteral("G-A"), QStringLiteral("Reading A"), kim);
        mathB = group(QStringLiteral("G-B"), QStringLiteral("Math B"), cho);
        group(QStringLiteral("G-C"), QStringLiteral("Writing C"), 0);

        a = student(QStringLiteral("S-A"), QStringLiteral("Sofía"), QStringLiteral("Ramírez"), readingA);
        b = student(QStringLiteral("S-B"), QStringLiteral("Bo"), QStringLiteral("Nguyen"), readingA);
        c = student(QStringLiteral("S-C"), QStringLiteral("Carla"), QStringLiteral("Ortiz"), readingA);
        d = student(QStringLiteral("S-D"), QStringLiteral("Dan"), QStringLiteral("Park"), mathB);
        e = student(QStringLiteral("S-E"), QStringLiteral("Elena"), QStringLiteral("Vargas"), mathB);

        // Last week.
        mark(session(readingA, day(9), "held"), {{a, "present"}, {b, "present"}, {c, "present"}});
        mark(session(readingA, day(10), "held"), {{a, "present"}, {b, "unexcused"}, {c, "present"}});
        for (int dd = 9; dd <= 12; ++dd)
            mark(session(mathB, day(dd), "held"), {{d, "present"}, {e, dd == 12 ? "present" : "unexcused"}});
        // This week.
        mark(session(readingA, day(16), "held"), {{a, "present"}, {b, "present"}, {c, "unexcused"}});
        mark(session(readingA, day(17), "held"), {{a, "present"}, {b, "tardy"}, {c, "excused"}});
        mark(session(readingA, day(17), "held", "makeup"), {{c, "present"}});
        session(readingA, day(18), "scheduled");
        session(readingA, day(19), "scheduled");
        session(readingA, day(20), "cancelled", "regular", "student_event");
        session(mathB, day(16), "cancelled", "regular", "tutor_absent");
        session(mathB, day(17), "cancelled", "regular", "school_event");
        session(mathB, day(18), "cancelled", "regular", "weather");
        const std::int64_t covered = session(mathB, day(19), "held");
        db.run("UPDATE sessions SET substitute_tutor_id = ? WHERE id = ?", diaz, covered);
        mark(covered, {{d, "present"}, {e, "unexcused"}});
        db.run("INSERT INTO tutor_absences (sourced_id, tutor_id, from_day, to_day) VALUES ('TA-1', ?, ?, ?)",
               cho, day(16), day(16));
        db.run("INSERT INTO tutor_absences (sourced_id, tutor_id, from_day, to_day) VALUES ('TA-2', ?, ?, ?)",
               kim, day(20), day(20));

        contact(a, "2026-11-17T17:00:00Z", "phone", "reached");
        contact(b, "2026-11-18T18:00:00Z", "phone", "no_answer");
        contact(b, "2026-11-18T19:00:00Z", "letter", "sent");
        contact(a, "2026-11-12T17:00:00Z", "phone", "reached");

        action(c, "notify_family", day(16), day(17), nullptr);
        action(b, "notify_family", day(18), day(19), nullptr);
        action(d, "notify_family", day(10), day(12), "2026-11-18T20:00:00Z");
    }

    std::int64_t group(const QString& id, const QString& name, std::int64_t tutor)
    {
        store().db().run(
            "INSERT INTO tutoring_groups (sourced_id, name, subject, skill_code, tier, cap, tutor_id,"
            " minutes, start_day, end_day)"
            " VALUES (?, ?, 'reading', 'RF.3.3', 2, 4, ?, 30, '2026-09-01', '2027-06-01')",
            id, name, tutor ? std::optional<std::int64_t>(tutor) : std::nullopt);
        return store().db().lastInsertId();
    }

    std::int64_t student(const QString& id, const QString& first, const QString& last, std::int64_t inGroup)
    {
        store().db().run("INSERT INTO students (sourced_id, first_name, last_name, grade, last_name_key,"
                         " first_name_key) VALUES (?, ?, ?, '3', lower(?), lower(?))",
                         id, first, last, last, first);
        const std::int64_t sid = store().db().lastInsertId();
        store().db().run("INSERT INTO enrollments (sourced_id, student_id, group_id, subject, tier, status,"
                         " status_since) VALUES (?, ?, ?, 'reading', 2, 'active', '2026-09-01')",
                         QStringLiteral("E-") + id, sid, inGroup);
        return sid;
    }

    std::int64_t session(std::int64_t groupId, const QDate& on, const char* status,
                         const char* kind = "regular", const char* reason = nullptr)
    {
        store().db().run("INSERT INTO sessions (sourced_id, group_id, day, starts_at, minutes, kind, status,"
                         " cancel_reason) VALUES (?, ?, ?, '10:00', 30, ?, ?, ?)",
                         QStringLiteral("SE-%1").arg(++m_sessions), groupId, on, kind, status,
                         reason ? std::optional<QString>(QString::fromUtf8(reason)) : std::nullopt);
        return store().db().lastInsertId();
    }

    void mark(std::int64_t sessionId, std::initializer_list<std::pair<std::int64_t, const char*>> marks)
    {
        for (const auto& [who, status] : marks) {
            const bool there = QByteArray(status) == "present" || QByteArray(status) == "tardy";
            store().db().run("INSERT INTO attendance (sourced_id, session_id, student_id, status, minutes)"
                             " VALUES (?, ?, ?, ?, ?)",
                             QStringLiteral("AT-%1").arg(++m_marks), sessionId, who, status, there ? 30 : 0);
        }
    }

    void contact(std::int64_t who, const char* at, const char* method, const char* outcome)
    {
        store().db().run(
            "INSERT INTO contacts (sourced_id, student_id, contacted_at, method, purpose, outcome)"
            " VALUES (?, ?, ?, ?, 'missed_session', ?)",
            QStringLiteral("C-%1").arg(++m_contacts), who, at, method, outcome);
    }

    void action(std::int64_t who, const char* rule, const QDate& created, const QDate& due,
                const char* resolvedAt)
    {
        store().db().run(
            "INSERT INTO protocol_actions (sourced_id, student_id, rule, created_on, due_on, status,"
            " resolved_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            QStringLiteral("PA-%1").arg(++m_actions), who, rule, created, due, resolvedAt ? "done" : "open",
            resolvedAt ? std::optional<QString>(QString::fromUtf8(resolvedAt)) : std::nullopt);
    }

    std::int64_t readingA = 0, mathB = 0, diaz = 0;
    std::int64_t a = 0, b = 0, c = 0, d = 0, e = 0;

private:
    int m_sessions = 0, m_marks = 0, m_contacts = 0, m_actions = 0;
};

} // namespace tutordesk::test
