// tutordesk-cli protocol: what district IT and a nightly job read.
#include "ProtocolFixtures.h"
#include "schedule/TutorAbsences.h"
#include "support/CliRun.h"

#include <QJsonArray>

using namespace tutordesk;

namespace {

class ProtocolCliTest : public test::ProtocolTest {
protected:
    test::CliRun cli(const QStringList& arguments, bool json = true) const
    {
        QStringList all = {QStringLiteral("--db"), dbPath()};
        if (json)
            all << QStringLiteral("--json");
        return test::runCli(all + arguments, file(QStringLiteral("from-env.tutordesk")));
    }
    // Ana Kim out on Tuesday, when her group meets.
    void markOutKim()
    {
        addSession(m_group, weekday(2), QStringLiteral("10:00"), m_kim);
        ASSERT_TRUE(
            TutorAbsences::markOut(store(), m_kim, weekday(2), weekday(2), QStringLiteral("Flu")).ok());
    }
};

TEST_F(ProtocolCliTest, ListsTheActionsDueInTheDocumentedShape)
{
    held(weekday(1), "unexcused");
    markOutKim();
    const test::CliRun run =
        cli({QStringLiteral("protocol"), QStringLiteral("--date"), QStringLiteral("2027-03-02")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject doc = test::cliJson(run);
    const QJsonArray list = doc.value(QStringLiteral("actions")).toArray();
    // Monday's notice (overdue by a school day) and Tuesday's cover; the make-up is due next Monday.
    ASSERT_EQ(list.size(), 2);
    const QJsonObject notify = list.at(0).toObject();
    EXPECT_EQ(notify.value(QStringLiteral("rule")).toString(), QStringLiteral("notify_family"));
    EXPECT_EQ(notify.value(QStringLiteral("student")).toString(), mayaDistrictId());
    EXPECT_EQ(notify.value(QStringLiteral("due")).toString(), QStringLiteral("2027-03-01"));
    EXPECT_EQ(notify.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
    EXPECT_EQ(notify.value(QStringLiteral("overdueSchoolDays")).toInt(), 1);
    EXPECT_EQ(notify.value(QStringLiteral("id")).toString(),
              db().queryText("SELECT sourced_id FROM protocol_actions WHERE rule = 'notify_family'"));
    const QJsonObject cover = list.at(1).toObject();
    EXPECT_EQ(cover.value(QStringLiteral("rule")).toString(), QStringLiteral("cover_tutor_absence"));
    EXPECT_TRUE(cover.value(QStringLiteral("student")).isNull());
    EXPECT_EQ(cover.value(QStringLiteral("due")).toString(), QStringLiteral("2027-03-02"));
    EXPECT_EQ(cover.value(QStringLiteral("tutorName")).toString(), QStringLiteral("Ana Kim"));
    EXPECT_EQ(doc.value(QStringLiteral("created")).toInt(), 3);

    // --all shows the make-up too; a second run creates nothing.
    const test::CliRun all = cli({QStringLiteral("protocol"), QStringLiteral("--date"),
                                  QStringLiteral("2027-03-02"), QStringLiteral("--all")});
    ASSERT_EQ(all.exitCode, 0) << all.err.toStdString();
    const QJsonObject allDoc = test::cliJson(all);
    EXPECT_EQ(allDoc.value(QStringLiteral("actions")).toArray().size(), 3);
    EXPECT_EQ(allDoc.value(QStringLiteral("created")).toInt(), 0);
    EXPECT_EQ(db().queryInteger("SELECT count(*) FROM protocol_actions"), 3);
}

TEST_F(ProtocolCliTest, PlainOutputNamesTheStudentAndTheRule)
{
    held(weekday(1), "unexcused");
    const test::CliRun run =
        cli({QStringLiteral("protocol"), QStringLiteral("--date"), QStringLiteral("2027-03-01")}, false);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("Notify the family"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("Maya Flores"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(mayaDistrictId())) << run.out.toStdString();
}

TEST_F(ProtocolCliTest, TodayComesFromTheEnvironmentWithoutDate)
{
    held(weekday(1), "unexcused");
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TUTORDESK_TODAY"), QStringLiteral("2027-03-08"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(TUTORDESK_CLI_PATH),
                  {QStringLiteral("--db"), dbPath(), QStringLiteral("--json"), QStringLiteral("protocol")});
    ASSERT_TRUE(process.waitForFinished(120000));
    EXPECT_EQ(process.exitCode(), 0);
    const QJsonObject doc = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    EXPECT_EQ(doc.value(QStringLiteral("actions")).toArray().size(), 2); // the make-up is due on the 8th
}

TEST_F(ProtocolCliTest, BadInputExitsWithTheDocumentedStatus)
{
    const test::CliRun badDate =
        cli({QStringLiteral("protocol"), QStringLiteral("--date"), QStringLiteral("9 March")});
    EXPECT_EQ(badDate.exitCode, 2);
    EXPECT_TRUE(badDate.out.isEmpty());
    EXPECT_TRUE(badDate.err.contains(QStringLiteral("--date"))) << badDate.err.toStdString();
    EXPECT_EQ(cli({QStringLiteral("protocol"), QStringLiteral("extra")}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("protocol"), QStringLiteral("--bogus")}).exitCode, 2);

    const test::CliRun missing = test::runCli({QStringLiteral("--db"), file(QStringLiteral("none.tutordesk")),
                                               QStringLiteral("--json"), QStringLiteral("protocol")});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.out.isEmpty());
}

} // namespace
