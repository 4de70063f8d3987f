// A group's probe sheet: who is on it, its columns, and saving a probe in one go (or not at all).
#include "progress/ProbeSheet.h"

#include "ProbeFixtures.h"

#include <gtest/gtest.h>

namespace tutordesk::test {
namespace {

class ProbeSheetTest : public ProbeFixture {
protected:
    ProbeSheet load(const QDate& day = QDate(2026, 10, 15))
    {
        auto sheet = ProbeSheet::load(*store, math, day);
        EXPECT_TRUE(sheet);
        return sheet ? *sheet : ProbeSheet{};
    }

    const QDate today = QDate(2026, 10, 15);
};

TEST_F(ProbeSheetTest, RowsAreSeatedStudentsByNameWithADefaultFirstProbe)
{
    const ProbeSheet sheet = load();
    ASSERT_EQ(sheet.rows.size(), 3u);
    EXPECT_EQ(sheet.rows[0].name, QStringLiteral("Marta Ávila"));
    EXPECT_EQ(sheet.rows[1].name, QStringLiteral("Jon Baker"));
    EXPECT_EQ(sheet.rows[2].name, QStringLiteral("Luis Zúñiga"));
    EXPECT_TRUE(sheet.occasions.empty());
    EXPECT_EQ(sheet.suggestedWindow, QStringLiteral("pre"));
    EXPECT_DOUBLE_EQ(sheet.maxScore, 20.0) << "math without any probe yet";
    EXPECT_DOUBLE_EQ(sheet.masteryPercent, 80.0);
    EXPECT_EQ(sheet.skill, QStringLiteral("3.OA.7"));

    const auto readingSheet = ProbeSheet::load(*store, reading, today);
    ASSERT_TRUE(readingSheet);
    EXPECT_DOUBLE_EQ(readingSheet->maxScore, 40.0);
    EXPECT_TRUE(readingSheet->rows.empty());
    EXPECT_FALSE(ProbeSheet::load(*store, 9999, today));
}

TEST_F(ProbeSheetTest, ColumnsAreEarlierOccasionsAndSeatsGivenBackWithResultsAreMarked)
{
    probe(avila, QStringLiteral("3.OA.7"), "pre", 8, 20, QStringLiteral("2026-09-10"));
    probe(baker, QStringLiteral("3.OA.7"), "pre", 5, 25, QStringLiteral("2026-09-10"));
    probe(avila, QStringLiteral("3.OA.7"), "progress", 12, 20, QStringLiteral("2026-10-08"));
    probe(avila, QStringLiteral("RF.3.3"), "pre", 30, 40, QStringLiteral("2026-09-11"),
          reading); // another skill
    const std::int64_t gone = student(QStringLiteral("S-4"), QStringLiteral("Ada"), QStringLiteral("Cruz"));
    seat(gone, math, "exited", QStringLiteral("2026-09-30"));
    probe(gone, QStringLiteral("3.OA.7"), "pre", 3, 20, QStringLiteral("2026-09-10"));
    const std::int64_t goneQuietly =
        student(QStringLiteral("S-5"), QStringLiteral("Eva"), QStringLiteral("Diaz"));
    seat(goneQuietly, math, "paused", QStringLiteral("2026-09-30"));

    const ProbeSheet sheet = load();
    ASSERT_EQ(sheet.occasions.size(), 2u);
    EXPECT_EQ(sheet.occasions[0].day, QDate(2026, 9, 10));
    EXPECT_EQ(sheet.occasions[0].window, QStringLiteral("pre"));
    EXPECT_EQ(sheet.occasions[1].window, QStringLiteral("progress"));
    ASSERT_EQ(sheet.rows.size(), 4u) << "Diaz gave the seat back and has no result";
    EXPECT_EQ(sheet.rows[0].name, QStringLiteral("Marta Ávila"));
    EXPECT_EQ(sheet.rows[2].name, QStringLiteral("Ada Cruz"));
    EXPECT_TRUE(sheet.rows[2].seatGivenBack);
    EXPECT_FALSE(sheet.rows[0].seatGivenBack);
    ASSERT_TRUE(sheet.rows[0].results[1]);
    EXPECT_DOUBLE_EQ(sheet.rows[0].results[1]->score, 12.0);
    EXPECT_FALSE(sheet.rows[1].results[1]);
    EXPECT_EQ(sheet.rows[3].suggestedWindow, QStringLiteral("pre")) << "Zúñiga has no result";
    EXPECT_EQ(sheet.rows[0].suggestedWindow, QStringLiteral("progress"));
    EXPECT_EQ(sheet.suggestedWindow, QStringLiteral("progress"));
    EXPECT_DOUBLE_EQ(sheet.maxScore, 20.0) << "the last maximum used on the skill";
    ASSERT_TRUE(sheet.rows[0].growth);
    EXPECT_DOUBLE_EQ(*sheet.rows[0].growth, 20.0);

    EXPECT_EQ(load(QDate(2027, 5, 28)).suggestedWindow, QStringLiteral("post")) << "on the group's last day";
}

TEST_F(ProbeSheetTest, SavingAddsChangesAndClearsCellsAndTheViewAgreesWithThePreview)
{
    ProbeEntry pre{QDate(2026, 9, 10), QStringLiteral("pre"), 20, {{avila, 8.0}, {baker, 5.0}, {zuniga, {}}}};
    auto saved = ProbeSheet::save(*store, math, pre, today);
    ASSERT_TRUE(saved.ok()) << saved.error().message.toStdString();
    EXPECT_EQ(saved->added, 2);
    EXPECT_EQ(saved->changed, 0);
    EXPECT_EQ(saved->cleared, 0);
    EXPECT_EQ(
        count(
            "SELECT count(*) FROM assessments WHERE kind = 'probe' AND subject = 'math' AND skill = '3.OA.7'"
            " AND instrument = 'Tutor skill probe' AND tutor_id IS NOT NULL AND length(sourced_id) = 36"),
        2);

    ProbeSheet sheet = load();
    ProbeEntry post{QDate(2026, 10, 15), QStringLiteral("post"), 20, {{avila, 14.0}, {baker, 5.0}}};
    const auto preview = sheet.previewGrowth(sheet.rows[0], post, 14.0);
    ASSERT_TRUE(preview);
    EXPECT_DOUBLE_EQ(*preview, 30.0);
    ASSERT_TRUE(ProbeSheet::save(*store, math, post, today).ok());
    EXPECT_DOUBLE_EQ(
        store->db().queryText("SELECT growth FROM probe_growth WHERE student_id = ?", avila).toDouble(),
        *preview);

    // Back on the pre column: Ávila's 8 corrected to 9, Baker's cleared, Zúñiga's added.
    sheet = load();
    ProbeEntry fix{QDate(2026, 9, 10), QStringLiteral("pre"), 20, {{avila, 9.0}, {baker, {}}, {zuniga, 4.0}}};
    EXPECT_DOUBLE_EQ(*sheet.previewGrowth(sheet.rows[0], fix, 9.0), 25.0);
    saved = ProbeSheet::save(*store, math, fix, today);
    ASSERT_TRUE(saved.ok()) << saved.error().message.toStdString();
    EXPECT_EQ(saved->added, 1);
    EXPECT_EQ(saved->changed, 1);
    EXPECT_EQ(saved->cleared, 1);
    EXPECT_EQ(count("SELECT count(*) FROM tombstones WHERE table_name = 'assessments'"), 1);
    EXPECT_EQ(store->db().queryText(
                  "SELECT score FROM assessments WHERE student_id = ? AND test_window = 'pre'", avila),
              QStringLiteral("9.0"));

    // Saving the same again changes nothing.
    saved = ProbeSheet::save(*store, math, fix, today);
    ASSERT_TRUE(saved.ok());
    EXPECT_EQ(saved->total(), 0);
}

TEST_F(ProbeSheetTest, RefusalsNameTheStudentAndValueAndChangeNothing)
{
    probe(avila, QStringLiteral("3.OA.7"), "pre", 8, 20, QStringLiteral("2026-09-10"));
    const std::int64_t outsider =
        student(QStringLiteral("S-9"), QStringLiteral("Noor"), QStringLiteral("Haddad"));
    const QString before = fingerprint();

    struct Case {
        ProbeEntry entry;
        QString mustMention;
    };
    const std::vector<Case> cases = {
        {{today, QStringLiteral("progress"), 20, {{avila, 21.0}}}, QStringLiteral("Marta Ávila")},
        {{today, QStringLiteral("progress"), 20, {{baker, 3.0}, {avila, -1.0}}}, QStringLiteral("-1")},
        {{today.addDays(1), QStringLiteral("progress"), 20, {{avila, 10.0}}}, QStringLiteral("future")},
        {{QDate(2026, 8, 20), QStringLiteral("pre"), 20, {{avila, 10.0}}}, QStringLiteral("before")},
        {{today, QStringLiteral("progress"), 20, {{baker, 3.0}, {outsider, 10.0}}},
         QStringLiteral("Noor Haddad")},
        // Clearing Ávila's pre alongside a bad cell: nothing is half-done.
        {{QDate(2026, 9, 10), QStringLiteral("pre"), 20, {{avila, {}}, {baker, 25.0}}}, QStringLiteral("25")},
    };
    for (const Case& c : cases) {
        const auto saved = ProbeSheet::save(*store, math, c.entry, today);
        ASSERT_FALSE(saved.ok());
        EXPECT_TRUE(saved.error().message.contains(c.mustMention)) << saved.error().message.toStdString();
        EXPECT_EQ(fingerprint(), before);
    }
}

TEST_F(ProbeSheetTest, ASeatGivenBackAfterTheDayStillTakesThatDaysScore)
{
    const std::int64_t left = student(QStringLiteral("S-4"), QStringLiteral("Ada"), QStringLiteral("Cruz"));
    seat(left, math, "exited", QStringLiteral("2026-10-01"));
    EXPECT_TRUE(
        ProbeSheet::save(*store, math, {QDate(2026, 9, 20), QStringLiteral("pre"), 20, {{left, 5.0}}}, today)
            .ok());
    EXPECT_FALSE(
        ProbeSheet::save(*store, math, {today, QStringLiteral("progress"), 20, {{left, 6.0}}}, today).ok());
}

} // namespace
} // namespace tutordesk::test
