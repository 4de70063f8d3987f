#pragma once

#include "core/CoverFixtures.h"
#include "ui/UiFixtures.h"

#include <QApplication>
#include <QTest>
#include <QWidget>

#include <gtest/gtest.h>

#include <cstdint>
#include <optional>
#include <ostream>

// Failure messages show text (gtest streams them; QString's namespace is the global one).
inline std::ostream& operator<<(std::ostream& out, const QString& text)
{
    return out << text.toStdString();
}

namespace tutordesk::test {

// Ms. Rivera's reading group on Tuesday 2 March 2027: Ana Kim teaches it in Room 12 at 10:00 for 30
// minutes, four students sit in it (Maya Adams, Leo Brown, Sofia Cruz, Omar Diaz: the sheet's order),
// with a session yesterday, today and on Thursday.
class AttendanceUiTest : public KimGroupTest {
protected:
    static QDate today() { return weekday(2); }

    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(KimGroupTest::SetUp());
        db().run("UPDATE tutoring_groups SET skill_code = 'RF.3.3c', skill_description = ? WHERE id = ?",
                 QStringLiteral("Decoding multisyllable words"), m_group);
        m_adams = addPupil(QStringLiteral("Maya"), QStringLiteral("Adams"));
        m_brown = addPupil(QStringLiteral("Leo"), QStringLiteral("Brown"));
        m_cruz = addPupil(QStringLiteral("Sofía"), QStringLiteral("Cruz"));
        m_diaz = addPupil(QStringLiteral("Omar"), QStringLiteral("Díaz"));
        for (const std::int64_t student : {m_adams, m_brown, m_cruz, m_diaz})
            seat(student, m_group);
        m_yesterday = addSession(m_group, weekday(1), QStringLiteral("10:00"), m_kim);
        m_today = addSession(m_group, today(), QStringLiteral("10:00"), m_kim);
        m_thursday = addSession(m_group, weekday(4), QStringLiteral("10:00"), m_kim);
    }

    // Yesterday's session as it was recorded: everyone present for the whole 30 minutes.
    void recordYesterdayAllPresent()
    {
        for (const std::int64_t student : {m_adams, m_brown, m_cruz, m_diaz})
            takeAttendance(m_yesterday, student);
        db().run("UPDATE sessions SET status = 'held' WHERE id = ?", m_yesterday);
    }

    // What the attendance table holds for a student at a session: "status minutes", or "" for no row.
    QString recorded(std::int64_t sessionId, std::int64_t student)
    {
        return db().queryText("SELECT status || ' ' || minutes FROM attendance WHERE session_id = ?"
                              " AND student_id = ?",
                              sessionId, student);
    }
    int rowsFor(std::int64_t sessionId)
    {
        return static_cast<int>(
            db().queryInteger("SELECT count(*) FROM attendance WHERE session_id = ?", sessionId));
    }

    // Shows a window as the coordinator's active one, so that keys go where focus is.
    static void activate(QWidget& window)
    {
        window.show();
        QApplication::setActiveWindow(&window);
        ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    }

    // A key as the coordinator presses it: to whatever has the focus (the sheet, or an editor in it).
    static void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget* target = QApplication::focusWidget();
        ASSERT_NE(target, nullptr) << "nothing has the keyboard focus";
        QTest::keyClick(target, key, modifiers);
    }

    std::int64_t m_adams = 0;
    std::int64_t m_brown = 0;
    std::int64_t m_cruz = 0;
    std::int64_t m_diaz = 0;
    std::int64_t m_yesterday = 0;
    std::int64_t m_today = 0;
    std::int64_t m_thursday = 0;
};

} // namespace tutordesk::test
