#include "school/School.h"

#include "support/Fixtures.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>

namespace tutordesk::test {
namespace {

class SchoolTest : public TempDirTest {};

TEST_F(SchoolTest, DefaultYearRunsFromMidAugustToEarlyJune)
{
    const auto [start, end] = School::defaultYearAround(QDate(2026, 11, 22));
    EXPECT_EQ(start, QDate(2026, 8, 10));
    EXPECT_EQ(start.dayOfWeek(), Qt::Monday);
    EXPECT_EQ(end.dayOfWeek(), Qt::Friday);
    EXPECT_EQ(end.year(), 2027);
    // Spring belongs to the year that began the August before.
    EXPECT_EQ(School::defaultYearAround(QDate(2027, 3, 1)).first, start);
}

TEST_F(SchoolTest, CreatesAndLoadsTheSchool)
{
    auto store = openStore(dbPath());
    ASSERT_TRUE(store);
    SchoolInfo info;
    info.schoolCode = QStringLiteral(" 1964733 ");
    info.name = QStringLiteral("Escuela Primaria José Martí");
    info.yearStart = QDate(2026, 8, 10);
    info.yearEnd = QDate(2027, 6, 4);
    ASSERT_TRUE(School::create(*store, info).ok());
    const auto loaded = School::load(*store);
    ASSERT_TRUE(loaded);
    EXPECT_EQ(loaded->schoolCode, QStringLiteral("1964733"));
    EXPECT_EQ(loaded->name, info.name);
    EXPECT_EQ(loaded->yearEnd, info.yearEnd);
}

TEST_F(SchoolTest, TheDetailsFamiliesReadAreEditedAndABadPhoneChangesNothing)
{
    auto store = openStore(dbPath());
    ASSERT_TRUE(store);
    createSchool(*store);
    SchoolInfo info = *School::load(*store);
    info.address = QStringLiteral("1340 N. Alvarado Street, Los Angeles, CA 90026");
    info.phone = QStringLiteral(" (213) 555-0100 ");
    info.coordinator = QStringLiteral("Ana Rivera");
    ASSERT_TRUE(School::updateDetails(*store, info).ok());
    const auto saved = School::load(*store);
    EXPECT_EQ(saved->phone, QStringLiteral("(213) 555-0100"));
    EXPECT_EQ(saved->coordinator, QStringLiteral("Ana Rivera"));
    EXPECT_EQ(saved->schoolCode, QStringLiteral("1964733")) << "codes are not edited here";

    info.phone = QStringLiteral("555-01");
    const auto refused = School::updateDetails(*store, info);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("at least 7 digits")));
    EXPECT_EQ(School::load(*store)->phone, QStringLiteral("(213) 555-0100"));
}

TEST_F(SchoolTest, RefusesASecondSchoolAndMissingFields)
{
    auto store = openStore(dbPath());
    ASSERT_TRUE(store);
    SchoolInfo info;
    info.name = QStringLiteral("A");
    info.yearStart = QDate(2026, 8, 10);
    info.yearEnd = QDate(2027, 6, 4);
    EXPECT_TRUE(School::create(*store, info).error().message.contains(QStringLiteral("school code")));
    info.schoolCode = QStringLiteral("1");
    info.yearEnd = info.yearStart;
    EXPECT_FALSE(School::create(*store, info).ok());
    info.yearEnd = QDate(2027, 6, 4);
    ASSERT_TRUE(School::create(*store, info).ok());
    const auto second = School::create(*store, info);
    ASSERT_FALSE(second.ok());
    EXPECT_TRUE(second.error().message.contains(QStringLiteral("already holds a school")));
}

} // namespace
} // namespace tutordesk::test
