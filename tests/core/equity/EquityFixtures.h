#pragma once

// A small school whose equity figures are worked out by hand (see EquityFiguresTest.cpp for the sums).
#include "store/Store.h"
#include "support/Fixtures.h"
#include "support/TempDir.h"

#include <QDate>
#include <QString>

#include <cstdint>
#include <memory>

namespace tutordesk::test {

struct EquityStudent {
    QString id;
    QString grade = QStringLiteral("3");
    int tier = 2;               // need tier
    const char* el = "EO";      // nullptr: not reported
    const char* race = nullptr; // "hispanic", "white", "asian", …; nullptr: none
    bool foster = false;
    bool homeless = false;
    const char* status = "active"; // or "withdrawn"
};

inline std::int64_t addEquityStudent(Store& store, const EquityStudent& s)
{
    const QString race = s.race ? QString::fromLatin1(s.race) : QString();
    store.db().run("INSERT INTO students (sourced_id, first_name, last_name, grade, el_status, "
                   "hispanic_latino, race_white,"
                   " race_asian, foster, homeless, need_tier, need_score, status, search_text)"
                   " VALUES (?, 'Ana', 'López', ?, ?, ?, ?, ?, ?, ?, ?, 50, ?, ?)",
                   s.id, s.grade, s.el ? std::optional<QString>(QString::fromLatin1(s.el)) : std::nullopt,
                   race == QLatin1String("hispanic"), race == QLatin1String("white"),
                   race == QLatin1String("asian"), s.foster, s.homeless, s.tier, s.status, s.id);
    return store.db().lastInsertId();
}

// A group of its own for one seat (so each seat's sessions are plain to see), on skill RF.3.3.
inline std::int64_t addSeat(Store& store, std::int64_t student, const QString& id, const char* status,
                            const QString& since = QStringLiteral("2026-09-01"))
{
    store.db().run(
        "INSERT INTO tutoring_groups (sourced_id, name, subject, skill_code, tier, cap, minutes,"
        " start_day, end_day) VALUES (?, ?, 'reading', 'RF.3.3', 2, 4, 30, '2026-09-01', '2027-06-01')",
        QStringLiteral("G-") + id, QStringLiteral("Group ") + id);
    const std::int64_t group = store.db().lastInsertId();
    store.db().run(
        "INSERT INTO enrollments (sourced_id, student_id, group_id, subject, tier, status, status_since)"
        " VALUES (?, ?, ?, 'reading', 2, ?, ?)",
        QStringLiteral("E-") + id, student, group, status, since);
    return group;
}

inline std::int64_t addSession(Store& store, std::int64_t group, const QString& id, const QDate& day,
                               const char* kind = "regular",
                               std::optional<std::int64_t> makeupFor = std::nullopt)
{
    store.db().run(
        "INSERT INTO sessions (sourced_id, group_id, day, starts_at, minutes, kind, status, makeup_for)"
        " VALUES (?, ?, ?, '14:00', 30, ?, 'held', ?)",
        id, group, day, kind, makeupFor);
    return store.db().lastInsertId();
}

inline void mark(Store& store, std::int64_t session, std::int64_t student, const char* status, int minutes)
{
    store.db().run("INSERT INTO attendance (sourced_id, session_id, student_id, status, minutes)"
                   " VALUES (?, ?, ?, ?, ?)",
                   QStringLiteral("A-%1-%2").arg(session).arg(student), session, student, status, minutes);
}

inline void probe(Store& store, std::int64_t student, const char* window, double score, const QDate& day)
{
    store.db().run(
        "INSERT INTO assessments (sourced_id, student_id, kind, subject, skill, test_window, score,"
        " max_score, assessed_on) VALUES (?, ?, 'probe', 'reading', 'RF.3.3', ?, ?, 20, ?)",
        QStringLiteral("P-%1-%2").arg(student).arg(QLatin1String(window)), student, window, score, day);
}

// The hand-computed school, figures to 2026-10-01:
//   EL students (grade 3, Hispanic): 16 eligible; el0…el9 hold active seats (el0's now paused), el10 and el11
//     are invited and never came, el12…el15 have no seat. Sessions on Sep 14 and 16 (30 min): el0…el7 came to
//     both, el8 and el9 came on the 14th and missed the 16th; el9 came to a make-up on Sep 18 that listed el8
//     and el9. Minutes 8×60 + 30 + 60 = 570, attendance 19 of 21, every one grew +20 points (50% → 70%).
//   EO students (grade 4): 24 eligible (20 White, eo20…eo23 Asian); eo0…eo19 came to both sessions (1,200
//     minutes), eo20 and eo21 are invited, eo22 and eo23 have no seat; eo1 was offered a pause, eo2's seat
//     exited; only eo0…eo5 have growth (+10). Foster: eo0…eo8 (9). Homeless: eo13…eo22 (10, 7 of them
//     enrolled).
//   Not counted: t1 (tier 1, tutored: 30 minutes), two more tier-1 students, and a withdrawn tier-2 student.
class EquitySchoolTest : public TempDirTest {
protected:
    static QDate today() { return QDate(2026, 10, 1); }

    void SetUp() override
    {
        m_store = openStore(dbPath());
        ASSERT_TRUE(m_store);
        createSchool(*m_store);
        Store& s = *m_store;
        const QDate sep14(2026, 9, 14);
        const QDate sep16(2026, 9, 16);
        for (int i = 0; i < 16; ++i) {
            EquityStudent spec;
            spec.id = QStringLiteral("el%1").arg(i);
            spec.el = "EL";
            spec.race = "hispanic";
            const std::int64_t student = addEquityStudent(s, spec);
            if (i >= 12)
                continue;
            if (i >= 10) {
                addSeat(s, student, spec.id, "invited");
                continue;
            }
            const std::int64_t group =
                addSeat(s, student, spec.id, i == 0 ? "paused" : "active",
                        i == 0 ? QStringLiteral("2026-09-30") : QStringLiteral("2026-09-01"));
            const std::int64_t first = addSession(s, group, spec.id + QStringLiteral("-s1"), sep14);
            const std::int64_t second = addSession(s, group, spec.id + QStringLiteral("-s2"), sep16);
            mark(s, first, student, "present", 30);
            if (i < 8)
                mark(s, second, student, "present", 30);
            else
                mark(s, second, student, i == 8 ? "excused" : "unexcused", 0);
            if (i == 8)
                m_el8 = student;
            if (i == 9) {
                const std::int64_t makeup = addSession(s, group, spec.id + QStringLiteral("-m"),
                                                       QDate(2026, 9, 18), "makeup", second);
                s.db().run("INSERT INTO session_students (session_id, student_id) VALUES (?, ?), (?, ?)",
                           makeup, m_el8, makeup, student);
                mark(s, makeup, student, "present", 30);
            }
            probe(s, student, "pre", 10, QDate(2026, 9, 10));
            probe(s, student, "post", 14, QDate(2026, 9, 28));
        }
        for (int i = 0; i < 24; ++i) {
            EquityStudent spec;
            spec.id = QStringLiteral("eo%1").arg(i);
            spec.grade = QStringLiteral("4");
            spec.tier = 3;
            spec.race = i < 20 ? "white" : "asian";
            spec.foster = i < 9;
            spec.homeless = i >= 13 && i < 23;
            const std::int64_t student = addEquityStudent(s, spec);
            if (i >= 22)
                continue;
            if (i >= 20) {
                addSeat(s, student, spec.id, "invited");
                continue;
            }
            const std::int64_t group =
                addSeat(s, student, spec.id, i == 2 ? "exited" : "active",
                        i == 2 ? QStringLiteral("2026-09-30") : QStringLiteral("2026-09-01"));
            mark(s, addSession(s, group, spec.id + QStringLiteral("-s1"), sep14), student, "present", 30);
            mark(s, addSession(s, group, spec.id + QStringLiteral("-s2"), sep16), student, "present", 30);
            if (i == 1)
                s.db().run("INSERT INTO protocol_actions (sourced_id, student_id, rule, created_on, due_on)"
                           " VALUES ('PA-1', ?, 'pause_offer_seat', '2026-09-20', '2026-09-25')",
                           student);
            if (i < 6) {
                probe(s, student, "pre", 10, QDate(2026, 9, 10));
                probe(s, student, "post", 12, QDate(2026, 9, 28));
            }
        }
        EquityStudent tier1;
        tier1.id = QStringLiteral("t1");
        tier1.grade = QStringLiteral("5");
        tier1.tier = 1;
        tier1.el = nullptr;
        const std::int64_t tutored = addEquityStudent(s, tier1);
        const std::int64_t group = addSeat(s, tutored, tier1.id, "active");
        mark(s, addSession(s, group, QStringLiteral("t1-s1"), sep14), tutored, "present", 30);
        tier1.id = QStringLiteral("t2");
        addEquityStudent(s, tier1);
        tier1.id = QStringLiteral("t3");
        addEquityStudent(s, tier1);
        EquityStudent gone;
        gone.id = QStringLiteral("w1");
        gone.status = "withdrawn";
        addEquityStudent(s, gone);
    }

    Store& store() { return *m_store; }

private:
    std::unique_ptr<Store> m_store;
    std::int64_t m_el8 = 0;
};

} // namespace tutordesk::test
