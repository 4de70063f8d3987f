// OneRoster 1.1 (a real zip) and 1.2 (a folder) exports read into roster students of one school.
#include "core/ImportFixtures.h"
#include "roster/OneRosterReader.h"
#include "roster/RosterImport.h"
#include "support/Fixtures.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace tutordesk::test {
namespace {

class OneRosterTest : public TempDirTest {
protected:
    QString v1p1Zip(const std::vector<std::pair<QString, QByteArray>>& extra = {})
    {
        const QString path = file(QStringLiteral("oneroster.zip"));
        EXPECT_TRUE(zipFolder(importData(QStringLiteral("oneroster/v1p1")), path, extra));
        return path;
    }
    static QString v1p2Folder() { return importData(QStringLiteral("oneroster/v1p2")); }

    static Result<RosterRead> read(const QString& path, const QString& org = {}, const QString& flags = {},
                                   const OneRosterLimits& limits = {})
    {
        return OneRosterReader::read(path, {org, flags, limits});
    }

    static const RosterStudent* find(const RosterRead& read, const QString& districtId)
    {
        for (const RosterStudent& student : read.students) {
            if (student.districtId == districtId)
                return &student;
        }
        ADD_FAILURE() << "no student " << districtId.toStdString();
        return nullptr;
    }

    static bool notesMention(const ImportReport& report, const QString& text)
    {
        for (const QString& note : report.notes) {
            if (note.contains(text))
                return true;
        }
        return false;
    }
};

std::string problemsOf(const ImportReport& report)
{
    std::string text;
    for (const ImportProblem& problem : report.problems)
        text += problem.toText().toStdString() + "\n";
    return text;
}

TEST_F(OneRosterTest, Version11ZipGivesTheChosenSchoolWithDemographicsAndFlags)
{
    const auto read = this->read(v1p1Zip(), QStringLiteral("sch-lincoln"));
    ASSERT_TRUE(read.ok()) << read.error().message.toStdString();
    EXPECT_TRUE(read->report.problems.empty()) << problemsOf(read->report);
    // Lincoln's students: not the teacher, not Martí's only student, not the pre-K child, not the
    // deleted row; the student of both schools is in.
    ASSERT_EQ(read->students.size(), 4u);

    const RosterStudent* jose = find(read.value(), QStringLiteral("100234"));
    ASSERT_NE(jose, nullptr);
    EXPECT_EQ(jose->firstName, QStringLiteral("José"));
    EXPECT_EQ(jose->lastName, QStringLiteral("Muñoz"));
    EXPECT_EQ(jose->grade, QStringLiteral("3"));
    EXPECT_EQ(jose->stateId, QStringLiteral("7654321001"));
    EXPECT_EQ(jose->birthDate, QDate(2017, 3, 14));
    EXPECT_EQ(jose->gender, QStringLiteral("M"));
    EXPECT_EQ(jose->raceWhite, true);
    EXPECT_EQ(jose->raceAsian, false);
    EXPECT_EQ(jose->hispanicLatino, true);
    EXPECT_EQ(jose->elStatus, QStringLiteral("EL"));
    EXPECT_EQ(jose->homeLanguage, QStringLiteral("es"));
    EXPECT_EQ(jose->iep, false);
    EXPECT_EQ(jose->disadvantaged, true);
    EXPECT_EQ(jose->attendanceRate, 91.5);
    EXPECT_TRUE(jose->sourceFile.endsWith(QStringLiteral("oneroster.zip/users.csv")));
    EXPECT_EQ(jose->line, 2);

    const RosterStudent* lan = find(read.value(), QStringLiteral("100235"));
    ASSERT_NE(lan, nullptr);
    EXPECT_EQ(lan->lastName, QStringLiteral("Nguyễn"));
    EXPECT_EQ(lan->grade, QStringLiteral("K"));
    EXPECT_EQ(lan->gender, QStringLiteral("F"));
    EXPECT_EQ(lan->raceAsian, true);
    EXPECT_EQ(lan->iep, true);
    EXPECT_EQ(lan->homeless, true);
    EXPECT_EQ(lan->homeLanguage, QStringLiteral("vi"));

    // No identifier: the OneRoster sourcedId is the district id.
    const RosterStudent* minjun = find(read.value(), QStringLiteral("u-1003"));
    ASSERT_NE(minjun, nullptr);
    EXPECT_EQ(minjun->gender, QStringLiteral("X"));
    EXPECT_EQ(minjun->section504, true);
    EXPECT_EQ(minjun->elStatus, QStringLiteral("IFEP"));
    EXPECT_EQ(minjun->homeLanguage, QStringLiteral("ko"));

    const RosterStudent* aram = find(read.value(), QStringLiteral("100238"));
    ASSERT_NE(aram, nullptr);
    EXPECT_EQ(aram->firstName, QStringLiteral("Արամ"));
    EXPECT_EQ(aram->grade, QStringLiteral("4")); // "04,05": the first grade listed
    EXPECT_EQ(aram->foster, true);
    EXPECT_EQ(aram->attendanceRate, 82.25);
    EXPECT_EQ(aram->elStatus, QStringLiteral("RFEP"));
    EXPECT_EQ(aram->homeLanguage, QStringLiteral("hy"));

    EXPECT_TRUE(notesMention(read->report, QStringLiteral("Pre-kindergarten students left out")));
    EXPECT_TRUE(notesMention(read->report, QStringLiteral("metadata.lockerNumber")));
    EXPECT_TRUE(notesMention(read->report, QStringLiteral("sourcedId")));
    EXPECT_TRUE(notesMention(read->report, QStringLiteral("1.1")));
}

TEST_F(OneRosterTest, Version12FolderTakesStudentsFromRolesWithPreferredNames)
{
    // One school in orgs.csv: no need to choose it.
    const auto read = this->read(v1p2Folder());
    ASSERT_TRUE(read.ok()) << read.error().message.toStdString();
    EXPECT_TRUE(read->report.problems.empty()) << problemsOf(read->report);
    ASSERT_EQ(read->students.size(), 3u);

    const RosterStudent* minjun = find(read.value(), QStringLiteral("200101"));
    ASSERT_NE(minjun, nullptr);
    EXPECT_EQ(minjun->preferredName, QStringLiteral("김민준"));
    EXPECT_EQ(minjun->stateId, QStringLiteral("5550001"));
    EXPECT_EQ(minjun->grade, QStringLiteral("4"));
    EXPECT_EQ(minjun->elStatus, QStringLiteral("EL"));
    EXPECT_EQ(minjun->homeLanguage, QStringLiteral("ko"));
    EXPECT_EQ(minjun->disadvantaged, true);
    EXPECT_EQ(minjun->attendanceRate, 93.0);
    EXPECT_EQ(minjun->raceAsian, true);

    const RosterStudent* sofia = find(read.value(), QStringLiteral("200102"));
    ASSERT_NE(sofia, nullptr);
    EXPECT_EQ(sofia->firstName, QStringLiteral("Sofía"));
    EXPECT_EQ(sofia->grade, QStringLiteral("TK"));
    EXPECT_EQ(sofia->iep, true);
    EXPECT_EQ(sofia->foster, true);
    EXPECT_EQ(sofia->elStatus, QStringLiteral("TBD"));
    EXPECT_EQ(sofia->homeLanguage, QStringLiteral("es"));
    EXPECT_EQ(sofia->attendanceRate, 96.0);
    EXPECT_EQ(sofia->hispanicLatino, true);

    const RosterStudent* zahra = find(read.value(), QStringLiteral("200103"));
    ASSERT_NE(zahra, nullptr);
    EXPECT_EQ(zahra->lastName, QStringLiteral("احمدی"));
    EXPECT_EQ(zahra->grade, QStringLiteral("6"));
    EXPECT_EQ(zahra->section504, true);
    EXPECT_EQ(zahra->homeless, true);
    EXPECT_EQ(zahra->homeLanguage, QStringLiteral("fa"));
    // "unspecified" and blank race cells leave what is on file.
    EXPECT_FALSE(zahra->gender.has_value());
    EXPECT_FALSE(zahra->raceWhite.has_value());
    EXPECT_TRUE(notesMention(read->report, QStringLiteral("1.2")));
}

TEST_F(OneRosterTest, SeveralSchoolsAndNoneChosenListsThemToPickFrom)
{
    const auto read = this->read(v1p1Zip());
    ASSERT_FALSE(read.ok());
    const QString& message = read.error().message;
    EXPECT_TRUE(message.contains(QStringLiteral("sch-lincoln: Lincoln Elementary (1964733)")))
        << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("sch-marti: Escuela José Martí"))) << message.toStdString();
    EXPECT_FALSE(message.contains(QStringLiteral("Valle Verde Unified"))) << "the district is not a school";

    const auto schools = OneRosterReader::schools(file(QStringLiteral("oneroster.zip")));
    ASSERT_TRUE(schools.ok());
    EXPECT_EQ(schools->size(), 2u);

    const auto unknown = this->read(file(QStringLiteral("oneroster.zip")), QStringLiteral("sch-nowhere"));
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.error().message.contains(QStringLiteral("sch-nowhere")));
    EXPECT_TRUE(unknown.error().message.contains(QStringLiteral("sch-marti")));
}

TEST_F(OneRosterTest, SchoolMayBeChosenByItsCode)
{
    const auto read = this->read(v1p1Zip(), QStringLiteral("1964741"));
    ASSERT_TRUE(read.ok()) << read.error().message.toStdString();
    ASSERT_EQ(read->students.size(), 2u); // Ana, and Aram who is at both schools
    EXPECT_NE(find(read.value(), QStringLiteral("100300")), nullptr);
    EXPECT_NE(find(read.value(), QStringLiteral("100238")), nullptr);
}

TEST_F(OneRosterTest, MissingRequiredFilesAreNamed)
{
    const QString noUsers = file(QStringLiteral("no-users"));
    ASSERT_TRUE(copyFolder(v1p2Folder(), noUsers, {QStringLiteral("users.csv")}));
    const auto withoutUsers = read(noUsers);
    ASSERT_FALSE(withoutUsers.ok());
    EXPECT_TRUE(withoutUsers.error().message.contains(QStringLiteral("no-users/users.csv")))
        << withoutUsers.error().message.toStdString();

    const QString noOrgs = file(QStringLiteral("no-orgs"));
    ASSERT_TRUE(copyFolder(v1p2Folder(), noOrgs, {QStringLiteral("orgs.csv")}));
    const auto withoutOrgs = read(noOrgs);
    ASSERT_FALSE(withoutOrgs.ok());
    EXPECT_TRUE(withoutOrgs.error().message.contains(QStringLiteral("orgs.csv")));

    const QString noRoles = file(QStringLiteral("no-roles"));
    ASSERT_TRUE(copyFolder(v1p2Folder(), noRoles, {QStringLiteral("roles.csv")}));
    const auto withoutRoles = read(noRoles);
    ASSERT_FALSE(withoutRoles.ok());
    EXPECT_TRUE(withoutRoles.error().message.contains(QStringLiteral("roles.csv")));
}

TEST_F(OneRosterTest, DeltaExportIsRefused)
{
    const QString delta = file(QStringLiteral("delta"));
    ASSERT_TRUE(copyFolder(v1p2Folder(), delta, {}, [](const QString& name, QString text) {
        return name == QLatin1String("manifest.csv")
                   ? text.replace(QStringLiteral("file.users,bulk"), QStringLiteral("file.users,delta"))
                   : text;
    }));
    const auto read = this->read(delta);
    ASSERT_FALSE(read.ok());
    EXPECT_TRUE(read.error().message.contains(QStringLiteral("bulk")));
}

TEST_F(OneRosterTest, FlagsFromAGenericCsvAreJoinedOnTheStudentId)
{
    const auto read = this->read(v1p1Zip(), QStringLiteral("sch-lincoln"),
                                 importData(QStringLiteral("oneroster/flags.csv")));
    ASSERT_TRUE(read.ok()) << read.error().message.toStdString();
    EXPECT_TRUE(read->report.problems.empty()) << problemsOf(read->report);
    const RosterStudent* jose = find(read.value(), QStringLiteral("100234"));
    ASSERT_NE(jose, nullptr);
    EXPECT_EQ(jose->foster, true); // the flags file wins over metadata.foster = N
    const RosterStudent* minjun = find(read.value(), QStringLiteral("u-1003")); // joined on the sourcedId
    ASSERT_NE(minjun, nullptr);
    EXPECT_EQ(minjun->elStatus, QStringLiteral("RFEP"));
    EXPECT_TRUE(notesMention(read->report, QStringLiteral("not in this school")));
}

TEST_F(OneRosterTest, ProblemsNameFileLineColumnAndField)
{
    const QString bad = file(QStringLiteral("bad"));
    ASSERT_TRUE(copyFolder(
        importData(QStringLiteral("oneroster/v1p1")), bad, {}, [](const QString& name, QString text) {
            if (name == QLatin1String("users.csv"))
                text.replace(QStringLiteral("Spanish,N,N,N,N,Y,91.5"),
                             QStringLiteral("Spanish,maybe,N,N,N,Y,91.5"))
                    .replace(QStringLiteral(",,,,,KG,"), QStringLiteral(",,,,,13,"));
            if (name == QLatin1String("demographics.csv"))
                text.replace(QStringLiteral("2015-06-30"), QStringLiteral("June thirtieth"));
            return text;
        }));
    const auto read = this->read(bad, QStringLiteral("sch-lincoln"));
    ASSERT_TRUE(read.ok()) << read.error().message.toStdString();
    const auto& problems = read->report.problems;
    ASSERT_EQ(problems.size(), 3u) << problemsOf(read->report);
    EXPECT_EQ(problems[0].file, QStringLiteral("bad/users.csv"));
    EXPECT_EQ(problems[0].line, 2);
    EXPECT_EQ(problems[0].column, 21);
    EXPECT_EQ(problems[0].field, QStringLiteral("metadata.iep"));
    EXPECT_TRUE(problems[0].message.contains(QStringLiteral("maybe")));
    EXPECT_EQ(problems[1].line, 3);
    EXPECT_EQ(problems[1].field, QStringLiteral("grades"));
    EXPECT_EQ(problems[2].file, QStringLiteral("bad/demographics.csv"));
    EXPECT_EQ(problems[2].line, 4);
    EXPECT_EQ(problems[2].field, QStringLiteral("birthDate"));
}

TEST_F(OneRosterTest, ImportRosterWritesTheSchoolOnceAndReimportChangesNothing)
{
    auto store = openStore(dbPath());
    ASSERT_TRUE(store);
    createSchool(*store);
    RosterImportOptions options;
    options.oneRosterOrg = QStringLiteral("sch-lincoln");
    std::vector<int> percents;
    const auto first = importRoster(*store, v1p1Zip(), options, [&percents](int percent) {
        percents.push_back(percent);
        return true;
    });
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    EXPECT_TRUE(first->applied) << problemsOf(first.value());
    EXPECT_EQ(first->added, 4);
    EXPECT_EQ(store->db().queryInteger("SELECT count(*) FROM students"), 4);
    EXPECT_EQ(store->db().queryText("SELECT preferred_name FROM students WHERE sourced_id = 'u-1003'"),
              QString());
    EXPECT_EQ(store->db().queryText("SELECT home_language FROM students WHERE sourced_id = '100238'"),
              QStringLiteral("hy"));
    ASSERT_FALSE(percents.empty());
    EXPECT_TRUE(std::is_sorted(percents.begin(), percents.end()));
    EXPECT_EQ(percents.back(), 100);

    const auto again = importRoster(*store, file(QStringLiteral("oneroster.zip")), options);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->added, 0);
    EXPECT_EQ(again->updated, 0);
    EXPECT_EQ(again->unchanged, 4);
}

} // namespace
} // namespace tutordesk::test
