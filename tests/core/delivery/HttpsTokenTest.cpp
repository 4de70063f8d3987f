// The bearer token lives in the operating system's keychain; a scheduler's machine without one (no
// session bus, no Secret Service: like this test machine) falls back to TUTORDESK_TOKEN and never hangs.
#include "exchange/TokenStore.h"

#include <QElapsedTimer>

#include <gtest/gtest.h>

namespace tutordesk::test {
namespace {

bool hasSessionBus()
{
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
}

TEST(HttpsTokenTest, WithoutAKeychainTheEnvironmentTokenIsUsedAndNothingHangs)
{
    if (hasSessionBus())
        GTEST_SKIP() << "a desktop session's keychain is here: not touched by tests";
    qputenv("TUTORDESK_TOKEN", " from-the-scheduler ");
    QElapsedTimer clock;
    clock.start();
    EXPECT_EQ(TokenStore::read(QStringLiteral("1964733")), QStringLiteral("from-the-scheduler"));
    EXPECT_FALSE(TokenStore::hasSaved(QStringLiteral("1964733")));
    const Result<void> saved = TokenStore::write(QStringLiteral("1964733"), QStringLiteral("abc"));
    EXPECT_FALSE(saved.ok());
    EXPECT_TRUE(saved.error().message.contains(QStringLiteral("keychain")))
        << saved.error().message.toStdString();
    EXPECT_LT(clock.elapsed(), 20000);
    qunsetenv("TUTORDESK_TOKEN");
    EXPECT_TRUE(TokenStore::read(QStringLiteral("1964733")).isEmpty());
}

} // namespace
} // namespace tutordesk::test
