// The thresholds a coordinator edits: saved, loaded, refused with a message that says what to fix.
#include "protocol/ProtocolRules.h"

#include "protocol/ProtocolRule.h"
#include "support/Fixtures.h"
#include "support/TempDir.h"
#include "support/TestText.h"

#include <QJsonDocument>

using namespace tutordesk;

namespace {

class ProtocolRulesTest : public test::TempDirTest {
protected:
    void SetUp() override
    {
        m_store = test::openStore(dbPath());
        ASSERT_TRUE(m_store);
    }
    std::unique_ptr<Store> m_store;
};

TEST(ProtocolRuleNames, CodesRoundTripAndTitlesReadAsTasks)
{
    for (ProtocolRule rule :
         {ProtocolRule::NotifyFamily, ProtocolRule::ScheduleMakeup, ProtocolRule::Escalate,
          ProtocolRule::PauseOfferSeat, ProtocolRule::CoverTutorAbsence}) {
        EXPECT_EQ(ProtocolRuleNames::fromCode(ProtocolRuleNames::code(rule)), rule);
        EXPECT_FALSE(ProtocolRuleNames::title(rule).isEmpty());
    }
    EXPECT_EQ(ProtocolRuleNames::code(ProtocolRule::PauseOfferSeat), QStringLiteral("pause_offer_seat"));
    EXPECT_EQ(ProtocolRuleNames::title(ProtocolRule::NotifyFamily), QStringLiteral("Notify the family"));
    EXPECT_FALSE(ProtocolRuleNames::fromCode(QStringLiteral("call_the_police")).has_value());
}

TEST_F(ProtocolRulesTest, DefaultsAreTheDesignsProtocol)
{
    const ProtocolThresholds t = ProtocolRules::load(*m_store);
    EXPECT_EQ(t, ProtocolRules::defaults());
    EXPECT_EQ(t.notifyAfter, 1);
    EXPECT_EQ(t.makeupAfter, 2);
    EXPECT_TRUE(t.makeupOnUnexcused);
    EXPECT_EQ(t.makeupDueDays, 5);
    EXPECT_EQ(t.escalateAfter, 3);
    EXPECT_EQ(t.escalateBelowPercent, 70);
    EXPECT_EQ(t.escalateWindowWeeks, 4);
    EXPECT_EQ(t.pauseAfter, 5);
    EXPECT_FALSE(ProtocolRules::validate(t).has_value());
}

TEST_F(ProtocolRulesTest, SavedThresholdsComeBack)
{
    ProtocolThresholds t;
    t.notifyAfter = 2;
    t.notifyOnExcused = true;
    t.makeupOnUnexcused = false;
    t.escalateBelowPercent = 80;
    t.escalateWindowWeeks = 6;
    t.pauseAfter = 4; // below escalateAfter: allowed
    t.coverDueDays = 2;
    ASSERT_TRUE(ProtocolRules::save(*m_store, t).ok());
    EXPECT_EQ(ProtocolRules::load(*m_store), t);
    // Stored as JSON under protocol.rules, one key per field.
    const QJsonObject json =
        QJsonDocument::fromJson(
            m_store->db().queryText("SELECT value FROM settings WHERE key = 'protocol.rules'").toUtf8())
            .object();
    EXPECT_EQ(json.value(QStringLiteral("escalateBelowPercent")).toInt(), 80);
    EXPECT_EQ(json.value(QStringLiteral("notifyOnExcused")).toBool(), true);

    // Saving again replaces them.
    t.pauseAfter = 6;
    ASSERT_TRUE(ProtocolRules::save(*m_store, t).ok());
    EXPECT_EQ(ProtocolRules::load(*m_store).pauseAfter, 6);
}

TEST_F(ProtocolRulesTest, MissingKeysKeepTheirDefaultsAndABadSettingIsNotUsed)
{
    const ProtocolThresholds partial =
        ProtocolRules::fromJson(QJsonObject{{QStringLiteral("makeupDueDays"), 3}});
    EXPECT_EQ(partial.makeupDueDays, 3);
    EXPECT_EQ(partial.escalateAfter, 3);
    EXPECT_EQ(ProtocolRules::fromJson(ProtocolRules::toJson(partial)), partial);

    m_store->db().run("INSERT INTO settings (key, value) VALUES ('protocol.rules', ?)",
                      QStringLiteral("{\"notifyAfter\": 0}"));
    EXPECT_EQ(ProtocolRules::load(*m_store), ProtocolRules::defaults());
    m_store->db().run("UPDATE settings SET value = 'not json' WHERE key = 'protocol.rules'");
    EXPECT_EQ(ProtocolRules::load(*m_store), ProtocolRules::defaults());
}

TEST_F(ProtocolRulesTest, InvalidThresholdsAreRefusedWithWhatToFix)
{
    const auto problem = [](auto change) {
        ProtocolThresholds t;
        change(t);
        return ProtocolRules::validate(t).value_or(QString());
    };
    EXPECT_TRUE(
        problem([](ProtocolThresholds& t) { t.escalateAfter = 0; }).contains(QStringLiteral("1 or more")));
    EXPECT_TRUE(
        problem([](ProtocolThresholds& t) { t.escalateAfter = 0; }).contains(QStringLiteral("escalating")));
    EXPECT_FALSE(problem([](ProtocolThresholds& t) { t.notifyAfter = 0; }).isEmpty());
    EXPECT_FALSE(problem([](ProtocolThresholds& t) { t.makeupAfter = -1; }).isEmpty());
    EXPECT_FALSE(problem([](ProtocolThresholds& t) { t.pauseAfter = 0; }).isEmpty());
    EXPECT_FALSE(problem([](ProtocolThresholds& t) { t.escalateMinSessions = 0; }).isEmpty());
    EXPECT_TRUE(problem([](ProtocolThresholds& t) {
                    t.escalateBelowPercent = 0;
                }).contains(QStringLiteral("1 to 100")));
    EXPECT_FALSE(problem([](ProtocolThresholds& t) { t.escalateBelowPercent = 101; }).isEmpty());
    EXPECT_TRUE(problem([](ProtocolThresholds& t) { t.escalateBelowPercent = 100; }).isEmpty());
    EXPECT_TRUE(problem([](ProtocolThresholds& t) {
                    t.escalateWindowWeeks = 13;
                }).contains(QStringLiteral("1 to 12")));
    EXPECT_FALSE(problem([](ProtocolThresholds& t) { t.escalateWindowWeeks = 0; }).isEmpty());
    EXPECT_TRUE(
        problem([](ProtocolThresholds& t) { t.makeupDueDays = 31; }).contains(QStringLiteral("0 to 30")));
    EXPECT_FALSE(problem([](ProtocolThresholds& t) { t.coverDueDays = -1; }).isEmpty());
    EXPECT_TRUE(problem([](ProtocolThresholds& t) { t.notifyDueDays = 0; }).isEmpty());
    EXPECT_TRUE(problem([](ProtocolThresholds& t) { t.makeupDueDays = 30; }).isEmpty());

    ProtocolThresholds bad;
    bad.pauseAfter = 0;
    const auto saved = ProtocolRules::save(*m_store, bad);
    ASSERT_FALSE(saved.ok());
    EXPECT_TRUE(saved.error().message.contains(QStringLiteral("pausing")))
        << saved.error().message.toStdString();
    EXPECT_EQ(m_store->db().queryInteger("SELECT count(*) FROM settings WHERE key = 'protocol.rules'"), 0);
}

} // namespace
