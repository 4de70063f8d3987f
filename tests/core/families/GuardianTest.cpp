#include "families/Guardians.h"
#include "store/Store.h"
#include "support/Fixtures.h"
#include "support/TempDir.h"
#include "support/TestText.h"

#include <gtest/gtest.h>

namespace tutordesk {
namespace {

class GuardianTest : public test::TempDirTest {
protected:
    void SetUp() override
    {
        m_store = test::openStore(dbPath());
        ASSERT_NE(m_store, nullptr);
        test::createSchool(*m_store);
        m_ana = test::addStudent(*m_store, QStringLiteral("S1"));
        m_luis = test::addStudent(*m_store, QStringLiteral("S2"), QStringLiteral("5"));
    }

    static GuardianRecord maria()
    {
        GuardianRecord g;
        g.firstName = QStringLiteral("María");
        g.lastName = QStringLiteral("López");
        g.relationship = QStringLiteral("mother");
        g.phoneMobile = QStringLiteral("(323) 555-0101");
        g.preferredLanguage = QStringLiteral("es");
        return g;
    }

    std::int64_t add(std::int64_t student, const GuardianRecord& g)
    {
        auto saved = Guardians::save(*m_store, student, g);
        EXPECT_TRUE(saved.ok()) << (saved.ok() ? std::string() : saved.error().message.toStdString());
        return saved.ok() ? saved.value() : 0;
    }

    std::int64_t count(const char* sql) { return m_store->db().queryInteger(sql); }

    std::unique_ptr<Store> m_store;
    std::int64_t m_ana = 0;
    std::int64_t m_luis = 0;
};

TEST_F(GuardianTest, AddedGuardianIsReadBackAndTheFirstIsPrimary)
{
    const std::int64_t id = add(m_ana, maria());
    const auto guardians = Guardians::forStudent(*m_store, m_ana);
    ASSERT_EQ(guardians.size(), 1u);
    const GuardianRecord& g = guardians.front();
    EXPECT_EQ(g.id, id);
    EXPECT_EQ(g.displayName(), QStringLiteral("María López"));
    EXPECT_EQ(g.relationship, QStringLiteral("mother"));
    EXPECT_EQ(g.phoneMobile, QStringLiteral("(323) 555-0101"));
    EXPECT_EQ(g.preferredLanguage, QStringLiteral("es"));
    EXPECT_TRUE(g.isPrimary);
    EXPECT_FALSE(g.sourcedId.isEmpty());
}

TEST_F(GuardianTest, UpdateChangesTheFieldsAndTrimsThem)
{
    GuardianRecord g = maria();
    g.id = add(m_ana, g);
    g.preferredLanguage = QStringLiteral("  ko ");
    g.email = QStringLiteral("maria@example.com");
    g.phoneWork = QStringLiteral("213.555.0199 x12");
    g.consentToTexts = true;
    g.preferredMethod = QStringLiteral("text");
    ASSERT_TRUE(Guardians::save(*m_store, m_ana, g).ok());
    const auto found = Guardians::find(*m_store, g.id, m_ana);
    ASSERT_TRUE(found);
    EXPECT_EQ(found->preferredLanguage, QStringLiteral("ko"));
    EXPECT_EQ(found->email, QStringLiteral("maria@example.com"));
    EXPECT_EQ(found->phoneWork, QStringLiteral("213.555.0199 x12"));
    EXPECT_TRUE(found->consentToTexts);
    EXPECT_EQ(found->preferredMethod, QStringLiteral("text"));
    EXPECT_EQ(count("SELECT count(*) FROM guardians"), 1);
}

// Each refusal says what to fix, and nothing changes.
struct Refusal {
    const char* what;
    void (*change)(GuardianRecord&);
    const char* messageContains;
};

TEST_F(GuardianTest, RefusedSavesSayWhatToFixAndSaveNothing)
{
    GuardianRecord stored = maria();
    stored.id = add(m_ana, stored);
    const std::vector<Refusal> refusals = {
        {"no name", [](GuardianRecord& g) { g.firstName.clear(), g.lastName.clear(); }, "name"},
        {"letters in a phone", [](GuardianRecord& g) { g.phoneHome = QStringLiteral("call after 5"); },
         "home"},
        {"short phone", [](GuardianRecord& g) { g.phoneMobile = QStringLiteral("555-01"); }, "7 digits"},
        {"e-mail without @", [](GuardianRecord& g) { g.email = QStringLiteral("maria.example.com"); }, "@"},
        {"e-mail with two @", [](GuardianRecord& g) { g.email = QStringLiteral("a@b@c.com"); }, "@"},
        {"texts without consent", [](GuardianRecord& g) { g.preferredMethod = QStringLiteral("text"); },
         "consent"},
        {"consent without a mobile",
         [](GuardianRecord& g) {
             g.consentToTexts = true;
             g.phoneMobile.clear();
         },
         "mobile"},
        {"unknown relationship", [](GuardianRecord& g) { g.relationship = QStringLiteral("neighbour"); },
         "neighbour"},
        {"unknown method", [](GuardianRecord& g) { g.preferredMethod = QStringLiteral("fax"); }, "fax"},
        {"not a language code", [](GuardianRecord& g) { g.preferredLanguage = QStringLiteral("Spanish!"); },
         "Spanish!"},
        {"no language", [](GuardianRecord& g) { g.preferredLanguage.clear(); }, "language"},
    };
    for (const Refusal& r : refusals) {
        for (const bool isNew : {false, true}) {
            GuardianRecord g = stored;
            if (isNew)
                g.id = 0;
            r.change(g);
            const auto saved = Guardians::save(*m_store, m_ana, g);
            ASSERT_FALSE(saved.ok()) << r.what;
            EXPECT_TRUE(saved.error().message.contains(QLatin1String(r.messageContains)))
                << r.what << ": " << saved.error().message.toStdString();
            EXPECT_EQ(count("SELECT count(*) FROM guardians"), 1) << r.what;
            const auto after = Guardians::find(*m_store, stored.id, m_ana);
            ASSERT_TRUE(after);
            EXPECT_EQ(after->phoneMobile, stored.phoneMobile) << r.what;
            EXPECT_EQ(after->preferredLanguage, stored.preferredLanguage) << r.what;
        }
    }
    EXPECT_EQ(count("SELECT count(*) FROM audit_log WHERE entity = 'guardian'"), 0);
}

TEST_F(GuardianTest, OnlyOneGuardianIsPrimary)
{
    const std::int64_t mother = add(m_ana, maria());
    GuardianRecord father = maria();
    father.firstName = QStringLiteral("José");
    father.relationship = QStringLiteral("father");
    father.isPrimary = true;
    const std::int64_t fatherId = add(m_ana, father);
    auto guardians = Guardians::forStudent(*m_store, m_ana);
    ASSERT_EQ(guardians.size(), 2u);
    EXPECT_EQ(guardians[0].id, fatherId); // primary first
    EXPECT_TRUE(guardians[0].isPrimary);
    EXPECT_FALSE(guardians[1].isPrimary);

    ASSERT_TRUE(Guardians::setPrimary(*m_store, m_ana, mother).ok());
    guardians = Guardians::forStudent(*m_store, m_ana);
    EXPECT_EQ(guardians[0].id, mother);
    EXPECT_EQ(count("SELECT count(*) FROM student_guardians WHERE is_primary = 1"), 1);

    // Unticking the primary hands it to the other guardian.
    GuardianRecord m = *Guardians::find(*m_store, mother, m_ana);
    m.isPrimary = false;
    ASSERT_TRUE(Guardians::save(*m_store, m_ana, m).ok());
    EXPECT_TRUE(Guardians::find(*m_store, fatherId, m_ana)->isPrimary);
    EXPECT_EQ(count("SELECT count(*) FROM student_guardians WHERE is_primary = 1"), 1);
}

TEST_F(GuardianTest, RemovingThePrimaryMakesTheNextPrimary)
{
    const std::int64_t mother = add(m_ana, maria());
    GuardianRecord aunt = maria();
    aunt.firstName = QStringLiteral("Rosa");
    aunt.relationship = QStringLiteral("aunt_uncle");
    const std::int64_t auntId = add(m_ana, aunt);
    ASSERT_TRUE(Guardians::unlink(*m_store, m_ana, mother).ok());
    const auto guardians = Guardians::forStudent(*m_store, m_ana);
    ASSERT_EQ(guardians.size(), 1u);
    EXPECT_EQ(guardians[0].id, auntId);
    EXPECT_TRUE(guardians[0].isPrimary);
    // No child and no contact refers to the mother any more: she is gone.
    EXPECT_EQ(count("SELECT count(*) FROM guardians"), 1);
}

TEST_F(GuardianTest, UnlinkKeepsAGuardianWithContactsOrOtherChildren)
{
    const std::int64_t mother = add(m_ana, maria());
    ASSERT_TRUE(Guardians::link(*m_store, m_luis, mother, QStringLiteral("mother")).ok());
    GuardianRecord grandma = maria();
    grandma.firstName = QStringLiteral("Carmen");
    grandma.relationship = QStringLiteral("grandparent");
    const std::int64_t grandmaId = add(m_ana, grandma);
    m_store->db().run(
        "INSERT INTO contacts (sourced_id, student_id, guardian_id, contacted_at, method, purpose,"
        " outcome) VALUES ('c1', ?, ?, '2026-09-14T16:00:00', 'phone', 'general', 'reached')",
        m_ana, grandmaId);

    ASSERT_TRUE(Guardians::unlink(*m_store, m_ana, mother).ok());
    ASSERT_TRUE(Guardians::unlink(*m_store, m_ana, grandmaId).ok());
    EXPECT_TRUE(Guardians::forStudent(*m_store, m_ana).empty());
    EXPECT_EQ(count("SELECT count(*) FROM guardians"), 2); // Luis's mother; the contact's grandmother
    const auto luis = Guardians::forStudent(*m_store, m_luis);
    ASSERT_EQ(luis.size(), 1u);
    EXPECT_EQ(luis[0].id, mother);
    EXPECT_TRUE(luis[0].isPrimary);
    EXPECT_EQ(count("SELECT count(*) FROM contacts WHERE guardian_id IS NOT NULL"), 1);
}

TEST_F(GuardianTest, ASiblingsGuardianIsACandidateAndCanBeLinked)
{
    // Luis's mother shares Ana's last name ("López"): offered without typing anything.
    const std::int64_t mother = add(m_luis, maria());
    GuardianRecord stranger = maria();
    stranger.firstName = QStringLiteral("Grace");
    stranger.lastName = QStringLiteral("Kim");
    stranger.phoneMobile = QStringLiteral("213 555 0177");
    add(m_luis, stranger);

    const auto offered = Guardians::candidates(*m_store, m_ana, QString());
    ASSERT_EQ(offered.size(), 1u);
    EXPECT_EQ(offered[0].id, mother);
    ASSERT_EQ(offered[0].otherChildren.size(), 1);
    EXPECT_EQ(offered[0].otherChildren[0], QStringLiteral("Ana López (5)"));
    // A search finds anyone by name (accents ignored) or phone digits.
    EXPECT_EQ(Guardians::candidates(*m_store, m_ana, QStringLiteral("kim")).size(), 1u);
    EXPECT_EQ(Guardians::candidates(*m_store, m_ana, QStringLiteral("maria lopez")).size(), 1u);
    EXPECT_EQ(Guardians::candidates(*m_store, m_ana, QStringLiteral("5550177")).size(), 1u);

    ASSERT_TRUE(Guardians::link(*m_store, m_ana, mother, QStringLiteral("mother")).ok());
    const auto guardians = Guardians::forStudent(*m_store, m_ana);
    ASSERT_EQ(guardians.size(), 1u);
    EXPECT_EQ(guardians[0].id, mother);
    EXPECT_TRUE(guardians[0].isPrimary);
    EXPECT_EQ(count("SELECT count(*) FROM guardians"), 2);
    // Once linked, she is no longer offered, and linking twice is refused with her name.
    EXPECT_TRUE(Guardians::candidates(*m_store, m_ana, QStringLiteral("lopez")).empty());
    const auto again = Guardians::link(*m_store, m_ana, mother, QStringLiteral("mother"));
    ASSERT_FALSE(again.ok());
    EXPECT_TRUE(again.error().message.contains(QStringLiteral("María López")));
    // One guardian for two children: an edit through either is seen by both.
    GuardianRecord g = guardians[0];
    g.preferredLanguage = QStringLiteral("en");
    ASSERT_TRUE(Guardians::save(*m_store, m_ana, g).ok());
    EXPECT_EQ(Guardians::find(*m_store, mother, m_luis)->preferredLanguage, QStringLiteral("en"));
}

TEST_F(GuardianTest, ChangesLeaveAnAuditRowWithTheReason)
{
    m_store->setActor(QStringLiteral("coordinator"));
    GuardianRecord g = maria();
    g.id = add(m_ana, g);
    ASSERT_TRUE(Guardians::save(*m_store, m_ana, g).ok()); // nothing changed: no row
    EXPECT_EQ(count("SELECT count(*) FROM audit_log WHERE entity = 'guardian'"), 0);
    g.phoneHome = QStringLiteral("323-555-0142");
    g.preferredLanguage = QStringLiteral("hy");
    ASSERT_TRUE(Guardians::save(*m_store, m_ana, g).ok());
    Statement st = m_store->db().prepare("SELECT actor, old_value, new_value, reason FROM audit_log"
                                         " WHERE entity = 'guardian'");
    ASSERT_TRUE(st.step());
    EXPECT_EQ(st.text(0), QStringLiteral("coordinator"));
    EXPECT_TRUE(st.text(1).contains(QStringLiteral("\"language\":\"es\""))) << st.text(1).toStdString();
    EXPECT_TRUE(st.text(2).contains(QStringLiteral("\"language\":\"hy\""))) << st.text(2).toStdString();
    EXPECT_TRUE(st.text(2).contains(QStringLiteral("323-555-0142")));
    EXPECT_FALSE(st.text(3).isEmpty());
    EXPECT_FALSE(st.step());
    // The reason is not left behind for the next, unrelated change.
    EXPECT_TRUE(
        m_store->db().queryText("SELECT coalesce(reason, '') FROM audit_context WHERE id = 1").isEmpty());
}

TEST_F(GuardianTest, ArmenianAndKoreanNamesRoundTrip)
{
    GuardianRecord armenian = maria();
    armenian.firstName = QStringLiteral("Անահիտ");
    armenian.lastName = QStringLiteral("Հակոբյան");
    armenian.preferredLanguage = QStringLiteral("hy");
    GuardianRecord korean = maria();
    korean.firstName = QStringLiteral("서연");
    korean.lastName = QStringLiteral("김");
    korean.preferredLanguage = QStringLiteral("ko");
    korean.relationship = QStringLiteral("grandparent");
    add(m_ana, armenian);
    add(m_ana, korean);
    QStringList names;
    for (const GuardianRecord& g : Guardians::forStudent(*m_store, m_ana))
        names << g.displayName();
    EXPECT_TRUE(names.contains(QStringLiteral("Անահիտ Հակոբյան")))
        << names.join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(names.contains(QStringLiteral("서연 김"))) << names.join(QLatin1Char('|')).toStdString();
    EXPECT_EQ(Guardians::candidates(*m_store, m_luis, QStringLiteral("հակոբյան")).size(), 1u);
}

TEST_F(GuardianTest, CodesHaveTitles)
{
    for (const QString& code : Guardians::relationshipCodes())
        EXPECT_NE(Guardians::relationshipTitle(code), code);
    for (const QString& code : Guardians::methodCodes())
        EXPECT_NE(Guardians::methodTitle(code), code);
    EXPECT_EQ(Guardians::relationshipTitle(QStringLiteral("aunt_uncle")), QStringLiteral("Aunt or uncle"));
}

} // namespace
} // namespace tutordesk
