#pragma once

#include "core/CoverFixtures.h"
#include "protocol/ProtocolEngine.h"
#include "protocol/ProtocolRule.h"

#include <QDate>
#include <QString>

#include <cstdint>
#include <vector>

namespace tutordesk::test {

// One protocol_actions row as a test reads it.
struct ActionRow {
    std::int64_t id = 0;
    QString rule;
    std::int64_t sessionId = 0;
    QString status;
    QDate due;
    int absencesInRow = 0;
    std::optional<double> attendanceRate;
    QString note;
    std::optional<std::int64_t> studentId;
};

// Ana Kim's reading group with one student, Maya Flores, in its seat; sessions are written as held (or
// cancelled) with attendance, as plain SQL. The test week is Monday 1 – Friday 5 March 2027.
class ProtocolTest : public KimGroupTest {
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(KimGroupTest::SetUp());
        m_maya = addPupil(QStringLiteral("Maya"), QStringLiteral("Flores"), QStringLiteral("es"));
        seat(m_maya, m_group);
    }

    // A held session of the group on `day` at `start`, with `student` marked `status` ('present', 'tardy',
    // 'excused', 'unexcused').
    std::int64_t held(const QDate& day, const char* status, const QString& start = QStringLiteral("10:00"))
    {
        const std::int64_t id = addSession(m_group, day, start, m_kim);
        db().run("UPDATE sessions SET status = 'held' WHERE id = ?", id);
        mark(id, m_maya, status);
        return id;
    }
    std::int64_t cancelled(const QDate& day)
    {
        const std::int64_t id = addSession(m_group, day, QStringLiteral("10:00"), m_kim);
        db().run("UPDATE sessions SET status = 'cancelled', cancel_reason = 'school_event' WHERE id = ?", id);
        return id;
    }
    // A make-up of `original` for Maya only, held, with her attendance.
    std::int64_t makeup(std::int64_t original, const QDate& day, const char* status)
    {
        const std::int64_t id = addSession(m_group, day, QStringLiteral("14:00"), m_kim);
        db().run("UPDATE sessions SET status = 'held', kind = 'makeup', makeup_for = ? WHERE id = ?",
                 original, id);
        db().run("INSERT INTO session_students (session_id, student_id) VALUES (?, ?)", id, m_maya);
        mark(id, m_maya, status);
        return id;
    }
    void mark(std::int64_t sessionId, std::int64_t student, const char* status)
    {
        const bool attended = QLatin1String(status) == QLatin1String("present") ||
                              QLatin1String(status) == QLatin1String("tardy");
        db().run("INSERT INTO attendance (sourced_id, session_id, student_id, status, minutes)"
                 " VALUES (?, ?, ?, ?, ?) ON CONFLICT (session_id, student_id) DO UPDATE SET"
                 " status = excluded.status, minutes = excluded.minutes",
                 QStringLiteral("A-%1").arg(serial()), sessionId, student, status, attended ? 30 : 0);
    }

    ProtocolRefresh refresh(const QDate& today)
    {
        const auto result = ProtocolEngine::refresh(store(), today);
        EXPECT_TRUE(result.ok()) << (result.ok() ? std::string() : result.error().message.toStdString());
        return result.ok() ? result.value() : ProtocolRefresh{};
    }

    std::vector<ActionRow> actions(const char* where = "1")
    {
        std::vector<ActionRow> rows;
        Statement st =
            db().prepare(std::string("SELECT id, rule, session_id, status, due_on, absences_in_row,"
                                     " attendance_rate, resolution_note, student_id"
                                     " FROM protocol_actions WHERE ") +
                         where +
                         " ORDER BY session_id, CASE rule WHEN 'notify_family' THEN 0"
                         " WHEN 'schedule_makeup' THEN 1 WHEN 'escalate' THEN 2"
                         " WHEN 'pause_offer_seat' THEN 3 ELSE 4 END");
        while (st.step())
            rows.push_back({st.integer(0), st.text(1), st.integer(2), st.text(3),
                            QDate::fromString(st.text(4), Qt::ISODate), static_cast<int>(st.integer(5)),
                            st.optionalReal(6), st.text(7), st.optionalInteger(8)});
        return rows;
    }
    std::vector<ActionRow> actionsOf(const char* rule)
    {
        std::vector<ActionRow> picked;
        for (ActionRow& a : actions()) {
            if (a.rule == QLatin1String(rule))
                picked.push_back(std::move(a));
        }
        return picked;
    }
    QString mayaDistrictId()
    {
        return db().queryText("SELECT sourced_id FROM students WHERE id = ?", m_maya);
    }

    std::int64_t m_maya = 0;
};

} // namespace tutordesk::test
