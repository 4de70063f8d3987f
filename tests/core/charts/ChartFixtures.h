#pragma once

// Two groups and five students with sessions, attendance and probes whose chart figures are worked out by
// hand; "today" is Friday 12 March 2027. Shared by the core and ui chart tests.
//
// Ana Kim's reading group (skill RF.3.3, mastery 90%), 30-minute sessions:
//   Tue 2 Mar  held       López present 30, Cruz unexcused
//   Thu 4 Mar  held       López tardy 25,   Cruz present 30
//   Tue 9 Mar  cancelled (tutor absent)
//   Thu 11 Mar held       López excused,    Cruz present 30
//   Fri 12 Mar make-up for 11 Mar: López present 30
//   Tue 16 Mar after today (scheduled)
// A 60-minute group: Eve Ortiz present 60 on Mon 1, Wed 3 and Fri 5 March.
// Probes on RF.3.3 (max 20): López 8 (pre, 1 Mar), 12 (progress, 8 Mar), 17 (post, 12 Mar) → 40, 60, 85%,
// growth 45 points; López 5/10 on RF.3.4 on 20 Mar (after today); Cruz 10 (pre) only → not measured.
// Need tiers: López 2, Cruz 3, Ortiz 2; Fay Lee 1 and Gus Moe 3 have no seat.
#include "core/attendance/AttendanceFixtures.h"

#include <utility>

namespace tutordesk::test {

class ChartFixture : public AttendanceFixture {
protected:
    static QDate today() { return QDate(2027, 3, 12); }

    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(AttendanceFixture::SetUp());
        db().run("UPDATE tutoring_groups SET skill_code = 'RF.3.3' WHERE id = ?", m_group);
        db().run("INSERT INTO probe_skills (skill, subject, max_score, mastery_percent)"
                 " VALUES ('RF.3.3', 'reading', 20, 90)");
        m_thursday = addSession(m_group, QDate(2027, 3, 4), QStringLiteral("10:00"), m_kim);
        m_cancelled = addSession(m_group, QDate(2027, 3, 9), QStringLiteral("10:00"), m_kim);
        m_eleventh = addSession(m_group, QDate(2027, 3, 11), QStringLiteral("10:00"), m_kim);
        addSession(m_group, QDate(2027, 3, 16), QStringLiteral("10:00"), m_kim);
        db().run("UPDATE sessions SET status = 'cancelled', cancel_reason = 'tutor_absent' WHERE id = ?",
                 m_cancelled);
        db().run(
            "INSERT INTO sessions (sourced_id, group_id, day, starts_at, minutes, kind, status, makeup_for)"
            " VALUES ('S-makeup', ?, '2027-03-12', '14:00', 30, 'makeup', 'held', ?)",
            m_group, m_eleventh);
        m_makeup = db().lastInsertId();
        mark(m_tuesday, m_lopez, QStringLiteral("present"), 30);
        mark(m_tuesday, m_cruz, QStringLiteral("unexcused"), 0);
        mark(m_thursday, m_lopez, QStringLiteral("tardy"), 25);
        mark(m_thursday, m_cruz, QStringLiteral("present"), 30);
        mark(m_eleventh, m_lopez, QStringLiteral("excused"), 0);
        mark(m_eleventh, m_cruz, QStringLiteral("present"), 30);
        mark(m_makeup, m_lopez, QStringLiteral("present"), 30);

        GroupSpec spec;
        spec.name = QStringLiteral("Math · Grade 3 · Tier 2 · B");
        spec.subject = QStringLiteral("math");
        spec.tutorId = m_kim;
        spec.startsAt = QStringLiteral("13:00");
        spec.minutes = 60;
        m_mathGroup = addGroup(spec);
        m_ortiz = addPupil(QStringLiteral("Eve"), QStringLiteral("Ortiz"));
        seat(m_ortiz, m_mathGroup);
        for (int day : {1, 3, 5})
            mark(addSession(m_mathGroup, QDate(2027, 3, day), QStringLiteral("13:00"), m_kim, 60), m_ortiz,
                 QStringLiteral("present"), 60);

        probe(m_lopez, "RF.3.3", "pre", QDate(2027, 3, 1), 8, 20);
        probe(m_lopez, "RF.3.3", "progress", QDate(2027, 3, 8), 12, 20);
        probe(m_lopez, "RF.3.3", "post", QDate(2027, 3, 12), 17, 20);
        probe(m_lopez, "RF.3.4", "pre", QDate(2027, 3, 20), 5, 10);
        probe(m_cruz, "RF.3.3", "pre", QDate(2027, 3, 1), 10, 20);

        const std::int64_t lee = addPupil(QStringLiteral("Fay"), QStringLiteral("Lee"));
        const std::int64_t moe = addPupil(QStringLiteral("Gus"), QStringLiteral("Moe"));
        const std::pair<std::int64_t, int> tiers[] = {
            {m_lopez, 2}, {m_cruz, 3}, {m_ortiz, 2}, {lee, 1}, {moe, 3}};
        for (const auto& [student, tier] : tiers)
            db().run("UPDATE students SET need_tier = ? WHERE id = ?", tier, student);
    }

    void probe(std::int64_t student, const char* skill, const char* window, const QDate& day, double score,
               double max)
    {
        db().run("INSERT INTO assessments (sourced_id, student_id, kind, subject, skill, test_window, score,"
                 " max_score, assessed_on, group_id) VALUES (?, ?, 'probe', 'reading', ?, ?, ?, ?, ?, ?)",
                 QStringLiteral("P-%1").arg(serial()), student, skill, window, score, max, day, m_group);
    }

    std::int64_t m_thursday = 0;
    std::int64_t m_cancelled = 0;
    std::int64_t m_eleventh = 0;
    std::int64_t m_makeup = 0;
    std::int64_t m_mathGroup = 0;
    std::int64_t m_ortiz = 0;
};

} // namespace tutordesk::test
