#pragma once

// Two groups whose every figure is known by hand, for the 30-second view's tests (today: 1 December 2026).
//
// Reading (Ana Kim, tier 2, skill 3.RF.3, 30 min): ten held sessions on Tuesdays 15 Sep … 17 Nov.
//   Ana López  9 present, 1 unexcused  rate .9   pre 10/20 (50%) → post 11/20 (55%)  growth 5 (not < 5)
//   Ben Cruz   8 present, 2 excused    rate .8   pre 10/20 → progress 12/20 → post 10.8/20 (54%): growth 4,
//              8 attended at 80%: "attending, not improving" at both edges
//   Cy Diaz    6 present, 4 unexcused  rate .6   growth 0, but not attending well; not under 60% either
//   Dee Evans  5 present, 5 unexcused  rate .5   not attending; never probed
//   Ivy Ito    paused since 1 Oct, 1 absence: never flagged, shown only with paused and exited seats
// Math (Raúl Ortiz, tier 3, skill 3.OA.7, 45 min): eight held sessions on Thursdays 17 Sep … 5 Nov.
//   Eli Fox    3 unexcused             rate 0    too few sessions to judge (3 < 4)
//   Fay Gil    4 unexcused             rate 0    not attending (4 sessions, 0%)
//   Gus Hana   8 present               rate 1    pre 17/20 (85%) → post 17.5/20 (87.5%): growth 2.5 but
//              mastered (80%), so not flagged
//   Ana López  4 present (first four)  rate 1    pre 5/10 → post 9/10: growth 40, mastered
#include "common/TextFold.h"
#include "core/CoverFixtures.h"

#include <QDate>
#include <QString>

#include <cstdint>
#include <vector>

namespace tutordesk::test {

class ProgressFixture : public KimGroupTest {
protected:
    static QDate today() { return QDate(2026, 12, 1); }

    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(KimGroupTest::SetUp());
        m_reading = m_group;
        db().run(
            "UPDATE tutoring_groups SET skill_code = '3.RF.3', skill_description = 'Decoding multisyllable"
            " words' WHERE id = ?",
            m_reading);
        const std::int64_t ortiz = tutor(QStringLiteral("Ra\u00fal"), QStringLiteral("Ortiz"));
        GroupSpec math;
        math.name = QStringLiteral("Math \u00b7 Grade 3 \u00b7 Tier 3 \u00b7 A");
        math.subject = QStringLiteral("math");
        math.tutorId = ortiz;
        math.minutes = 45;
        m_math = addGroup(math);
        db().run("UPDATE tutoring_groups SET tier = 3, skill_code = '3.OA.7', skill_description = 'Multiply"
                 " within 100' WHERE id = ?",
                 m_math);

        for (int k = 0; k < 10; ++k)
            m_readingSessions.push_back(
                addSession(m_reading, QDate(2026, 9, 15).addDays(7 * k), QStringLiteral("10:00"), m_kim));
        for (int k = 0; k < 8; ++k)
            m_mathSessions.push_back(
                addSession(m_math, QDate(2026, 9, 17).addDays(7 * k), QStringLiteral("11:00"), ortiz, 45));
        db().run("UPDATE sessions SET status = 'held'");

        m_lopez = pupil("Ana", "L\u00f3pez");
        m_cruz = pupil("Ben", "Cruz");
        m_diaz = pupil("Cy", "Diaz");
        m_evans = pupil("Dee", "Evans");
        m_ito = pupil("Ivy", "Ito");
        m_fox = pupil("Eli", "Fox");
        m_gil = pupil("Fay", "Gil");
        m_hana = pupil("Gus", "Hana");
        for (const std::int64_t s : {m_lopez, m_cruz, m_diaz, m_evans})
            seat(s, m_reading);
        for (const std::int64_t s : {m_fox, m_gil, m_hana, m_lopez})
            seat(s, m_math);
        db().run("UPDATE enrollments SET subject = 'math', tier = 3 WHERE group_id = ?", m_math);
        db().run(
            "INSERT INTO enrollments (sourced_id, student_id, group_id, subject, tier, status, status_since)"
            " VALUES ('E-ITO', ?, ?, 'reading', 2, 'paused', '2026-10-01')",
            m_ito, m_reading);

        attend(m_reading, m_lopez, 9, 30);
        attend(m_reading, m_cruz, 8, 30, QStringLiteral("excused"));
        attend(m_reading, m_diaz, 6, 30);
        attend(m_reading, m_evans, 5, 30);
        mark(m_readingSessions[0], m_ito, QStringLiteral("unexcused"), 0);
        attend(m_math, m_fox, 0, 45, QStringLiteral("unexcused"), 3);
        attend(m_math, m_gil, 0, 45, QStringLiteral("unexcused"), 4);
        attend(m_math, m_hana, 8, 45);
        attend(m_math, m_lopez, 4, 45, {}, 4);

        probe(m_lopez, "reading", "3.RF.3", "pre", 10, 20, "2026-09-10");
        probe(m_lopez, "reading", "3.RF.3", "post", 11, 20, "2026-11-20");
        probe(m_cruz, "reading", "3.RF.3", "pre", 10, 20, "2026-09-10");
        probe(m_cruz, "reading", "3.RF.3", "progress", 12, 20, "2026-10-15");
        probe(m_cruz, "reading", "3.RF.3", "post", 10.8, 20, "2026-11-20");
        probe(m_diaz, "reading", "3.RF.3", "pre", 10, 20, "2026-09-10");
        probe(m_diaz, "reading", "3.RF.3", "post", 10, 20, "2026-11-20");
        probe(m_hana, "math", "3.OA.7", "pre", 17, 20, "2026-09-11");
        probe(m_hana, "math", "3.OA.7", "post", 17.5, 20, "2026-11-19");
        probe(m_lopez, "math", "3.OA.7", "pre", 5, 10, "2026-09-11");
        probe(m_lopez, "math", "3.OA.7", "post", 9, 10, "2026-11-19");
        // A probe on another skill never counts for the group's.
        probe(m_evans, "reading", "2.RF.3", "pre", 1, 20, "2026-09-10");
        probe(m_evans, "reading", "2.RF.3", "post", 20, 20, "2026-11-20");
    }

    // A student whose search text is folded as core folds it (Roster does this on import).
    std::int64_t pupil(const char* first, const char* last)
    {
        const QString f = QString::fromUtf8(first);
        const QString l = QString::fromUtf8(last);
        const std::int64_t id = addPupil(f, l);
        const QString district = db().queryText("SELECT sourced_id FROM students WHERE id = ?", id);
        db().run("UPDATE students SET search_text = ?, last_name_key = ?, first_name_key = ? WHERE id = ?",
                 foldForSearch(f + QLatin1Char(' ') + l + QLatin1Char(' ') + district), foldForSearch(l),
                 foldForSearch(f), id);
        return id;
    }

    // `present` sessions attended (the first ones) and the rest of `marked` missed as `absence`.
    void attend(std::int64_t group, std::int64_t student, int present, int minutes,
                const QString& absence = QStringLiteral("unexcused"), int marked = -1)
    {
        const std::vector<std::int64_t>& sessions = group == m_reading ? m_readingSessions : m_mathSessions;
        const int count = marked < 0 ? static_cast<int>(sessions.size()) : marked;
        for (int i = 0; i < count; ++i) {
            if (i < present)
                mark(sessions[static_cast<size_t>(i)], student, QStringLiteral("present"), minutes);
            else
                mark(sessions[static_cast<size_t>(i)], student, absence, 0);
        }
    }

    void mark(std::int64_t sessionId, std::int64_t student, const QString& status, int minutes)
    {
        db().run("INSERT INTO attendance (sourced_id, session_id, student_id, status, minutes)"
                 " VALUES (?, ?, ?, ?, ?)",
                 QStringLiteral("A-%1").arg(serial()), sessionId, student, status, minutes);
    }

    void probe(std::int64_t student, const char* subject, const char* skill, const char* window, double score,
               double max, const char* on)
    {
        db().run("INSERT INTO assessments (sourced_id, student_id, kind, subject, skill, test_window, score,"
                 " max_score, assessed_on) VALUES (?, ?, 'probe', ?, ?, ?, ?, ?, ?)",
                 QStringLiteral("P-%1").arg(serial()), student, subject, skill, window, score, max, on);
    }

    std::int64_t m_reading = 0;
    std::int64_t m_math = 0;
    std::vector<std::int64_t> m_readingSessions;
    std::vector<std::int64_t> m_mathSessions;
    std::int64_t m_lopez = 0;
    std::int64_t m_cruz = 0;
    std::int64_t m_diaz = 0;
    std::int64_t m_evans = 0;
    std::int64_t m_ito = 0;
    std::int64_t m_fox = 0;
    std::int64_t m_gil = 0;
    std::int64_t m_hana = 0;
};

} // namespace tutordesk::test
