// The Students table model: lazy paging, SQL order, search and filters, and what each cell shows.
#include "StudentTableModel.h"

#include "support/TempDir.h"
#include "ui/UiFixtures.h"

#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

#include <memory>

namespace tutordesk::test {
namespace {

using Model = StudentTableModel;

// StudentFilter has no default member initializers for its strings, so designated initializers
// would warn; this builds one from a few assignments instead.
template <typename Set> StudentFilter filterWhere(Set set)
{
    StudentFilter filter;
    set(filter);
    return filter;
}

class StudentTableModelTest : public TempDirTest {
protected:
    void SetUp() override
    {
        m_store = openStore(dbPath());
        ASSERT_TRUE(m_store);
        createSchool(*m_store);
    }

    // Attaches the model tester: every change the model makes from here on is checked.
    void attachTester()
    {
        m_tester = std::make_unique<QAbstractItemModelTester>(
            &m_model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        // The tests fetch themselves. Qt 6.4's tester would call fetchMore() from its modelReset
        // handler, before it has marked the reset finished, and then fail on its own insertion.
        m_tester->setUseFetchMore(false);
    }

    void fetchAll()
    {
        while (m_model.canFetchMore({}))
            m_model.fetchMore({});
    }

    QStringList column(int column, int role = Model::RawValueRole)
    {
        QStringList values;
        for (int row = 0; row < m_model.rowCount(); ++row)
            values << m_model.index(row, column).data(role).toString();
        return values;
    }

    std::unique_ptr<Store> m_store;
    Model m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

TEST_F(StudentTableModelTest, EmptyWithoutStore)
{
    attachTester();
    EXPECT_EQ(m_model.rowCount(), 0);
    EXPECT_EQ(m_model.columnCount(), Model::ColumnCount);
    EXPECT_EQ(m_model.totalCount(), 0);
    EXPECT_FALSE(m_model.canFetchMore({}));
}

TEST_F(StudentTableModelTest, LoadsOnePageAtATime)
{
    addStudents(*m_store, 1000); // 960 active
    m_model.setStore(m_store.get());
    EXPECT_EQ(m_model.totalCount(), 960);
    EXPECT_EQ(m_model.rowCount(), Model::defaultPageSize);
    for (int expected = 2 * Model::defaultPageSize; expected < 960; expected += Model::defaultPageSize) {
        ASSERT_TRUE(m_model.canFetchMore({}));
        m_model.fetchMore({});
        EXPECT_EQ(m_model.rowCount(), expected);
    }
    m_model.fetchMore({});
    EXPECT_EQ(m_model.rowCount(), 960);
    EXPECT_FALSE(m_model.canFetchMore({}));
}

TEST_F(StudentTableModelTest, PageSizeIsAdjustable)
{
    addStudents(*m_store, 100);
    m_model.setPageSize(30);
    m_model.setStore(m_store.get());
    EXPECT_EQ(m_model.rowCount(), 30);
    m_model.fetchMore({});
    EXPECT_EQ(m_model.rowCount(), 60);
}

TEST_F(StudentTableModelTest, FetchesSortsAndFiltersUnderTheModelTester)
{
    addStudents(*m_store, 700);
    attachTester();
    m_model.setStore(m_store.get());
    fetchAll();
    EXPECT_EQ(m_model.rowCount(), m_model.totalCount());
    for (int column = 0; column < Model::ColumnCount; ++column) {
        m_model.sort(column, Qt::DescendingOrder);
        m_model.fetchMore({});
        m_model.sort(column, Qt::AscendingOrder);
    }
    StudentFilter filter;
    filter.search = QStringLiteral("ana");
    m_model.setFilter(filter);
    fetchAll();
    filter.grade = QStringLiteral("K");
    m_model.setFilter(filter);
    m_model.setStore(nullptr);
    EXPECT_EQ(m_model.rowCount(), 0);
}

TEST_F(StudentTableModelTest, SortsInSqlOrder)
{
    addStudents(*m_store, 450);
    m_model.setStore(m_store.get());
    fetchAll();
    EXPECT_EQ(column(Model::DistrictIdColumn), idsInSqlOrder(*m_store, "last_name_key, first_name_key, id"));

    m_model.sort(Model::GradeColumn, Qt::AscendingOrder);
    fetchAll();
    EXPECT_EQ(column(Model::DistrictIdColumn),
              idsInSqlOrder(*m_store, "grade_rank, last_name_key, first_name_key, id"));
    EXPECT_EQ(m_model.index(0, Model::GradeColumn).data().toString(), QStringLiteral("TK"));

    m_model.sort(Model::AttendanceColumn, Qt::DescendingOrder);
    fetchAll();
    EXPECT_EQ(column(Model::DistrictIdColumn),
              idsInSqlOrder(*m_store, "attendance_rate DESC, last_name_key, first_name_key, id"));

    m_model.sort(Model::LastNameColumn, Qt::DescendingOrder);
    fetchAll();
    EXPECT_EQ(column(Model::DistrictIdColumn),
              idsInSqlOrder(*m_store, "last_name_key DESC, last_name_key, first_name_key, id"));
    // Accents do not push "Ávila" after "Zúñiga".
    EXPECT_EQ(m_model.index(0, Model::LastNameColumn).data().toString(), QStringLiteral("Zúñiga"));
    EXPECT_EQ(m_model.index(m_model.rowCount() - 1, Model::LastNameColumn).data().toString(),
              QStringLiteral("Ávila"));
}

TEST_F(StudentTableModelTest, StudentGroupsColumnKeepsTheCurrentSort)
{
    addStudents(*m_store, 50);
    m_model.setStore(m_store.get());
    m_model.sort(Model::NeedScoreColumn, Qt::DescendingOrder);
    m_model.sort(Model::GroupsColumn, Qt::AscendingOrder);
    EXPECT_EQ(m_model.currentSort().column, StudentColumn::NeedScore);
    EXPECT_TRUE(m_model.currentSort().descending);
    EXPECT_FALSE(StudentColumns::sortKeyFor(Model::GroupsColumn));
    EXPECT_EQ(StudentColumns::columnFor(StudentColumn::NeedScore), Model::NeedScoreColumn);
}

TEST_F(StudentTableModelTest, SearchIgnoresCaseAndAccents)
{
    insertStudent(
        *m_store,
        {.id = QStringLiteral("1"), .first = QStringLiteral("José"), .last = QStringLiteral("Muñoz")});
    insertStudent(
        *m_store,
        {.id = QStringLiteral("2"), .first = QStringLiteral("Ana"), .last = QStringLiteral("Josephs")});
    insertStudent(*m_store,
                  {.id = QStringLiteral("3"), .first = QStringLiteral("Mia"), .last = QStringLiteral("Kim")});
    attachTester();
    m_model.setStore(m_store.get());
    EXPECT_EQ(m_model.totalCount(), 3);

    m_model.setFilter(filterWhere([](auto& f) { f.search = QStringLiteral("jose"); }));
    EXPECT_EQ(m_model.totalCount(), 2);
    EXPECT_EQ(column(Model::FirstNameColumn),
              (QStringList{QStringLiteral("Ana"), QStringLiteral("José")})); // Josephs, Muñoz

    m_model.setFilter(filterWhere([](auto& f) { f.search = QStringLiteral("JOSÉ MUNOZ"); }));
    ASSERT_EQ(m_model.rowCount(), 1);
    EXPECT_EQ(m_model.index(0, Model::LastNameColumn).data().toString(), QStringLiteral("Muñoz"));

    m_model.setFilter(filterWhere([](auto& f) { f.search = QStringLiteral("nobody"); }));
    EXPECT_EQ(m_model.totalCount(), 0);
    EXPECT_EQ(m_model.rowCount(), 0);
}

TEST_F(StudentTableModelTest, FiltersNarrowTheCount)
{
    addStudents(*m_store, 300);
    m_model.setStore(m_store.get());
    const int all = m_model.totalCount();
    const auto sqlCount = [this](const char* where) {
        return static_cast<int>(m_store->db().queryInteger(
            QByteArray("SELECT count(*) FROM students WHERE status = 'active' AND ")
                .append(where)
                .toStdString()));
    };

    m_model.setFilter(filterWhere([](auto& f) { f.grade = QStringLiteral("3"); }));
    EXPECT_EQ(m_model.totalCount(), sqlCount("grade = '3'"));
    EXPECT_LT(m_model.totalCount(), all);

    m_model.setFilter(filterWhere([](auto& f) { f.elStatus = QStringLiteral("RFEP"); }));
    EXPECT_EQ(m_model.totalCount(), sqlCount("el_status = 'RFEP'"));

    m_model.setFilter(filterWhere([](auto& f) { f.homeLanguage = QStringLiteral("hy"); }));
    EXPECT_EQ(m_model.totalCount(), sqlCount("home_language = 'hy'"));

    m_model.setFilter(filterWhere([](auto& f) { f.flag = StudentFilter::Flag::Iep; }));
    EXPECT_EQ(m_model.totalCount(), sqlCount("iep = 1"));

    m_model.setFilter(filterWhere([](auto& f) {
        f.grade = QStringLiteral("3");
        f.flag = StudentFilter::Flag::Disadvantaged;
    }));
    EXPECT_EQ(m_model.totalCount(), sqlCount("grade = '3' AND disadvantaged = 1"));

    m_model.setFilter(filterWhere([](auto& f) { f.includeWithdrawn = true; }));
    EXPECT_EQ(m_model.totalCount(), 300);
    EXPECT_GT(m_model.totalCount(), all);
}

TEST_F(StudentTableModelTest, CellsShowReadableValues)
{
    insertStudent(*m_store, {.id = QStringLiteral("77"),
                             .first = QStringLiteral("Guadalupe"),
                             .last = QStringLiteral("Ávila"),
                             .preferred = QStringLiteral("Lupe"),
                             .grade = QStringLiteral("K"),
                             .language = QStringLiteral("es"),
                             .el = QStringLiteral("EL"),
                             .iep = true,
                             .foster = true,
                             .disadvantaged = true,
                             .attendance = 87.25,
                             .need = 71.5});
    insertStudent(
        *m_store,
        {.id = QStringLiteral("78"), .first = QStringLiteral("Sam"), .last = QStringLiteral("Lee")});
    m_store->db().run(
        "INSERT INTO enrollments (sourced_id, student_id, subject, tier, status, status_since)"
        " SELECT 'e1', id, 'reading', 2, 'waitlisted', '2026-09-01' FROM students WHERE sourced_id = '77'");
    m_model.setStore(m_store.get());
    ASSERT_EQ(m_model.rowCount(), 2);
    const auto cell = [this](int row, int column, int role = Qt::DisplayRole) {
        return m_model.index(row, column).data(role);
    };

    EXPECT_EQ(cell(0, Model::DistrictIdColumn).toString(), QStringLiteral("77"));
    EXPECT_EQ(cell(0, Model::FirstNameColumn).toString(), QStringLiteral("Guadalupe (Lupe)"));
    EXPECT_EQ(cell(0, Model::FirstNameColumn, Model::RawValueRole).toString(), QStringLiteral("Guadalupe"));
    EXPECT_EQ(cell(0, Model::GradeColumn).toString(), QStringLiteral("K"));
    EXPECT_EQ(cell(0, Model::GradeColumn, Qt::ToolTipRole).toString(), QStringLiteral("Kindergarten"));
    EXPECT_EQ(cell(0, Model::HomeLanguageColumn).toString(), QStringLiteral("Spanish (español)"));
    EXPECT_EQ(cell(0, Model::HomeLanguageColumn, Model::RawValueRole).toString(), QStringLiteral("es"));
    EXPECT_EQ(cell(0, Model::ElStatusColumn).toString(), QStringLiteral("EL"));
    EXPECT_EQ(cell(0, Model::GroupsColumn).toString(), QStringLiteral("IEP · Foster · SED"));
    EXPECT_EQ(cell(0, Model::AttendanceColumn).toString(),
              QLocale().toString(87.25, 'f', 1) + QLatin1Char('%'));
    EXPECT_DOUBLE_EQ(cell(0, Model::AttendanceColumn, Model::RawValueRole).toDouble(), 87.25);
    EXPECT_EQ(cell(0, Model::NeedScoreColumn).toString(), QLocale().toString(71.5, 'f', 1));
    EXPECT_EQ(cell(0, Model::ProgramColumn).toString(), QStringLiteral("Waitlisted"));
    EXPECT_EQ(cell(0, Model::StatusColumn).toString(), QStringLiteral("Enrolled"));
    EXPECT_EQ(cell(0, Model::AttendanceColumn, Qt::TextAlignmentRole).value<Qt::Alignment>(),
              Qt::AlignRight | Qt::AlignVCenter);
    EXPECT_TRUE(cell(0, Model::LastNameColumn, Model::StudentIdRole).isValid());

    // Blank, not zero, where there is nothing to show.
    EXPECT_EQ(cell(1, Model::FirstNameColumn).toString(), QStringLiteral("Sam"));
    EXPECT_TRUE(cell(1, Model::NeedScoreColumn).toString().isEmpty());
    EXPECT_FALSE(cell(1, Model::NeedScoreColumn, Model::RawValueRole).isValid());
    EXPECT_TRUE(cell(1, Model::AttendanceColumn).toString().isEmpty());
    EXPECT_TRUE(cell(1, Model::GroupsColumn).toString().isEmpty());
    EXPECT_TRUE(cell(1, Model::ProgramColumn).toString().isEmpty());

    for (int column = 0; column < Model::ColumnCount; ++column)
        EXPECT_FALSE(m_model.headerData(column, Qt::Horizontal).toString().isEmpty()) << column;
}

TEST_F(StudentTableModelTest, ReportsTheTotalWhenItChanges)
{
    addStudents(*m_store, 40);
    QList<int> totals;
    QObject::connect(&m_model, &Model::totalCountChanged, &m_model,
                     [&totals](int total) { totals << total; });
    m_model.setStore(m_store.get());
    m_model.setFilter(filterWhere([](auto& f) { f.grade = QStringLiteral("TK"); }));
    ASSERT_EQ(totals.size(), 2);
    EXPECT_EQ(totals.at(0),
              m_store->db().queryInteger("SELECT count(*) FROM students WHERE status = 'active'"));
    EXPECT_EQ(totals.at(1), m_model.totalCount());
}

} // namespace
} // namespace tutordesk::test
