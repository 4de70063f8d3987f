// One transaction per bundle: a cancelled export leaves nothing behind; sequences and `since` chain; an
// unchanged delta is not made when asked so.
#include "BundleTestSupport.h"

namespace tutordesk::test {
namespace {

using BundleTransaction = BundleSchoolTest;

// The outbox and export_rows as text, to compare before and after.
QString snapshot(Store& store)
{
    return store.db().queryText("SELECT group_concat(bundle_name || '|' || sequence || '|' || "
                                "coalesce(since, '') || '|' || sha256,"
                                " ';') FROM (SELECT * FROM outbox ORDER BY sequence)") +
           QLatin1Char('#') +
           store.db().queryText("SELECT group_concat(file || sourced_id || row_hash, ';') FROM (SELECT * FROM"
                                " export_rows ORDER BY file, sourced_id)");
}

TEST_F(BundleTransaction, CancelledExportLeavesEverythingAsItWas)
{
    exportOrFail(store(), BundleMode::Bulk, at(0));
    store().db().run("UPDATE students SET grade = 'K' WHERE sourced_id = 'S-1'");
    store().db().run("DELETE FROM attendance WHERE sourced_id = 'A-3'");
    const QString before = snapshot(store());
    for (const BundleMode mode : {BundleMode::Delta, BundleMode::Bulk}) {
        std::vector<int> seen;
        ExportRequest request;
        request.mode = mode;
        request.now = at(1);
        request.progress = [&](int percent) {
            seen.push_back(percent);
            return percent < 50;
        };
        auto made = exportBundle(store(), request);
        ASSERT_FALSE(made.ok());
        EXPECT_FALSE(made.error().message.isEmpty());
        EXPECT_EQ(snapshot(store()), before);
        ASSERT_FALSE(seen.empty());
        EXPECT_TRUE(std::is_sorted(seen.begin(), seen.end()));
    }
    // Progress runs 0 to 100 when nobody cancels.
    std::vector<int> seen;
    ExportRequest request;
    request.now = at(2);
    request.progress = [&](int percent) {
        seen.push_back(percent);
        return true;
    };
    ASSERT_TRUE(exportBundle(store(), request).ok());
    EXPECT_EQ(seen.front(), 0);
    EXPECT_EQ(seen.back(), 100);
}

TEST_F(BundleTransaction, SequencesAndSinceChain)
{
    // A delta before any bundle becomes a bulk.
    const Bundle first = exportOrFail(store(), BundleMode::Delta, at(0));
    EXPECT_EQ(first.mode, BundleMode::Bulk);
    EXPECT_EQ(first.sequence, 1);
    EXPECT_FALSE(first.since);
    store().db().run("UPDATE tutors SET status = 'inactive' WHERE sourced_id = 'T-2'");
    const Bundle second = exportOrFail(store(), BundleMode::Delta, at(1, 30));
    EXPECT_EQ(second.sequence, 2);
    ASSERT_TRUE(second.since);
    EXPECT_EQ(*second.since, at(0));
    EXPECT_TRUE(second.name.endsWith(QStringLiteral("_20260902T153000Z_2.zip"))) << second.name.toStdString();
    const auto manifest = readManifest(unzip(second.content).value(QStringLiteral("manifest.csv")));
    EXPECT_EQ(manifest.value(QStringLiteral("export.since")).toStdString(), "2026-09-01T15:00:00.000Z");
    EXPECT_EQ(manifest.value(QStringLiteral("export.mode")).toStdString(), "delta");
    EXPECT_EQ(manifest.value(QStringLiteral("file.tutors")).toStdString(), "delta");
    EXPECT_EQ(manifest.value(QStringLiteral("file.tutors.rows")).toStdString(), "1");
    EXPECT_EQ(manifest.value(QStringLiteral("file.students")).toStdString(), "absent");
    EXPECT_EQ(manifest.value(QStringLiteral("file.students.rows")).toStdString(), "0");
    EXPECT_TRUE(manifest.value(QStringLiteral("file.students.sha256")).isEmpty());
    EXPECT_EQ(unzip(second.content).size(), 2);

    // A deletion is a tobedeleted row with empty data columns and the tombstone's time.
    store().db().run("DELETE FROM protocol_actions WHERE sourced_id = 'P-1'");
    const Bundle third = exportOrFail(store(), BundleMode::Delta, at(2));
    EXPECT_EQ(third.sequence, 3);
    EXPECT_EQ(*third.since, at(1, 30));
    const auto actions = readCsv(unzip(third.content).value(QStringLiteral("protocol_actions.csv")),
                                 QStringLiteral("protocol_actions.csv"));
    ASSERT_EQ(actions.records.size(), 1U);
    EXPECT_EQ(actions.records[0].value(0).toStdString(), "P-1");
    EXPECT_EQ(actions.records[0].value(1).toStdString(), "tobedeleted");
    EXPECT_FALSE(actions.records[0].value(2).isEmpty());
    EXPECT_EQ(actions.records[0].mid(3), strings({"", "", "", "", "", ""}));
    EXPECT_EQ(
        store().db().queryInteger("SELECT count(*) FROM export_rows WHERE file = 'protocol_actions.csv'"), 0);
    EXPECT_EQ(store().db().queryInteger("SELECT max(sequence) FROM outbox"), 3);
}

TEST_F(BundleTransaction, SkipWhenUnchangedMakesNothing)
{
    exportOrFail(store(), BundleMode::Bulk, at(0));
    const QString before = snapshot(store());
    ExportRequest request;
    request.now = at(1);
    request.skipWhenUnchanged = true;
    auto made = exportBundle(store(), request);
    ASSERT_TRUE(made.ok()) << made.error().message.toStdString();
    EXPECT_FALSE(made.value().has_value());
    EXPECT_EQ(snapshot(store()), before);
    // Without skipping, an unchanged delta is made, every file absent.
    request.skipWhenUnchanged = false;
    made = exportBundle(store(), request);
    ASSERT_TRUE(made.ok() && made.value());
    for (const BundleFile& file : made.value()->files)
        EXPECT_FALSE(file.present);
    // A change makes the next one.
    store().db().run("UPDATE attendance SET status = 'unexcused', minutes = 0 WHERE sourced_id = 'A-1'");
    request.now = at(2);
    request.skipWhenUnchanged = true;
    made = exportBundle(store(), request);
    ASSERT_TRUE(made.ok() && made.value());
    const auto entries = unzip(made.value()->content);
    // The attendance row, and its session's group size present (derived, the session untouched).
    EXPECT_TRUE(entries.contains(QStringLiteral("attendance.csv")));
    EXPECT_TRUE(entries.contains(QStringLiteral("sessions.csv")));
    EXPECT_EQ(entries.size(), 3);
}

} // namespace
} // namespace tutordesk::test
