// Reading district SIS rosters (tests/data/roster): every value where it belongs, every problem where it is.
#include "RosterTestSupport.h"
#include "TestPaths.h"
#include "roster/GenericRosterReader.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace tutordesk {
namespace {

using test::joined;
using test::proposalFor;
using test::readRoster;
using test::rosterFile;
using test::u;

const RosterStudent* find(const RosterRead& read, const char* districtId)
{
    for (const RosterStudent& student : read.students) {
        if (student.districtId == u(districtId))
            return &student;
    }
    ADD_FAILURE() << "no student " << districtId;
    return nullptr;
}

std::string problems(const ImportReport& report)
{
    std::string text;
    for (const ImportProblem& problem : report.problems)
        text += problem.toText().toStdString() + "\n";
    return text;
}

TEST(RosterImportRead, ReadsAnAeriesExportSavedByExcelAsWindows1252)
{
    const RosterRead read = readRoster(rosterFile("aeries_1252.csv"));
    EXPECT_EQ(read.csv.encoding, QStringLiteral("Windows-1252"));
    ASSERT_TRUE(read.report.ok()) << problems(read.report);
    EXPECT_EQ(read.report.read, 5);
    ASSERT_EQ(read.students.size(), 5u);

    const RosterStudent* jose = find(read, "100234");
    ASSERT_TRUE(jose);
    EXPECT_EQ(jose->firstName, u("José"));
    EXPECT_EQ(jose->lastName, u("Muñoz"));
    EXPECT_EQ(jose->grade, u("3"));
    EXPECT_EQ(jose->birthDate, QDate(2016, 9, 8));
    EXPECT_EQ(jose->gender, u("M"));
    EXPECT_EQ(jose->hispanicLatino, true);
    EXPECT_EQ(jose->raceWhite, true);
    EXPECT_EQ(jose->raceAsian, false);
    EXPECT_EQ(jose->elStatus, u("EL")) << "Aeries' language fluency L";
    EXPECT_EQ(jose->homeLanguage, u("es")) << "CALPADS code 01";
    EXPECT_EQ(jose->disadvantaged, true);
    EXPECT_EQ(jose->attendanceRate, 94.5);
    EXPECT_EQ(jose->iep, std::nullopt) << "not in the file: left as it is";
    ASSERT_EQ(jose->guardians.size(), 1u);
    EXPECT_EQ(jose->guardians[0].firstName, u("Rosa"));
    EXPECT_EQ(jose->guardians[0].lastName, u("Muñoz"));
    EXPECT_EQ(jose->guardians[0].phone, u("(323) 555-0101"));
    EXPECT_EQ(jose->guardians[0].preferredLanguage, u("es"));
    EXPECT_EQ(jose->line, 2);

    EXPECT_EQ(find(read, "100235")->lastName, u("O\u2019Brien"));
    EXPECT_EQ(find(read, "100235")->firstName, u("Zoë"));
    EXPECT_EQ(find(read, "100235")->elStatus, u("EO"));
    EXPECT_EQ(find(read, "100236")->birthDate, QDate(2017, 11, 2)) << "M/D/YY";
    EXPECT_EQ(find(read, "100236")->attendanceRate, 91.2) << "decimal comma";
    EXPECT_EQ(find(read, "100236")->elStatus, u("RFEP"));
    const RosterStudent* maria = find(read, "000987");
    ASSERT_TRUE(maria) << "leading zeros kept";
    EXPECT_EQ(maria->grade, u("TK"));
    EXPECT_EQ(maria->birthDate, QDate(2020, 1, 15)) << "YYYYMMDD";
    EXPECT_EQ(maria->attendanceRate, 97.5);
    EXPECT_EQ(maria->elStatus, u("IFEP"));
    EXPECT_EQ(maria->guardians[0].preferredLanguage, u("es")) << "Español";
    const RosterStudent* angel = find(read, "100238");
    EXPECT_EQ(angel->birthDate, QDate(2014, 9, 8)) << "Sep 8, 2014";
    EXPECT_EQ(angel->raceAmericanIndian, true);
    EXPECT_EQ(angel->raceWhite, true);
    EXPECT_EQ(angel->attendanceRate, 88.0) << "a fraction";

    const QString notes = joined(read.report.notes);
    EXPECT_TRUE(notes.contains(u("\"Student ID\""))) << notes.toStdString();
    EXPECT_TRUE(notes.contains(u("\"Teacher\"")));
}

TEST(RosterImportRead, ReadsAPowerSchoolExportInUtf8)
{
    const RosterRead read = readRoster(rosterFile("powerschool_utf8.csv"));
    EXPECT_EQ(read.csv.encoding, QStringLiteral("UTF-8"));
    ASSERT_TRUE(read.report.ok()) << problems(read.report);
    ASSERT_EQ(read.students.size(), 5u);

    const RosterStudent* minjun = find(read, "20001");
    EXPECT_EQ(minjun->lastName, u("김"));
    EXPECT_EQ(minjun->firstName, u("민준"));
    EXPECT_EQ(minjun->stateId, u("1122334455"));
    EXPECT_EQ(minjun->grade, u("3"));
    EXPECT_EQ(minjun->homeLanguage, u("ko"));
    EXPECT_EQ(minjun->attendanceRate, 97.5);
    EXPECT_EQ(minjun->disadvantaged, true) << "free lunch";
    EXPECT_EQ(minjun->hispanicLatino, false);
    EXPECT_EQ(minjun->raceAsian, true);
    ASSERT_EQ(minjun->guardians.size(), 1u);
    EXPECT_EQ(minjun->guardians[0].firstName, u("지영"));
    EXPECT_EQ(minjun->guardians[0].relationship, u("mother"));
    EXPECT_EQ(minjun->guardians[0].email, u("jiyoung.kim@example.com"));
    EXPECT_EQ(minjun->guardians[0].preferredLanguage, u("ko"));

    EXPECT_EQ(find(read, "20002")->guardians[0].preferredLanguage, u("hy"));
    EXPECT_EQ(find(read, "20002")->iep, true);
    EXPECT_EQ(find(read, "20003")->homeLanguage, u("zh-Hant"));
    EXPECT_EQ(find(read, "20003")->section504, true);
    EXPECT_EQ(find(read, "20003")->guardians[0].relationship, u("grandparent"));
    EXPECT_EQ(find(read, "20004")->homeLanguage, u("fa"));
    EXPECT_EQ(find(read, "20004")->guardians[0].preferredLanguage, u("fa"));
    EXPECT_EQ(find(read, "20004")->disadvantaged, false) << "paid lunch";
    EXPECT_EQ(find(read, "20004")->homeless, true);
    const RosterStudent* an = find(read, "20005");
    EXPECT_EQ(an->grade, u("K"));
    EXPECT_EQ(an->lastName, u("Nguyễn"));
    EXPECT_EQ(an->foster, true);
    EXPECT_EQ(an->guardians[0].relationship, u("foster_parent"));
    EXPECT_EQ(an->guardians[0].preferredLanguage, u("vi"));
}

TEST(RosterImportRead, ReadsAnInfiniteCampusReportWithOtherHeaders)
{
    const RosterRead read = readRoster(rosterFile("campus_bom.csv"));
    EXPECT_EQ(read.csv.encoding, QStringLiteral("UTF-8 with BOM"));
    ASSERT_TRUE(read.report.ok()) << problems(read.report);
    ASSERT_EQ(read.students.size(), 3u);
    const RosterStudent* valentina = find(read, "S-3001");
    EXPECT_EQ(valentina->preferredName, u("Vale"));
    EXPECT_EQ(valentina->grade, u("3"));
    EXPECT_EQ(valentina->elStatus, u("EL")) << "an ELD level";
    EXPECT_EQ(valentina->guardians[0].firstName, u("Carmen"));
    EXPECT_EQ(valentina->guardians[0].lastName, u("Rodríguez"));
    const RosterStudent* jordan = find(read, "S-3002");
    EXPECT_EQ(jordan->grade, u("4"));
    EXPECT_EQ(jordan->gender, u("X"));
    EXPECT_EQ(jordan->raceBlack, true);
    EXPECT_EQ(jordan->raceWhite, true);
    EXPECT_EQ(jordan->elStatus, std::nullopt) << "a blank ELD level says nothing";
    EXPECT_EQ(jordan->preferredName, std::nullopt);
    EXPECT_EQ(jordan->guardians[0].relationship, u("guardian"));
    EXPECT_EQ(find(read, "S-3003")->guardians[0].preferredLanguage, u("pa"));
    EXPECT_EQ(find(read, "S-3003")->homeless, true);
}

TEST(RosterImportRead, NamesMissingRequiredColumnsAndTheNamesItLookedFor)
{
    const RosterRead read = readRoster(rosterFile("missing_columns.csv"));
    ASSERT_EQ(read.report.problems.size(), 2u) << problems(read.report);
    const ImportProblem& id = read.report.problems[0];
    EXPECT_EQ(id.line, 1);
    EXPECT_EQ(id.column, 0);
    EXPECT_EQ(id.field, u("District student ID"));
    EXPECT_TRUE(id.message.contains(u("\"Student ID\""))) << id.message.toStdString();
    EXPECT_TRUE(id.message.contains(u("\"Perm ID\"")));
    const ImportProblem& grade = read.report.problems[1];
    EXPECT_EQ(grade.field, u("Grade"));
    EXPECT_TRUE(grade.message.contains(u("\"Grade Level\"")));
    EXPECT_TRUE(read.students.empty());
    EXPECT_EQ(read.report.read, 1);

    // A saved mapping that names a column this file lacks says which.
    ColumnMapping mapping = proposalFor(rosterFile("missing_columns.csv"));
    mapping.set(QStringLiteral("districtId"), QStringLiteral("ID Number"));
    mapping.set(QStringLiteral("grade"), QStringLiteral("Gr Lvl"));
    const auto again = GenericRosterReader::read(rosterFile("missing_columns.csv"), mapping);
    ASSERT_TRUE(again.ok());
    ASSERT_EQ(again->report.problems.size(), 1u) << problems(again->report);
    EXPECT_EQ(again->report.problems[0].field, u("Gr Lvl"));
    EXPECT_TRUE(again->report.problems[0].message.contains(u("\"Gr Lvl\"")));
}

TEST(RosterImportRead, ReportsTwoStudentsMissingAGrade)
{
    const RosterRead read = readRoster(rosterFile("missing_grade.csv"));
    ASSERT_EQ(read.report.problems.size(), 2u) << problems(read.report);
    for (const ImportProblem& problem : read.report.problems) {
        EXPECT_TRUE(problem.file.endsWith(u("missing_grade.csv")));
        EXPECT_EQ(problem.column, 4);
        EXPECT_EQ(problem.field, u("Grade"));
        EXPECT_TRUE(problem.message.contains(u("empty")));
    }
    EXPECT_EQ(read.report.problems[0].line, 3);
    EXPECT_EQ(read.report.problems[1].line, 5);
    EXPECT_EQ(read.report.read, 5);
    EXPECT_EQ(read.students.size(), 2u) << "a row with problems is not a student";
    EXPECT_TRUE(joined(read.report.notes).contains(u("with no values in any column were skipped")))
        << "Excel's trailing ,,, row";
}

TEST(RosterImportRead, ReportsADuplicateIdOnBothLines)
{
    const RosterRead read = readRoster(rosterFile("duplicate_id.csv"));
    ASSERT_EQ(read.report.problems.size(), 1u) << problems(read.report);
    const ImportProblem& problem = read.report.problems[0];
    EXPECT_EQ(problem.line, 4);
    EXPECT_EQ(problem.column, 1);
    EXPECT_EQ(problem.field, u("Student ID"));
    EXPECT_TRUE(problem.message.contains(u("5001")));
    EXPECT_TRUE(problem.message.contains(u("line 2")));
}

TEST(RosterImportRead, ReportsUnreadableDates)
{
    const RosterRead read = readRoster(rosterFile("bad_date.csv"));
    ASSERT_EQ(read.report.problems.size(), 2u) << problems(read.report);
    EXPECT_EQ(read.report.problems[0].line, 3);
    EXPECT_EQ(read.report.problems[0].column, 5);
    EXPECT_EQ(read.report.problems[0].field, u("Birth Date"));
    EXPECT_TRUE(read.report.problems[0].message.contains(u("not a real date")));
    EXPECT_EQ(read.report.problems[1].line, 4);
    EXPECT_TRUE(read.report.problems[1].message.contains(u("the 8th of May")));
    EXPECT_TRUE(read.report.problems[1].message.contains(u("YYYY-MM-DD")));
    EXPECT_EQ(read.students.size(), 1u);
}

TEST(RosterImportRead, ReportsEveryKindOfProblemWhereItIs)
{
    const RosterRead read = readRoster(rosterFile("validation_errors.csv"));
    struct Expected {
        int line;
        int column;
        const char* field;
        const char* says;
    };
    const std::vector<Expected> expected = {
        {3, 1, "Student ID", "space"},
        {4, 4, "Grade", "\"13\" is not a grade"},
        {5, 5, "DOB", "YYYY-MM-DD"},
        {6, 6, "Gender", "F, M or X"},
        {7, 7, "EL Status", "EO, IFEP, EL, RFEP or TBD"},
        {8, 8, "IEP", "Y or N"},
        {9, 9, "Attendance %", "between 0 and 100"},
        {10, 10, "Race", "\"Martian\""},
        {11, 2, "Last Name", "last name is empty"},
        {12, 0, "", "8 fields where the header has 10"},
        {13, 1, "Student ID", "Excel"},
    };
    ASSERT_EQ(read.report.problems.size(), expected.size()) << problems(read.report);
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const ImportProblem& problem = read.report.problems[i];
        EXPECT_EQ(problem.line, expected[i].line) << i;
        EXPECT_EQ(problem.column, expected[i].column) << problem.toText().toStdString();
        EXPECT_EQ(problem.field, u(expected[i].field)) << problem.toText().toStdString();
        EXPECT_TRUE(problem.message.contains(u(expected[i].says))) << problem.toText().toStdString();
    }
    EXPECT_TRUE(read.report.problems[1].toText().endsWith(
        u("validation_errors.csv, line 4, column 4 (Grade): \"13\" is not a grade TutorDesk knows. Use TK, K "
          "or "
          "1 to 12 (\"KN\", \"00\", \"03\", \"3rd\" and \"Grade 3\" are read too).")))
        << read.report.problems[1].toText().toStdString();
    EXPECT_EQ(read.report.read, 12);
    ASSERT_EQ(read.students.size(), 1u);
    EXPECT_EQ(read.students[0].districtId, u("7001"));
}

TEST(RosterImportRead, ListsTheFirstProblemsAndCountsTheRest)
{
    QTemporaryDir dir;
    QFile csv(dir.filePath(QStringLiteral("wrong_column.csv")));
    ASSERT_TRUE(csv.open(QIODevice::WriteOnly));
    csv.write("Student ID,Last Name,First Name,Grade\n");
    for (int i = 0; i < 700; ++i)
        csv.write(QByteArray::number(1000 + i) + ",Lee,Ana,Room 12\n"); // the homeroom, not the grade
    csv.close();
    const RosterRead read = readRoster(csv.fileName());
    ASSERT_EQ(read.report.problems.size(), static_cast<std::size_t>(CsvReader::maxProblems) + 1);
    EXPECT_EQ(read.report.problems.front().line, 2);
    EXPECT_EQ(read.report.problems[CsvReader::maxProblems - 1].line, CsvReader::maxProblems + 1);
    EXPECT_TRUE(read.report.problems.back().message.contains(u("200 more")))
        << read.report.problems.back().message.toStdString();
    EXPECT_EQ(read.report.read, 700);
}

} // namespace
} // namespace tutordesk
