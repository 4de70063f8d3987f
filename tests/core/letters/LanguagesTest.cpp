#include "letters/LetterKinds.h"
#include "letters/LetterLanguages.h"
#include "support/TestText.h"

#include <gtest/gtest.h>

namespace tutordesk {
namespace {

TEST(LanguagesTest, ElevenLanguagesInDesignOrder)
{
    EXPECT_EQ(LetterLanguages::codes(),
              QStringList({QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("ko"),
                           QStringLiteral("zh-Hans"), QStringLiteral("zh-Hant"), QStringLiteral("hy"),
                           QStringLiteral("vi"), QStringLiteral("tl"), QStringLiteral("ru"),
                           QStringLiteral("fa"), QStringLiteral("ar")}));
    EXPECT_EQ(LetterLanguages::english().code, QStringLiteral("en"));
    EXPECT_EQ(LetterLanguages::find(QStringLiteral("zh-Hant"))->locale.territory(), QLocale::Taiwan);
    EXPECT_EQ(LetterLanguages::find(QStringLiteral("tl"))->locale.language(), QLocale::Filipino);
    EXPECT_EQ(LetterLanguages::find(QStringLiteral("xx")), nullptr);
}

TEST(LanguagesTest, OnlyFarsiAndArabicAreRightToLeft)
{
    for (const LetterLanguage& l : LetterLanguages::all()) {
        const bool rtl = l.code == QLatin1String("fa") || l.code == QLatin1String("ar");
        EXPECT_EQ(l.rightToLeft, rtl) << l.code.toStdString();
        // Script fonts first, the Latin one last for names and digits.
        EXPECT_EQ(l.fontFamilies.back(), QStringLiteral("Noto Sans")) << l.code.toStdString();
    }
    EXPECT_EQ(LetterLanguages::find(QStringLiteral("ko"))->fontFamilies.front(),
              QStringLiteral("Noto Sans CJK KR"));
    EXPECT_EQ(LetterLanguages::find(QStringLiteral("hy"))->fontFamilies.front(),
              QStringLiteral("Noto Sans Armenian"));
    EXPECT_EQ(LetterLanguages::find(QStringLiteral("ar"))->fontFamilies.front(),
              QStringLiteral("Noto Naskh Arabic"));
}

TEST(LanguagesTest, NormalizesTheCodesRecordsUse)
{
    const auto n = [](const char* code) { return LetterLanguages::normalize(QString::fromLatin1(code)); };
    EXPECT_EQ(n("es-MX"), QStringLiteral("es"));
    EXPECT_EQ(n("ES"), QStringLiteral("es"));
    EXPECT_EQ(n("zh"), QStringLiteral("zh-Hans"));
    EXPECT_EQ(n("zh-CN"), QStringLiteral("zh-Hans"));
    EXPECT_EQ(n("zh_TW"), QStringLiteral("zh-Hant"));
    EXPECT_EQ(n("zh-HK"), QStringLiteral("zh-Hant"));
    EXPECT_EQ(n("yue"), QStringLiteral("zh-Hant"));
    EXPECT_EQ(n("zh-hant"), QStringLiteral("zh-Hant"));
    EXPECT_EQ(n("fil"), QStringLiteral("tl"));
    EXPECT_EQ(n("pes"), QStringLiteral("fa"));
    EXPECT_EQ(n("prs"), QStringLiteral("fa"));
    EXPECT_EQ(n("fa-AF"), QStringLiteral("fa"));
    EXPECT_EQ(n("hy-AM"), QStringLiteral("hy"));
    EXPECT_EQ(n("hmn"), QString());
    EXPECT_EQ(n(""), QString());
}

TEST(LanguagesTest, KindsKnowTheirPurposeAndPlaceholders)
{
    EXPECT_EQ(LetterKinds::codes().size(), 6);
    EXPECT_EQ(LetterKinds::purpose(QStringLiteral("enrollment")), QStringLiteral("enrollment"));
    EXPECT_EQ(LetterKinds::purpose(QStringLiteral("missed-2")), QStringLiteral("missed_session"));
    EXPECT_EQ(LetterKinds::purpose(QStringLiteral("summary")), QStringLiteral("progress"));
    EXPECT_EQ(LetterKinds::title(QStringLiteral("missed-2")), QStringLiteral("Missed-session notice 2"));
    EXPECT_TRUE(
        LetterKinds::placeholders(QStringLiteral("progress")).contains(QStringLiteral("probe.growth")));
    EXPECT_FALSE(
        LetterKinds::placeholders(QStringLiteral("missed-1")).contains(QStringLiteral("probe.growth")));
    EXPECT_NE(LetterKinds::placeholderHelp(QStringLiteral("reply_by")), QStringLiteral("reply_by"));
}

} // namespace
} // namespace tutordesk
