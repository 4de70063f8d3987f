// tutordesk-cli attendance: the real binary, its exit statuses, its JSON and its one sentence.
#include "AttendanceFixtures.h"
#include "support/CliRun.h"

#include <QJsonObject>

#include <gtest/gtest.h>

namespace tutordesk::test {
namespace {

class AttendanceCliTest : public AttendanceFixture {
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(AttendanceFixture::SetUp());
        session = sessionSourcedId(m_tuesday);
        lopez = districtId(m_lopez);
        pinToday(tuesday());
    }
    void TearDown() override { qunsetenv("TUTORDESK_TODAY"); }

    static void pinToday(const QDate& day)
    {
        qputenv("TUTORDESK_TODAY", day.toString(Qt::ISODate).toLatin1());
    }

    CliRun cli(const QStringList& arguments, bool json = false) const
    {
        QStringList all = {QStringLiteral("--db"), dbPath()};
        if (json)
            all << QStringLiteral("--json");
        return runCli(all + arguments, file(QStringLiteral("from-env.tutordesk")));
    }

    QString session;
    QString lopez;
};

TEST_F(AttendanceCliTest, RecordsPresentAndPrintsTheJson)
{
    const CliRun run = cli({QStringLiteral("attendance"), session, lopez, QStringLiteral("P")}, true);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject json = cliJson(run);
    EXPECT_EQ(json.value(QStringLiteral("session")).toString(), session);
    EXPECT_EQ(json.value(QStringLiteral("student")).toString(), lopez);
    EXPECT_EQ(json.value(QStringLiteral("status")).toString(), QStringLiteral("present"));
    EXPECT_EQ(json.value(QStringLiteral("minutes")).toInt(), 30);
    EXPECT_TRUE(json.value(QStringLiteral("changed")).toBool());
    EXPECT_EQ(json.value(QStringLiteral("actionsCreated")).toInt(-1), 0);
    EXPECT_EQ(json.value(QStringLiteral("actionsWithdrawn")).toInt(-1), 0);
    EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString();
    EXPECT_EQ(storedStatus(m_tuesday, m_lopez), QStringLiteral("present"));
    EXPECT_EQ(status(m_tuesday), QStringLiteral("held"));

    // Again: nothing changes.
    const CliRun again = cli({QStringLiteral("attendance"), session, lopez, QStringLiteral("p")}, true);
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_FALSE(cliJson(again).value(QStringLiteral("changed")).toBool(true));
}

TEST_F(AttendanceCliTest, PlainOutputIsOneSentence)
{
    const CliRun run = cli({QStringLiteral("attendance"), session, lopez, QStringLiteral("T"),
                            QStringLiteral("--minutes"), QStringLiteral("20")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out.count(QLatin1Char('\n')), 1) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(u("Ana López"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("tardy, 20 minutes"))) << run.out.toStdString();
    EXPECT_EQ(storedMinutes(m_tuesday, m_lopez), 20);
}

TEST_F(AttendanceCliTest, RefusalsExitOneWithTheReasonOnStderr)
{
    const CliRun tardy = cli({QStringLiteral("attendance"), session, lopez, QStringLiteral("T")}, true);
    EXPECT_EQ(tardy.exitCode, 1);
    EXPECT_TRUE(tardy.out.isEmpty());
    EXPECT_TRUE(tardy.err.contains(QStringLiteral("minutes"))) << tardy.err.toStdString();

    const CliRun noSession =
        cli({QStringLiteral("attendance"), QStringLiteral("S-9"), lopez, QStringLiteral("P")});
    EXPECT_EQ(noSession.exitCode, 1);
    EXPECT_TRUE(noSession.err.contains(QStringLiteral("No session \"S-9\" in this school.")))
        << noSession.err.toStdString();

    const CliRun noStudent =
        cli({QStringLiteral("attendance"), session, QStringLiteral("000000"), QStringLiteral("P")});
    EXPECT_EQ(noStudent.exitCode, 1);
    EXPECT_TRUE(noStudent.err.contains(QStringLiteral("\"000000\""))) << noStudent.err.toStdString();

    pinToday(monday());
    const CliRun future = cli({QStringLiteral("attendance"), session, lopez, QStringLiteral("P")});
    EXPECT_EQ(future.exitCode, 1);
    EXPECT_TRUE(future.err.contains(QStringLiteral("attendance can be taken from that day on")))
        << future.err.toStdString();
    EXPECT_EQ(db().queryInteger("SELECT count(*) FROM attendance"), 0);
}

TEST_F(AttendanceCliTest, UsageErrorsExitTwo)
{
    EXPECT_EQ(cli({QStringLiteral("attendance"), session, lopez, QStringLiteral("X")}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("attendance"), session, lopez}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("attendance"), session, lopez, QStringLiteral("T"),
                   QStringLiteral("--minutes"), QStringLiteral("ten")})
                  .exitCode,
              2);
    EXPECT_EQ(db().queryInteger("SELECT count(*) FROM attendance"), 0);
}

TEST_F(AttendanceCliTest, APastChangeNeedsAReasonWhichTheAuditLogKeeps)
{
    ASSERT_EQ(cli({QStringLiteral("attendance"), session, lopez, QStringLiteral("P")}).exitCode, 0);
    pinToday(weekday(4));
    const CliRun refused = cli({QStringLiteral("attendance"), session, lopez, QStringLiteral("E")});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("reason"))) << refused.err.toStdString();
    EXPECT_EQ(storedStatus(m_tuesday, m_lopez), QStringLiteral("present"));

    const CliRun changed = cli({QStringLiteral("attendance"), session, lopez, QStringLiteral("E"),
                                QStringLiteral("--reason"), QStringLiteral("Doctor's note arrived")},
                               true);
    ASSERT_EQ(changed.exitCode, 0) << changed.err.toStdString();
    const QJsonObject json = cliJson(changed);
    EXPECT_EQ(json.value(QStringLiteral("status")).toString(), QStringLiteral("excused"));
    EXPECT_EQ(json.value(QStringLiteral("minutes")).toInt(-1), 0);
    EXPECT_TRUE(json.value(QStringLiteral("changed")).toBool());
    EXPECT_EQ(storedStatus(m_tuesday, m_lopez), QStringLiteral("excused"));
    EXPECT_EQ(db().queryText("SELECT reason FROM audit_log WHERE entity = 'attendance'"),
              QStringLiteral("Doctor's note arrived"));
}

} // namespace
} // namespace tutordesk::test
