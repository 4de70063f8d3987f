#pragma once

#include "core/actions/ActionFixtures.h"
#include "families/ContactLog.h"
#include "roster/StudentKeys.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <cstdint>
#include <cstdlib>
#include <ctime>

namespace tutordesk::test {

// Runs the test in Los Angeles time, where a contact at 8 pm is already the next day in UTC: the case
// where a stored UTC instant and its local day differ. Qt and SQLite both read TZ through tzset().
class LosAngelesTime {
public:
    LosAngelesTime()
        : m_had(qEnvironmentVariableIsSet("TZ"))
        , m_old(qgetenv("TZ"))
    {
        qputenv("TZ", "America/Los_Angeles");
        tzset();
    }
    ~LosAngelesTime()
    {
        if (m_had)
            qputenv("TZ", m_old);
        else
            qunsetenv("TZ");
        tzset();
    }
    LosAngelesTime(const LosAngelesTime&) = delete;
    LosAngelesTime& operator=(const LosAngelesTime&) = delete;

private:
    bool m_had;
    QByteArray m_old;
};

// Three families: José Álvarez (Spanish), Mai Tran (Vietnamese) and Luis Ortiz (Spanish), each with a
// guardian, on top of ActionsTest's school.
class ContactTest : public ActionsTest {
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(ActionsTest::SetUp());
        m_jose = addNamedStudent(QStringLiteral("900101"), QStringLiteral("Jos\u00e9"),
                                 QStringLiteral("\u00c1lvarez"), QStringLiteral("es"));
        m_mai = addNamedStudent(QStringLiteral("900102"), QStringLiteral("Mai"), QStringLiteral("Tran"),
                                QStringLiteral("vi"));
        m_luis = addNamedStudent(QStringLiteral("900103"), QStringLiteral("Luis"), QStringLiteral("Ortiz"),
                                 QStringLiteral("es"));
        m_carmen = addGuardian(m_jose, Guardian()
                                           .first(QStringLiteral("Carmen"))
                                           .last(QStringLiteral("\u00c1lvarez"))
                                           .language(QStringLiteral("es")));
        m_lan = addGuardian(m_mai, Guardian().first(QStringLiteral("Lan")).last(QStringLiteral("Tran")));
        m_rosa = addGuardian(m_luis, Guardian().first(QStringLiteral("Rosa")).last(QStringLiteral("Ortiz")));
    }

    std::int64_t addNamedStudent(const QString& id, const QString& first, const QString& last,
                                 const QString& language)
    {
        const StudentKeys keys = studentKeys(first, last, QString(), id);
        db().run("INSERT INTO students (sourced_id, first_name, last_name, grade, home_language, search_text,"
                 " last_name_key, first_name_key) VALUES (?, ?, ?, '3', ?, ?, ?, ?)",
                 id, first, last, language, keys.searchText, keys.lastNameKey, keys.firstNameKey);
        return db().lastInsertId();
    }

    // A call about `student` at a local time, saved through ContactLog::add (stored as UTC).
    std::int64_t logCall(std::int64_t student, const QDateTime& at, const char* outcome = "reached",
                         const char* method = "phone")
    {
        ContactEntry e;
        e.studentId = student;
        e.at = at;
        e.outcome = QLatin1String(outcome);
        e.method = QLatin1String(method);
        const auto added = ContactLog::add(store(), e);
        EXPECT_TRUE(added.ok()) << added.error().message.toStdString();
        return added.ok() ? added.value() : 0;
    }

    // A contact as the first demo wrote them: local time to the minute, no Z.
    std::int64_t addLegacyContact(std::int64_t student, const QString& localText)
    {
        db().run("INSERT INTO contacts (sourced_id, student_id, contacted_at, method, purpose, outcome)"
                 " VALUES (?, ?, ?, 'phone', 'missed_session', 'reached')",
                 QStringLiteral("LEGACY-%1").arg(localText), student, localText);
        return db().lastInsertId();
    }

    std::int64_t m_jose = 0;
    std::int64_t m_mai = 0;
    std::int64_t m_luis = 0;
    std::int64_t m_carmen = 0;
    std::int64_t m_lan = 0;
    std::int64_t m_rosa = 0;
};

} // namespace tutordesk::test
