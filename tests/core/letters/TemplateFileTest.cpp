#include "letters/LetterKinds.h"
#include "letters/LetterLanguages.h"
#include "letters/LetterTemplate.h"
#include "letters/LetterTemplates.h"
#include "support/TestText.h"

#include <gtest/gtest.h>

namespace tutordesk {
namespace {

QString sample()
{
    return QStringLiteral("<!--tutordesk-letter\nlanguage: es\nkind: missed-1\nversion: 3\nreviewed: no\n"
                          "title: Sesi\u00f3n perdida\n-->\n<p>Estimada {{guardian.name}}:</p>\n"
                          "<p>{{student.first_name}} falt\u00f3 el {{absence.date}}.</p>\n");
}

TEST(TemplateFileTest, ParsesHeaderAndBody)
{
    auto t = LetterTemplateFile::parse(sample(), QStringLiteral("es/missed-1.html"));
    ASSERT_TRUE(t.ok()) << t.error().message.toStdString();
    EXPECT_EQ(t->language, QStringLiteral("es"));
    EXPECT_EQ(t->kind, QStringLiteral("missed-1"));
    EXPECT_EQ(t->version, QStringLiteral("3"));
    EXPECT_FALSE(t->reviewed);
    EXPECT_EQ(t->title, QStringLiteral("Sesi\u00f3n perdida"));
    EXPECT_EQ(t->placeholders(),
              QStringList({QStringLiteral("guardian.name"), QStringLiteral("student.first_name"),
                           QStringLiteral("absence.date")}));
}

TEST(TemplateFileTest, WriteThenParseRoundTrips)
{
    auto t = LetterTemplateFile::parse(sample(), QStringLiteral("es/missed-1.html"));
    ASSERT_TRUE(t.ok());
    EXPECT_EQ(LetterTemplateFile::write(t.value()), sample());
    auto again = LetterTemplateFile::parse(LetterTemplateFile::write(t.value()), QStringLiteral("x"));
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->body, t->body);
    EXPECT_EQ(again->title, t->title);
}

TEST(TemplateFileTest, MessagesNameTheFileLineAndFix)
{
    QString bad = sample();
    bad.replace(QStringLiteral("reviewed: no"), QStringLiteral("reviewed: maybe"));
    auto r = LetterTemplateFile::parse(bad, QStringLiteral("es/missed-1.html"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().message, QStringLiteral("es/missed-1.html, line 5: reviewed must be yes or no."));

    bad = sample();
    bad.replace(QStringLiteral("{{absence.date}}"), QStringLiteral("{{probe.growth}}"));
    r = LetterTemplateFile::parse(bad, QStringLiteral("es/missed-1.html"));
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.startsWith(QStringLiteral("es/missed-1.html, line 9: {{probe.growth}}")))
        << r.error().message.toStdString();

    r = LetterTemplateFile::parse(QStringLiteral("<p>Hello</p>"), QStringLiteral("es/missed-1.html"));
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("not a TutorDesk letter template")));

    bad = sample();
    bad.replace(QStringLiteral("{{absence.date}}"), QStringLiteral("{{absence.date}"));
    r = LetterTemplateFile::parse(bad, QStringLiteral("es/missed-1.html"));
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("line 9"))) << r.error().message.toStdString();

    bad = sample();
    bad.replace(QStringLiteral("kind: missed-1\n"), QString());
    r = LetterTemplateFile::parse(bad, QStringLiteral("es/missed-1.html"));
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("no kind line")))
        << r.error().message.toStdString();
}

TEST(TemplateFileTest, EnglishBuiltInsUseExactlyTheirKindsPlaceholders)
{
    for (const QString& kind : LetterKinds::codes()) {
        auto t = LetterTemplates::builtIn(kind, QStringLiteral("en"));
        ASSERT_TRUE(t.has_value()) << kind.toStdString();
        EXPECT_TRUE(t->reviewed);
        QStringList used = t->placeholders();
        QStringList allowed = LetterKinds::placeholders(kind);
        used.sort();
        allowed.sort();
        EXPECT_EQ(used, allowed) << kind.toStdString();
    }
}

} // namespace
} // namespace tutordesk
