// Applying read rosters to a real school database: atomic, idempotent, withdrawing only when asked.
#include "RosterTestSupport.h"
#include "TestPaths.h"
#include "roster/GenericRosterReader.h"
#include "roster/RosterApplier.h"
#include "roster/SavedMappings.h"
#include "roster/StudentQuery.h"
#include "support/Fixtures.h"
#include "support/TempDir.h"

#include <QCryptographicHash>
#include <QFile>
#include <QMap>
#include <QThread>

#include <gtest/gtest.h>

namespace tutordesk {
namespace {

using test::joined;
using test::proposalFor;
using test::readRoster;
using test::rosterFile;
using test::u;

class RosterImportApply : public test::TempDirTest {
protected:
    void SetUp() override
    {
        m_store = test::openStore(dbPath());
        ASSERT_TRUE(m_store);
        test::createSchool(*m_store);
    }

    ImportReport import(const QString& path, const RosterApplyOptions& options = {},
                        const RosterApplier::Progress& progress = {})
    {
        const RosterRead read = readRoster(path);
        auto applied = RosterApplier::apply(*m_store, read.students, options, read.report, progress);
        if (!applied.ok()) {
            ADD_FAILURE() << applied.error().message.toStdString();
            return {};
        }
        return std::move(applied).value();
    }

    std::int64_t count(const char* table)
    {
        return m_store->db().queryInteger(std::string("SELECT count(*) FROM ").append(table));
    }

    QString text(std::string_view sql, const QString& id) { return m_store->db().queryText(sql, id); }

    // Every column of every student, in order: equal hashes mean an identical table.
    QByteArray studentsHash()
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const char* table : {"students", "guardians", "student_guardians", "settings"}) {
            Statement st =
                m_store->db().prepare(std::string("SELECT * FROM ").append(table).append(" ORDER BY 1, 2"));
            while (st.step()) {
                for (int c = 0; c < st.columnCount(); ++c)
                    hash.addData((st.isNull(c) ? QStringLiteral("\\N") : st.text(c)).toUtf8() + '\x1f');
                hash.addData("\n");
            }
        }
        return hash.result();
    }

    QByteArray fileHash()
    {
        m_store->db().execute("PRAGMA wal_checkpoint(TRUNCATE)");
        QFile file(dbPath());
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
    }

    QMap<QString, QString> updatedAt()
    {
        QMap<QString, QString> stamps;
        Statement st = m_store->db().prepare("SELECT 's' || sourced_id, updated_at FROM students UNION ALL "
                                             "SELECT 'g' || sourced_id, updated_at FROM guardians");
        while (st.step())
            stamps.insert(st.text(0), st.text(1));
        return stamps;
    }

    std::unique_ptr<Store> m_store;
};

TEST_F(RosterImportApply, AddsStudentsGuardiansAndKeysWithAccentsIntact)
{
    const ImportReport report = import(rosterFile("aeries_1252.csv"));
    EXPECT_TRUE(report.applied);
    EXPECT_EQ(report.added, 5);
    EXPECT_EQ(report.guardiansAdded, 5);
    EXPECT_EQ(count("students"), 5);
    EXPECT_EQ(count("student_guardians"), 5);
    EXPECT_EQ(text("SELECT first_name || ' ' || last_name FROM students WHERE sourced_id = ?", u("100234")),
              u("José Muñoz"));
    EXPECT_EQ(text("SELECT grade FROM students WHERE sourced_id = ?", u("000987")), u("TK"));
    EXPECT_EQ(text("SELECT search_text FROM students WHERE sourced_id = ?", u("100234")),
              u("jose munoz 100234"));
    EXPECT_EQ(
        text("SELECT g.preferred_language || ' ' || sg.relationship || ' ' || sg.is_primary FROM guardians g"
             " JOIN student_guardians sg ON sg.guardian_id = g.id JOIN students s ON s.id = sg.student_id"
             " WHERE s.sourced_id = ?",
             u("100234")),
        u("es guardian 1"));

    StudentQuery query(*m_store);
    StudentFilter filter;
    filter.search = u("jose");
    EXPECT_EQ(query.count(filter), 2) << "José Muñoz and María José Hernández";
    filter.search = u("jose munoz");
    const auto found = query.page(filter, {}, 0, 10);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].firstName, u("José"));
    EXPECT_EQ(found[0].lastName, u("Muñoz"));
    filter.search = u("MUNOZ");
    EXPECT_EQ(query.count(filter), 1);
    filter.search = u("o\u2019brien");
    EXPECT_EQ(query.count(filter), 1);
}

TEST_F(RosterImportApply, ReimportingTheSameFileChangesNothingAtAll)
{
    import(rosterFile("powerschool_utf8.csv"));
    const QMap<QString, QString> before = updatedAt();
    const QByteArray hash = studentsHash();
    const auto changes = m_store->db().queryInteger("SELECT total_changes()");
    QThread::msleep(5); // a write would now show in updated_at

    const ImportReport again = import(rosterFile("powerschool_utf8.csv"));
    EXPECT_TRUE(again.applied);
    EXPECT_EQ(again.added, 0);
    EXPECT_EQ(again.updated, 0);
    EXPECT_EQ(again.unchanged, 5);
    EXPECT_EQ(again.guardiansAdded, 0);
    EXPECT_EQ(again.guardiansUpdated, 0);
    EXPECT_EQ(again.missing, 0);
    EXPECT_EQ(m_store->db().queryInteger("SELECT total_changes()"), changes) << "not a single row written";
    EXPECT_EQ(updatedAt(), before);
    EXPECT_EQ(studentsHash(), hash);
}

TEST_F(RosterImportApply, AnUpdatedFileUpdatesAddsAndCountsTheMissing)
{
    import(rosterFile("roster_v1.csv"));
    const ImportReport report = import(rosterFile("roster_v2.csv"));
    EXPECT_EQ(report.updated, 1);
    EXPECT_EQ(report.added, 1);
    EXPECT_EQ(report.unchanged, 3);
    EXPECT_EQ(report.missing, 1);
    EXPECT_EQ(report.withdrawn, 0);
    EXPECT_EQ(report.guardiansAdded, 1);
    EXPECT_EQ(text("SELECT el_status FROM students WHERE sourced_id = ?", u("9004")), u("RFEP"));
    EXPECT_EQ(text("SELECT status FROM students WHERE sourced_id = ?", u("9005")), u("active"))
        << "missing is not withdrawn without the coordinator's say-so";
    EXPECT_TRUE(joined(report.notes).contains(u("Lily Evans (9005)")));

    RosterApplyOptions withdraw;
    withdraw.withdrawMissing = true;
    const ImportReport confirmed = import(rosterFile("roster_v2.csv"), withdraw);
    EXPECT_EQ(confirmed.missing, 1);
    EXPECT_EQ(confirmed.withdrawn, 1);
    EXPECT_EQ(confirmed.unchanged, 5);
    EXPECT_EQ(text("SELECT status || ' ' || withdrawn_on FROM students WHERE sourced_id = ?", u("9005")),
              u("withdrawn ") + QDate::currentDate().toString(Qt::ISODate));
    EXPECT_EQ(count("students"), 6) << "never deleted";
    EXPECT_EQ(count("student_guardians"), 6) << "history kept";

    // Lily comes back: active again, and noted.
    const ImportReport back = import(rosterFile("roster_v1.csv"));
    EXPECT_EQ(back.updated, 2) << "Lily reactivated, Mateo back to EL";
    EXPECT_EQ(text("SELECT status || ifnull(withdrawn_on, '') FROM students WHERE sourced_id = ?", u("9005")),
              u("active"));
    EXPECT_TRUE(joined(back.notes).contains(u("active again")));
    EXPECT_EQ(back.missing, 1) << "Omar";
}

TEST_F(RosterImportApply, AFileWithOneBadRowLeavesTheDatabaseAsItWas)
{
    import(rosterFile("roster_v1.csv"));
    const QByteArray tables = studentsHash();
    const QByteArray file = fileHash();

    const RosterRead bad = readRoster(rosterFile("validation_errors.csv"));
    ASSERT_FALSE(bad.report.ok());
    const auto refused = RosterApplier::apply(*m_store, bad.students, {}, bad.report);
    ASSERT_TRUE(refused.ok());
    EXPECT_FALSE(refused->applied);
    EXPECT_EQ(refused->added, 0);

    // A failure half-way through (a grade the schema refuses, from a caller that skipped the
    // reader) rolls back the rows already written.
    RosterRead good = readRoster(rosterFile("roster_v2.csv"));
    good.students[4].grade = QStringLiteral("13");
    const auto failed = RosterApplier::apply(*m_store, good.students, {}, good.report);
    ASSERT_FALSE(failed.ok());
    EXPECT_TRUE(failed.error().message.contains(u("nothing was changed")));

    EXPECT_EQ(count("students"), 5);
    EXPECT_EQ(studentsHash(), tables);
    EXPECT_EQ(fileHash(), file) << "byte for byte";
}

TEST_F(RosterImportApply, DryRunAndCancelWriteNothing)
{
    RosterApplyOptions dry;
    dry.dryRun = true;
    const ImportReport report = import(rosterFile("roster_v1.csv"), dry);
    EXPECT_FALSE(report.applied);
    EXPECT_EQ(report.added, 5) << "what it would do";
    EXPECT_EQ(report.guardiansAdded, 5);
    EXPECT_EQ(count("students"), 0);
    EXPECT_EQ(count("guardians"), 0);

    const RosterRead read = readRoster(rosterFile("roster_v1.csv"));
    int calls = 0;
    const auto cancelled =
        RosterApplier::apply(*m_store, read.students, {}, read.report, [&](int done, int total) {
            ++calls;
            return done < total; // cancel at the very end, after every row is written
        });
    ASSERT_FALSE(cancelled.ok());
    EXPECT_TRUE(cancelled.error().message.contains(u("cancelled")));
    EXPECT_EQ(calls, 2);
    EXPECT_EQ(count("students"), 0);
    EXPECT_EQ(count("guardians"), 0);
}

TEST_F(RosterImportApply, ProgressEveryFiveHundredRowsOnALargerRoster)
{
    QFile csv(file(QStringLiteral("large.csv")));
    ASSERT_TRUE(csv.open(QIODevice::WriteOnly));
    csv.write("Student ID,Last Name,First Name,Grade,Parent Name,Parent Phone\r\n");
    for (int i = 0; i < 1200; ++i) {
        // Siblings in pairs share a guardian: one guardian row, linked twice.
        csv.write(QStringLiteral("%1,Núñez %2,Ana,%3,\"Núñez, Luz %2\",555-%4\r\n")
                      .arg(10000 + i)
                      .arg(i / 2)
                      .arg(i % 6 + 1)
                      .arg(i / 2, 4, 10, QLatin1Char('0'))
                      .toUtf8());
    }
    csv.close();
    // Cancelled after 500 rows: none of them stays.
    const auto cancelled = RosterApplier::apply(*m_store, readRoster(csv.fileName()).students, {}, {},
                                                [](int done, int) { return done < 500; });
    EXPECT_FALSE(cancelled.ok());
    EXPECT_EQ(count("students"), 0);

    QList<int> seen;
    const ImportReport report = import(csv.fileName(), {}, [&](int done, int) {
        seen.append(done);
        return true;
    });
    EXPECT_EQ(report.added, 1200);
    EXPECT_EQ(seen, QList<int>({0, 500, 1000, 1200}));
    EXPECT_EQ(report.guardiansAdded, 600);
    EXPECT_EQ(count("guardians"), 600);
    EXPECT_EQ(count("student_guardians"), 1200);
}

TEST_F(RosterImportApply, GuardiansAreMatchedByNameOrPhone)
{
    import(rosterFile("roster_v1.csv"));
    QFile csv(file(QStringLiteral("changed.csv")));
    ASSERT_TRUE(csv.open(QIODevice::WriteOnly));
    csv.write("Student ID,Last Name,First Name,Grade,Parent Name,Relationship,Parent Phone,Parent Email,"
              "Correspondence Language\r\n"
              // Same name without accents, the phone written differently, a language now given.
              "9001,Muñoz,José,3,\"MUNOZ, ROSA\",Mother,323.555.0101,rosa.munoz@example.com,Español\r\n"
              // A new last name, the same first name and phone: the same person.
              "9002,Ávila,Ana,4,\"Reyes, Marco\",Father,(323) 555-0102,,\r\n"
              // The other parent, sharing the home phone: a second guardian.
              "9003,Chen,Grace,2,\"Chen, Li\",Father,(323) 555-0103,,\r\n");
    csv.close();
    const ImportReport report = import(csv.fileName());
    EXPECT_EQ(report.guardiansAdded, 1);
    EXPECT_EQ(report.guardiansUpdated, 2);
    EXPECT_EQ(
        text("SELECT g.first_name || ' ' || g.last_name || ' ' || g.phone_home || ' ' || g.preferred_language"
             " FROM guardians g JOIN student_guardians sg ON sg.guardian_id = g.id"
             " JOIN students s ON s.id = sg.student_id WHERE s.sourced_id = ?",
             u("9001")),
        u("ROSA MUNOZ (323) 555-0101 es"))
        << "the roster's spelling wins; the same number in another format is not a change";
    EXPECT_EQ(m_store->db().queryInteger("SELECT count(*) FROM student_guardians sg JOIN students s"
                                         " ON s.id = sg.student_id WHERE s.sourced_id = ?",
                                         u("9003")),
              2);
    EXPECT_EQ(m_store->db().queryInteger("SELECT count(*) FROM student_guardians sg JOIN students s"
                                         " ON s.id = sg.student_id WHERE s.sourced_id = ? AND is_primary = 1",
                                         u("9003")),
              1);
}

TEST_F(RosterImportApply, ACoordinatorsCorrectionsSurviveTheNextRosterImport)
{
    import(rosterFile("roster_v1.csv"));
    // The coordinator learned on the phone that Rosa reads Korean and has a new number.
    m_store->db().run(
        "UPDATE guardians SET preferred_language = 'ko', phone_home = '(213) 555-0199',"
        " edited_here = 1 WHERE id = (SELECT guardian_id FROM student_guardians sg JOIN students s"
        " ON s.id = sg.student_id WHERE s.sourced_id = '9001')");
    QFile csv(file(QStringLiteral("again.csv")));
    ASSERT_TRUE(csv.open(QIODevice::WriteOnly));
    csv.write("Student ID,Last Name,First Name,Grade,Parent Name,Relationship,Parent Phone,Parent Email,"
              "Correspondence Language\r\n"
              "9001,Muñoz,José,3,\"Muñoz, Rosa\",Mother,(323) 555-0101,rosa.munoz@example.com,Español\r\n");
    csv.close();
    import(csv.fileName());
    EXPECT_EQ(
        text("SELECT g.phone_home || ' ' || g.preferred_language || ' ' || g.email FROM guardians g"
             " JOIN student_guardians sg ON sg.guardian_id = g.id JOIN students s ON s.id = sg.student_id"
             " WHERE s.sourced_id = ?",
             u("9001")),
        u("(213) 555-0199 ko rosa.munoz@example.com"))
        << "her corrections stay over the district's older values";
}

TEST_F(RosterImportApply, RefusesProblemsDuplicatesAndWithdrawingEveryone)
{
    const RosterRead read = readRoster(rosterFile("roster_v1.csv"));
    std::vector<RosterStudent> twice = read.students;
    twice.push_back(read.students[0]);
    const auto duplicate = RosterApplier::apply(*m_store, twice, {}, read.report);
    ASSERT_TRUE(duplicate.ok());
    EXPECT_FALSE(duplicate->applied);
    ASSERT_EQ(duplicate->problems.size(), 1u);
    EXPECT_TRUE(duplicate->problems[0].message.contains(u("9001")));

    RosterApplyOptions withdraw;
    withdraw.withdrawMissing = true;
    const auto empty = RosterApplier::apply(*m_store, {}, withdraw, {});
    ASSERT_TRUE(empty.ok());
    EXPECT_FALSE(empty->applied);
    EXPECT_FALSE(empty->problems.empty());
    EXPECT_EQ(count("students"), 0);
}

TEST_F(RosterImportApply, BlankCellsKeepWhatIsStoredButBlankFlagsMeanNo)
{
    import(rosterFile("roster_v1.csv"));
    QFile csv(file(QStringLiteral("sparse.csv")));
    ASSERT_TRUE(csv.open(QIODevice::WriteOnly));
    csv.write("Student ID,Last Name,First Name,Grade,Birth Date,LEP,Home Language,IEP,Attendance %\r\n"
              "9001,Muñoz,José,3,,N,,,\r\n" // was EL: no longer an English learner
              "9003,Chen,Grace,2,,N,,,\r\n" // was IFEP: still IFEP
              "9004,Díaz,Mateo,5,,Y,Tahitian,Y,\r\n");
    csv.close();
    const ImportReport report = import(csv.fileName());
    EXPECT_EQ(report.updated, 3);
    const auto row = [&](const char* id) {
        return text("SELECT ifnull(el_status, '-') || ' ' || birth_date || ' ' || home_language || ' ' || iep"
                    " || ' ' || attendance_rate FROM students WHERE sourced_id = ?",
                    u(id));
    };
    EXPECT_EQ(row("9001"), u("- 2016-09-08 es 0 94.5"));
    EXPECT_EQ(row("9003"), u("IFEP 2017-01-20 zh-Hans 0 91.0")) << "a blank IEP cell means no";
    EXPECT_EQ(row("9004"), u("EL 2014-11-02 Tahitian 1 85.5")) << "an unknown language is kept as written";
    const QString notes = joined(report.notes);
    EXPECT_TRUE(notes.contains(u("\"Tahitian\""))) << notes.toStdString();
    EXPECT_TRUE(notes.contains(u("not an English learner")));
}

TEST_F(RosterImportApply, SavedMappingRoundTrip)
{
    EXPECT_EQ(SavedMappings::load(*m_store, QStringLiteral("roster")), std::nullopt);
    ColumnMapping mapping(QStringLiteral("roster"));
    mapping.set(QStringLiteral("districtId"), QStringLiteral("Perm ID"));
    mapping.set(QStringLiteral("grade"), QStringLiteral("Gr"));
    SavedMappings::save(*m_store, mapping);
    EXPECT_EQ(SavedMappings::load(*m_store, QStringLiteral("roster")), mapping);
    mapping.set(QStringLiteral("lastName"), u("Apellido"));
    SavedMappings::save(*m_store, mapping);
    EXPECT_EQ(SavedMappings::load(*m_store, QStringLiteral("roster")), mapping);
    EXPECT_EQ(m_store->db().queryInteger("SELECT count(*) FROM settings WHERE key = 'mapping.roster'"), 1);
    EXPECT_EQ(SavedMappings::load(*m_store, QStringLiteral("scores")), std::nullopt);
}

} // namespace
} // namespace tutordesk
