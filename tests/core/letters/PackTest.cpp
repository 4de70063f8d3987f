#include "core/letters/LetterFixtures.h"

namespace tutordesk::test {
namespace {

using PackTest = LetterTest;

const QString kMarker = QStringLiteral("District wording for LAUSD.");

std::map<QString, QString> goodPack()
{
    return {{QStringLiteral("en/missed-1.html"),
             packTemplate(QStringLiteral("missed-1"), QStringLiteral("en"), kMarker)},
            {QStringLiteral("en/terms.json"),
             QStringLiteral("{\"language\": \"en\", \"subject.reading\": \"literacy\"}")}};
}

TEST_F(PackTest, PackFromAFolderOverridesTheBuiltIn)
{
    const QString folder = writePack(QStringLiteral("district-letters"), goodPack());
    auto installed = LetterTemplates::installPack(store(), folder);
    ASSERT_TRUE(installed.ok()) << installed.error().message.toStdString();
    EXPECT_EQ(installed.value(), 1);

    const MergedLetter letter = mustMerge(request(QStringLiteral("missed-1"), QStringLiteral("en")));
    EXPECT_EQ(letter.templateSource, QStringLiteral("district"));
    EXPECT_EQ(letter.version, QStringLiteral("district-7"));
    EXPECT_TRUE(letter.html.contains(kMarker));
    EXPECT_TRUE(letter.html.contains(QStringLiteral("missed literacy tutoring")))
        << letter.html.toStdString();
    // Other words still come from the built-in terms.
    EXPECT_EQ(LetterTemplates::terms(store(), QStringLiteral("en"))
                  .value(QStringLiteral("subject.math"))
                  .toString(),
              QStringLiteral("math"));
    // Kinds the pack does not hold keep the built-in text.
    EXPECT_EQ(mustMerge(request(QStringLiteral("missed-2"), QStringLiteral("en"))).templateSource,
              QStringLiteral("built-in"));

    bool seen = false;
    for (const TemplateStatus& s : LetterTemplates::overview(store())) {
        if (s.kind == QLatin1String("missed-1") && s.language == QLatin1String("en")) {
            seen = true;
            EXPECT_TRUE(s.hasDistrict);
            EXPECT_TRUE(s.hasBuiltIn);
            EXPECT_EQ(s.source, LetterTemplate::Source::District);
            EXPECT_EQ(s.packName, QStringLiteral("district-letters"));
        }
    }
    EXPECT_TRUE(seen);
    EXPECT_EQ(LetterTemplates::overview(store()).size(), 66u);

    ASSERT_TRUE(LetterTemplates::removePack(store()).ok());
    EXPECT_EQ(mustMerge(request(QStringLiteral("missed-1"), QStringLiteral("en"))).templateSource,
              QStringLiteral("built-in"));
}

TEST_F(PackTest, PackFromAZipWithOneTopFolderOverridesTheBuiltIn)
{
    std::map<QString, QString> files;
    for (const auto& [path, text] : goodPack())
        files[QStringLiteral("lausd-2027/") + path] = text;
    const QString zip = writeZip(QStringLiteral("lausd-2027.zip"), files);
    auto installed = LetterTemplates::installPack(store(), zip);
    ASSERT_TRUE(installed.ok()) << installed.error().message.toStdString();
    EXPECT_EQ(installed.value(), 1);
    const MergedLetter letter = mustMerge(request(QStringLiteral("missed-1"), QStringLiteral("en")));
    EXPECT_EQ(letter.templateSource, QStringLiteral("district"));
    EXPECT_TRUE(letter.html.contains(kMarker));
}

TEST_F(PackTest, BadPacksAreRefusedNamingTheFileAndChangeNothing)
{
    ASSERT_TRUE(LetterTemplates::installPack(store(), writePack(QStringLiteral("first"), goodPack())).ok());
    const QString before = templateRowsDigest();
    ASSERT_EQ(templateRows(), 2);

    struct Case {
        const char* name;
        QString path;
        QString text;
        QString expected;
    };
    QString unknownPlaceholder = packTemplate(QStringLiteral("missed-2"), QStringLiteral("en"), kMarker);
    unknownPlaceholder.replace(QStringLiteral("{{absence.count}}"), QStringLiteral("{{student.shoe_size}}"));
    const Case cases[] = {
        {"unknown", QStringLiteral("en/missed-2.html"), unknownPlaceholder,
         QStringLiteral("{{student.shoe_size}}")},
        {"mismatch", QStringLiteral("en/missed-3.html"),
         packTemplate(QStringLiteral("missed-2"), QStringLiteral("en"), kMarker),
         QStringLiteral("named missed-3.html")},
        {"plain", QStringLiteral("en/summary.html"), QStringLiteral("<p>Hello</p>"),
         QStringLiteral("not a TutorDesk letter template")},
        {"language", QStringLiteral("xx/summary.html"),
         packTemplate(QStringLiteral("summary"), QStringLiteral("en"), kMarker),
         QStringLiteral("\"xx\" is not a letter language")},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.name);
        std::map<QString, QString> files = goodPack();
        files.erase(QStringLiteral("en/missed-1.html"));
        files[QStringLiteral("es/missed-1.html")] =
            packTemplate(QStringLiteral("missed-1"), QStringLiteral("es"), kMarker);
        files[c.path] = c.text;
        const QString name = QString::fromLatin1(c.name);
        auto installed = LetterTemplates::installPack(store(), writePack(name, files));
        ASSERT_FALSE(installed.ok());
        EXPECT_TRUE(installed.error().message.contains(name + QLatin1Char('/') + c.path))
            << installed.error().message.toStdString();
        EXPECT_TRUE(installed.error().message.contains(c.expected))
            << installed.error().message.toStdString();
        EXPECT_EQ(templateRowsDigest(), before);

        auto zipped = LetterTemplates::installPack(store(), writeZip(name + QStringLiteral(".zip"), files));
        ASSERT_FALSE(zipped.ok());
        EXPECT_TRUE(zipped.error().message.contains(c.path)) << zipped.error().message.toStdString();
        EXPECT_EQ(templateRowsDigest(), before);
    }
    auto notZip = LetterTemplates::installPack(
        store(), writePack(QStringLiteral("x"), {{QStringLiteral("a.txt"), QStringLiteral("hi")}}) +
                     QStringLiteral("/a.txt"));
    EXPECT_FALSE(notZip.ok());
    EXPECT_EQ(templateRowsDigest(), before);
}

TEST_F(PackTest, CoordinatorEditBeatsThePackAndRevertRestoresIt)
{
    ASSERT_TRUE(LetterTemplates::installPack(store(), writePack(QStringLiteral("pack"), goodPack())).ok());
    auto base = LetterTemplates::effective(store(), QStringLiteral("missed-1"), QStringLiteral("en"));
    ASSERT_TRUE(base.has_value());
    LetterTemplate edited = *base;
    edited.body = QStringLiteral("<p>Dear {{guardian.name}}, {{student.first_name}} missed {{absence.date}}. "
                                 "Call Ms. Ruiz.</p>");
    ASSERT_TRUE(LetterTemplates::saveEdit(store(), edited, QStringLiteral("mruiz")).ok());

    const MergedLetter letter = mustMerge(request(QStringLiteral("missed-1"), QStringLiteral("en")));
    EXPECT_EQ(letter.templateSource, QStringLiteral("coordinator"));
    EXPECT_EQ(letter.version, QStringLiteral("district-7-edited"));
    EXPECT_FALSE(letter.reviewed);
    EXPECT_TRUE(letter.html.contains(QStringLiteral("Call Ms. Ruiz.")));
    EXPECT_FALSE(letter.html.contains(kMarker));

    for (const TemplateStatus& s : LetterTemplates::overview(store())) {
        if (s.kind == QLatin1String("missed-1") && s.language == QLatin1String("en")) {
            EXPECT_EQ(s.source, LetterTemplate::Source::Coordinator);
            EXPECT_EQ(s.savedBy, QStringLiteral("mruiz"));
            EXPECT_TRUE(s.savedAt.isValid());
        }
    }

    // A reinstalled pack does not undo the coordinator's text.
    ASSERT_TRUE(LetterTemplates::installPack(store(), writePack(QStringLiteral("pack2"), goodPack())).ok());
    EXPECT_EQ(mustMerge(request(QStringLiteral("missed-1"), QStringLiteral("en"))).templateSource,
              QStringLiteral("coordinator"));

    ASSERT_TRUE(LetterTemplates::revertEdit(store(), QStringLiteral("missed-1"), QStringLiteral("en")).ok());
    const MergedLetter reverted = mustMerge(request(QStringLiteral("missed-1"), QStringLiteral("en")));
    EXPECT_EQ(reverted.templateSource, QStringLiteral("district"));
    EXPECT_TRUE(reverted.html.contains(kMarker));
}

TEST_F(PackTest, EditsAreCheckedAndReviewStaysOnlyWhenSaidSo)
{
    auto base = LetterTemplates::builtIn(QStringLiteral("missed-2"), QStringLiteral("en"));
    ASSERT_TRUE(base.has_value());
    LetterTemplate edited = *base;
    edited.body += QStringLiteral("<p>{{probe.growth}}</p>");
    auto refused = LetterTemplates::saveEdit(store(), edited, QStringLiteral("mruiz"));
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("{{probe.growth}}")));

    edited.body = QStringLiteral("  \n");
    EXPECT_FALSE(LetterTemplates::saveEdit(store(), edited, QStringLiteral("mruiz")).ok());
    edited.body = base->body;
    edited.kind = QStringLiteral("missed-9");
    EXPECT_FALSE(LetterTemplates::saveEdit(store(), edited, QStringLiteral("mruiz")).ok());
    edited.kind = QStringLiteral("missed-2");
    edited.language = QStringLiteral("hmn");
    EXPECT_FALSE(LetterTemplates::saveEdit(store(), edited, QStringLiteral("mruiz")).ok());
    EXPECT_EQ(templateRows(), 0);

    edited.language = QStringLiteral("en");
    edited.body = base->body + QStringLiteral("<p>P.S.</p>");
    ASSERT_TRUE(LetterTemplates::saveEdit(store(), edited, QStringLiteral("mruiz"), true).ok());
    auto saved = LetterTemplates::effective(store(), QStringLiteral("missed-2"), QStringLiteral("en"));
    ASSERT_TRUE(saved.has_value());
    EXPECT_EQ(saved->version, QStringLiteral("1-edited"));
    EXPECT_TRUE(saved->reviewed);
    EXPECT_EQ(saved->source, LetterTemplate::Source::Coordinator);
}

} // namespace
} // namespace tutordesk::test
