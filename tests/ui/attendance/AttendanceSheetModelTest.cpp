// The sheet's rows as the coordinator edits them: the defaults each status brings, what is editable,
// and what goes to core. QAbstractItemModelTester watches every change.
#include "AttendanceSheetModel.h"

#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

#include <memory>

namespace tutordesk {
namespace {

class AttendanceSheetModelTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_tester = std::make_unique<QAbstractItemModelTester>(
            &m_model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        std::vector<AttendanceRow> rows(3);
        rows[0].studentId = 1;
        rows[0].name = QStringLiteral("Maya Adams");
        rows[1].studentId = 2;
        rows[1].name = QStringLiteral("Leo Brown");
        rows[2].studentId = 3;
        rows[2].name = QStringLiteral("Sofía Cruz");
        rows[2].status = AttendanceStatus::Present; // recorded before
        rows[2].minutes = 45;
        m_model.setSheet(rows, 45);
    }

    QVariant cell(int row, int column, int role = Qt::DisplayRole) const
    {
        return m_model.index(row, column).data(role);
    }

    AttendanceSheetModel m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

TEST_F(AttendanceSheetModelTest, EachStatusBringsItsMinutes)
{
    m_model.setStatus(0, AttendanceStatus::Present);
    EXPECT_EQ(m_model.minutes(0), 45) << "present attends the whole session";
    m_model.setStatus(0, AttendanceStatus::Tardy);
    EXPECT_EQ(m_model.minutes(0), std::nullopt) << "tardy waits for the minutes to be typed";
    EXPECT_TRUE(m_model.setData(m_model.index(0, AttendanceSheetModel::MinutesColumn), 20));
    m_model.setStatus(0, AttendanceStatus::Tardy);
    EXPECT_EQ(m_model.minutes(0), 20) << "pressing T again keeps what was typed";
    m_model.setStatus(0, AttendanceStatus::Unexcused);
    EXPECT_EQ(m_model.minutes(0), 0) << "an absence attends nothing";
    EXPECT_FALSE(m_model.flags(m_model.index(0, AttendanceSheetModel::MinutesColumn)) & Qt::ItemIsEditable);
}

TEST_F(AttendanceSheetModelTest, StatusesShowWordsAndABadgeNotColourAlone)
{
    EXPECT_EQ(cell(0, AttendanceSheetModel::StatusColumn).toString(), QStringLiteral("Not marked"));
    m_model.setStatus(0, AttendanceStatus::Excused);
    EXPECT_EQ(cell(0, AttendanceSheetModel::StatusColumn).toString(), QStringLiteral("Absent, excused"));
    EXPECT_FALSE(cell(0, AttendanceSheetModel::StatusColumn, Qt::DecorationRole).isNull());
    EXPECT_EQ(cell(0, AttendanceSheetModel::StatusColumn, AttendanceSheetModel::StatusCodeRole).toString(),
              QStringLiteral("excused"));
}

TEST_F(AttendanceSheetModelTest, OnlyAnAbsenceCanBeAbsentFromSchool)
{
    EXPECT_FALSE(m_model.toggleSchoolAbsence(2)) << "Sofía was present";
    EXPECT_TRUE(cell(2, AttendanceSheetModel::SchoolAbsenceColumn, Qt::CheckStateRole).isNull());
    m_model.setStatus(1, AttendanceStatus::Unexcused);
    EXPECT_TRUE(m_model.toggleSchoolAbsence(1));
    EXPECT_EQ(cell(1, AttendanceSheetModel::SchoolAbsenceColumn, Qt::CheckStateRole), QVariant(Qt::Checked));
    m_model.setStatus(1, AttendanceStatus::Excused);
    EXPECT_EQ(cell(1, AttendanceSheetModel::SchoolAbsenceColumn, Qt::CheckStateRole), QVariant(Qt::Checked))
        << "still away from school: only the excuse changed";
    m_model.setStatus(1, AttendanceStatus::Present);
    EXPECT_TRUE(cell(1, AttendanceSheetModel::SchoolAbsenceColumn, Qt::CheckStateRole).isNull());
}

TEST_F(AttendanceSheetModelTest, MarksGoToCoreForMarkedStudentsOnlyAndTellWhatChanged)
{
    EXPECT_FALSE(m_model.isDirty());
    EXPECT_EQ(m_model.marks().size(), 1u) << "the record read back";
    m_model.setStatus(0, AttendanceStatus::Present);
    EXPECT_TRUE(m_model.isDirty());
    EXPECT_EQ(m_model.markRestPresent(), 1) << "only Leo was not marked";
    const std::vector<AttendanceMark> marks = m_model.marks();
    ASSERT_EQ(marks.size(), 3u);
    EXPECT_EQ(marks[1].studentId, 2);
    EXPECT_EQ(marks[1].status, AttendanceStatus::Present);
    EXPECT_EQ(marks[1].minutes, 45);
}

} // namespace
} // namespace tutordesk
