// The flag rules a coordinator edits in Settings ▸ Progress: kept in the settings table as JSON, checked
// before they are saved, and told in words with the thresholds in them.
#include "progress/ProgressFlags.h"

#include "support/Fixtures.h"
#include "support/TempDir.h"
#include "support/TestText.h"

#include <QJsonObject>

#include <gtest/gtest.h>

#include <memory>

namespace tutordesk::test {
namespace {

class ProgressFlagsTest : public TempDirTest {
protected:
    void SetUp() override
    {
        m_store = openStore(dbPath());
        ASSERT_TRUE(m_store);
    }
    std::unique_ptr<Store> m_store;
};

TEST_F(ProgressFlagsTest, TheDefaultsUntilSomethingIsSaved)
{
    const ProgressFlagRules rules = ProgressFlags::load(*m_store);
    EXPECT_EQ(rules.minSessionsAttended, 8);
    EXPECT_DOUBLE_EQ(rules.wellAttendedRate, 0.8);
    EXPECT_DOUBLE_EQ(rules.minGrowth, 5.0);
    EXPECT_EQ(rules.minSessionsHeld, 4);
    EXPECT_DOUBLE_EQ(rules.notAttendingRate, 0.6);
    EXPECT_FALSE(ProgressFlags::validate(rules));
}

TEST_F(ProgressFlagsTest, SavedRulesLoadBack)
{
    ProgressFlagRules rules;
    rules.minSessionsAttended = 6;
    rules.wellAttendedRate = 0.75;
    rules.minGrowth = 7.5;
    rules.minSessionsHeld = 5;
    rules.notAttendingRate = 0.5;
    ASSERT_TRUE(ProgressFlags::save(*m_store, rules).ok());
    const ProgressFlagRules loaded = ProgressFlags::load(*m_store);
    EXPECT_EQ(loaded.minSessionsAttended, 6);
    EXPECT_DOUBLE_EQ(loaded.wellAttendedRate, 0.75);
    EXPECT_DOUBLE_EQ(loaded.minGrowth, 7.5);
    EXPECT_EQ(loaded.minSessionsHeld, 5);
    EXPECT_DOUBLE_EQ(loaded.notAttendingRate, 0.5);
    EXPECT_EQ(m_store->db().queryInteger("SELECT count(*) FROM settings WHERE key = 'progress.flags'"), 1);

    rules.minGrowth = 3;
    ASSERT_TRUE(ProgressFlags::save(*m_store, rules).ok()) << "saving again replaces the setting";
    EXPECT_DOUBLE_EQ(ProgressFlags::load(*m_store).minGrowth, 3.0);
}

TEST_F(ProgressFlagsTest, ValidateNamesTheValueOutOfRange)
{
    const auto problem = [](auto change) {
        ProgressFlagRules rules;
        change(rules);
        return ProgressFlags::validate(rules).value_or(QString());
    };
    EXPECT_TRUE(
        problem([](ProgressFlagRules& r) { r.minSessionsAttended = 0; }).contains(u("Sessions attended")));
    EXPECT_TRUE(problem([](ProgressFlagRules& r) { r.wellAttendedRate = 1.5; }).contains(u("150%")));
    EXPECT_TRUE(problem([](ProgressFlagRules& r) { r.wellAttendedRate = 0; }).contains(u("attending well")));
    EXPECT_TRUE(problem([](ProgressFlagRules& r) { r.minGrowth = -1; }).contains(u("growth")));
    EXPECT_TRUE(problem([](ProgressFlagRules& r) { r.minGrowth = 101; }).contains(u("100")));
    EXPECT_TRUE(problem([](ProgressFlagRules& r) { r.minSessionsHeld = 0; }).contains(u("judge attendance")));
    EXPECT_TRUE(problem([](ProgressFlagRules& r) { r.notAttendingRate = 0; }).contains(u("not attending")));
    EXPECT_TRUE(problem([](ProgressFlagRules& r) {
                    r.notAttendingRate = 0.9;
                    r.wellAttendedRate = 0.8;
                }).contains(u("must not be above")));
    EXPECT_TRUE(problem([](ProgressFlagRules& r) { r.minGrowth = 0; }).isEmpty()) << "only declines flagged";
    EXPECT_TRUE(problem([](ProgressFlagRules& r) {
                    r.notAttendingRate = 0.8;
                    r.wellAttendedRate = 0.8;
                }).isEmpty());
}

TEST_F(ProgressFlagsTest, UnsoundRulesAreNotSaved)
{
    ProgressFlagRules rules;
    rules.minSessionsHeld = 0;
    const Result<void> saved = ProgressFlags::save(*m_store, rules);
    ASSERT_FALSE(saved.ok());
    EXPECT_TRUE(saved.error().message.contains(u("not saved"))) << saved.error().message.toStdString();
    EXPECT_EQ(m_store->db().queryInteger("SELECT count(*) FROM settings WHERE key = 'progress.flags'"), 0);
}

TEST_F(ProgressFlagsTest, JsonKeepsDefaultsForMissingOrBadKeysAndLoadRefusesAHandEditedMess)
{
    QJsonObject json;
    json.insert(QStringLiteral("minGrowth"), 10);
    json.insert(QStringLiteral("minSessionsHeld"), QStringLiteral("six"));
    const ProgressFlagRules rules = ProgressFlags::fromJson(json);
    EXPECT_DOUBLE_EQ(rules.minGrowth, 10.0);
    EXPECT_EQ(rules.minSessionsHeld, 4);
    EXPECT_EQ(rules.minSessionsAttended, 8);

    const QJsonObject round = ProgressFlags::toJson(rules);
    EXPECT_DOUBLE_EQ(round.value(QStringLiteral("minGrowth")).toDouble(), 10.0);
    EXPECT_DOUBLE_EQ(round.value(QStringLiteral("wellAttendedRate")).toDouble(), 0.8);

    m_store->db().run("INSERT INTO settings (key, value) VALUES ('progress.flags', ?)",
                      QStringLiteral("{\"minSessionsAttended\": -3, \"minGrowth\": 9}"));
    const ProgressFlagRules loaded = ProgressFlags::load(*m_store);
    EXPECT_EQ(loaded.minSessionsAttended, 8) << "rules save() would refuse are not used";
    EXPECT_DOUBLE_EQ(loaded.minGrowth, 5.0);
}

TEST_F(ProgressFlagsTest, TitlesAndExplanationsStateTheThresholds)
{
    EXPECT_EQ(ProgressFlags::title(ProgressFlag::NotImproving), u("Attending, not improving"));
    EXPECT_EQ(ProgressFlags::title(ProgressFlag::NotAttending), u("Not attending"));
    EXPECT_FALSE(ProgressFlags::title(ProgressFlag::None).isEmpty());

    ProgressFlagRules rules;
    rules.minSessionsAttended = 6;
    rules.minGrowth = 7.5;
    const QString notImproving = ProgressFlags::explanation(ProgressFlag::NotImproving, rules);
    EXPECT_TRUE(notImproving.contains(u("6 sessions"))) << notImproving.toStdString();
    EXPECT_TRUE(notImproving.contains(u("80%"))) << notImproving.toStdString();
    EXPECT_TRUE(notImproving.contains(u("7.5 pts"))) << notImproving.toStdString();
    const QString notAttending = ProgressFlags::explanation(ProgressFlag::NotAttending, rules);
    EXPECT_TRUE(notAttending.contains(u("60%"))) << notAttending.toStdString();
    EXPECT_TRUE(notAttending.contains(u("4 sessions"))) << notAttending.toStdString();
}

} // namespace
} // namespace tutordesk::test
