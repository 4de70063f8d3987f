// Which languages the window offers, and which it picks when following the computer.
#include "LanguageCatalog.h"

#include "TsFile.h"

#include <gtest/gtest.h>

namespace tutordesk::test {
namespace {

const QString table =
    QStringLiteral("threshold=60\nes=100/100\nko=60/100\nhy=59/100\nzh_CN=90/100\nar=80/100\n");

QStringList codes(const std::vector<UiLanguageInfo>& languages)
{
    QStringList result;
    for (const UiLanguageInfo& l : languages)
        result << l.code;
    return result;
}

TEST(LanguageCatalog, OffersOnlyLanguagesAtOrAboveTheThreshold)
{
    const LanguageCatalog catalog = LanguageCatalog::parse(table);
    EXPECT_EQ(catalog.threshold(), 60);
    EXPECT_EQ(codes(catalog.offered()), (QStringList{QStringLiteral("es"), QStringLiteral("ko"),
                                                     QStringLiteral("zh_CN"), QStringLiteral("ar")}));
    EXPECT_FALSE(catalog.isOffered(QStringLiteral("hy"))); // 59 %: a window half in English
}

TEST(LanguageCatalog, FollowsTheComputerWhenNoLanguageIsChosen)
{
    const LanguageCatalog catalog = LanguageCatalog::parse(table);
    EXPECT_EQ(catalog.resolve({}, {QStringLiteral("es-MX")}), QStringLiteral("es"));
    EXPECT_EQ(catalog.resolve({}, {QStringLiteral("hy-AM"), QStringLiteral("ko-KR")}), QStringLiteral("ko"))
        << "Armenian is below the threshold, so the computer's next language";
    EXPECT_EQ(catalog.resolve({}, {QStringLiteral("zh-Hans-CN")}), QStringLiteral("zh_CN"));
    EXPECT_EQ(catalog.resolve({}, {QStringLiteral("zh-Hant-TW")}), QString())
        << "a Traditional Chinese reader is not given Simplified without asking";
    EXPECT_EQ(catalog.resolve({}, {QStringLiteral("en-US"), QStringLiteral("es-US")}), QString());
    EXPECT_EQ(catalog.resolve({}, {QStringLiteral("de-DE")}), QString());
}

TEST(LanguageCatalog, AChosenLanguageWinsUnlessItIsNotOffered)
{
    const LanguageCatalog catalog = LanguageCatalog::parse(table);
    EXPECT_EQ(catalog.resolve(QStringLiteral("ar"), {QStringLiteral("es-MX")}), QStringLiteral("ar"));
    EXPECT_EQ(catalog.resolve(QStringLiteral("en"), {QStringLiteral("es-MX")}), QString());
    EXPECT_EQ(catalog.resolve(QStringLiteral("hy"), {QStringLiteral("es-MX")}), QStringLiteral("es"))
        << "a language no longer offered falls back to the computer's";
}

TEST(LanguageCatalog, NamesEachLanguageInItselfAndKnowsItsDirection)
{
    EXPECT_EQ(LanguageCatalog::nativeName(QStringLiteral("es")), QStringLiteral("Español"));
    EXPECT_EQ(LanguageCatalog::nativeName(QStringLiteral("ko")), QStringLiteral("한국어"));
    EXPECT_EQ(LanguageCatalog::nativeName(QStringLiteral("ru")), QStringLiteral("Русский"));
    EXPECT_EQ(LanguageCatalog::nativeName(QStringLiteral("zh_CN")), QStringLiteral("简体中文"));
    EXPECT_EQ(LanguageCatalog::nativeName(QStringLiteral("tl")), QStringLiteral("Tagalog"));
    EXPECT_EQ(LanguageCatalog::localeOf(QStringLiteral("ar")).textDirection(), Qt::RightToLeft);
    EXPECT_EQ(LanguageCatalog::localeOf(QStringLiteral("fa")).textDirection(), Qt::RightToLeft);
    EXPECT_EQ(LanguageCatalog::localeOf(QStringLiteral("hy")).textDirection(), Qt::LeftToRight);
    EXPECT_EQ(LanguageCatalog::localeOf(QStringLiteral("tl")).language(), QLocale::Filipino);
}

TEST(LanguageCatalog, TheBuiltInTableCountsTheShippedFiles)
{
    const LanguageCatalog catalog = LanguageCatalog::builtIn();
    ASSERT_EQ(catalog.all().size(), static_cast<size_t>(uiLanguages().size()));
    for (const UiLanguageInfo& language : catalog.all()) {
        const TsFile ts = TsFile::read(tsPath(language.code));
        int finished = 0;
        const auto current = ts.current();
        for (const TsMessage* m : current)
            finished += m->finished ? 1 : 0;
        EXPECT_EQ(language.total, static_cast<int>(current.size())) << language.code.toStdString();
        EXPECT_EQ(language.translated, finished) << language.code.toStdString();
    }
}

} // namespace
} // namespace tutordesk::test
