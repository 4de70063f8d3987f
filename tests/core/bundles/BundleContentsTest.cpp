// A bundle as the district receives it: every file the manifest lists, with its rows and checksums, the CSV
// rules (formula neutralization, numbers unprefixed) and the privacy settings honoured.
#include "BundleTestSupport.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace tutordesk::test {
namespace {

QString sha256(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// The records of one data file of a bundle, by sourcedId.
std::map<QString, QStringList> rowsOf(const Bundle& bundle, const char* file)
{
    std::map<QString, QStringList> rows;
    const auto entries = unzip(bundle.content);
    for (const QStringList& record : readCsv(entries.value(QLatin1String(file)), QLatin1String(file)).records)
        rows[record.value(0)] = record;
    return rows;
}

using BundleContents = BundleSchoolTest;

TEST_F(BundleContents, ManifestListsEveryFileWithRowsAndChecksums)
{
    const Bundle bundle = exportOrFail(store(), BundleMode::Bulk, at(0));
    EXPECT_EQ(bundle.name.toStdString(), "tutordesk_1964733_20260901T150000Z_1.zip");
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^tutordesk_[A-Za-z0-9-]+_\\d{8}T\\d{6}Z_\\d+\\.zip$"))
                    .match(bundle.name)
                    .hasMatch());
    EXPECT_EQ(bundle.sha256, sha256(bundle.content));
    const auto entries = unzip(bundle.content);
    ASSERT_TRUE(entries.contains(QStringLiteral("manifest.csv")));
    const QByteArray manifestBytes = entries.value(QStringLiteral("manifest.csv"));
    EXPECT_TRUE(manifestBytes.startsWith("propertyName,value\r\n"));
    const auto manifest = readManifest(manifestBytes);
    EXPECT_EQ(manifest.value(QStringLiteral("manifest.version")).toStdString(), "1.0");
    EXPECT_EQ(manifest.value(QStringLiteral("tutordesk.schema")).toInt(), store().schemaVersion());
    EXPECT_EQ(manifest.value(QStringLiteral("source.systemName")).toStdString(), "TutorDesk");
    EXPECT_EQ(manifest.value(QStringLiteral("source.systemCode")).toStdString(), "1964733");
    EXPECT_EQ(manifest.value(QStringLiteral("export.sequence")).toStdString(), "1");
    EXPECT_EQ(manifest.value(QStringLiteral("export.mode")).toStdString(), "bulk");
    EXPECT_TRUE(manifest.value(QStringLiteral("export.since")).isEmpty());
    EXPECT_EQ(manifest.value(QStringLiteral("export.createdAt")).toStdString(), "2026-09-01T15:00:00.000Z");
    EXPECT_EQ(manifest.value(QStringLiteral("export.id")).size(), 36);
    EXPECT_EQ(entries.size(), exportFileNames().size() + 1);

    ASSERT_EQ(bundle.files.size(), exportFileNames().size());
    for (const BundleFile& file : bundle.files) {
        const QString key = QStringLiteral("file.") + QString(file.name).chopped(4);
        ASSERT_TRUE(entries.contains(file.name)) << file.name.toStdString();
        const QByteArray bytes = entries.value(file.name);
        EXPECT_FALSE(bytes.startsWith("\xEF\xBB\xBF")) << "no BOM";
        EXPECT_TRUE(bytes.startsWith("sourcedId,status,dateLastModified,"));
        EXPECT_EQ(bytes.count("\r\n"), bytes.count('\n') - bytes.count("\"\n")) << "CRLF line ends";
        EXPECT_EQ(manifest.value(key).toStdString(), "bulk");
        EXPECT_EQ(manifest.value(key + QStringLiteral(".sha256")), sha256(bytes));
        EXPECT_EQ(file.sha256, sha256(bytes));
        const auto table = readCsv(bytes, file.name);
        EXPECT_EQ(manifest.value(key + QStringLiteral(".rows")).toInt(),
                  static_cast<int>(table.records.size()));
        EXPECT_EQ(file.rows, static_cast<int>(table.records.size()));
    }
    EXPECT_EQ(rowsOf(bundle, "students.csv").size(), 6U);
    EXPECT_EQ(rowsOf(bundle, "attendance.csv").size(), 3U);

    // The outbox holds the same bytes, waiting, with the row counts per file.
    Statement st = store().db().prepare(
        "SELECT bundle_name, mode, sequence, since IS NULL, sha256, size_bytes, acknowledged_at IS NULL,"
        " json_extract(row_counts, '$.\"students.csv\"'), length(content) FROM outbox");
    st.bindAll();
    ASSERT_TRUE(st.step());
    EXPECT_EQ(st.text(0), bundle.name);
    EXPECT_EQ(st.text(1).toStdString(), "bulk");
    EXPECT_EQ(st.integer(2), 1);
    EXPECT_EQ(st.integer(3), 1);
    EXPECT_EQ(st.text(4), bundle.sha256);
    EXPECT_EQ(st.integer(5), bundle.content.size());
    EXPECT_EQ(st.integer(6), 1);
    EXPECT_EQ(st.integer(7), 6);
    EXPECT_EQ(st.integer(8), bundle.content.size());
    EXPECT_EQ(store().db().queryInteger("SELECT count(*) FROM export_rows"),
              6 + 2 + 1 + 4 + 1 + 3 + 1 + 1 + 1);
}

TEST_F(BundleContents, RowsCarryTheDistrictsWords)
{
    const Bundle bundle = exportOrFail(store(), BundleMode::Bulk, at(0));
    const auto sessions = rowsOf(bundle, "sessions.csv");
    // group, date, startTime, plannedMinutes, sessionStatus, sessionKind, makeupFor, cancelReason, tutor,
    // size
    EXPECT_EQ(sessions.at(QStringLiteral("SE-1")).mid(3),
              (strings({"G-1", "2026-09-07", "10:00", "30", "held", "regular", "", "", "T-2", "2"})));
    const auto attendance = rowsOf(bundle, "attendance.csv");
    EXPECT_EQ(attendance.at(QStringLiteral("A-2")).mid(3),
              (strings({"SE-1", "S-2", "2026-09-07", "Tardy", "20"})));
    EXPECT_EQ(attendance.at(QStringLiteral("A-3")).value(6).toStdString(), "Excused Absence");
    const auto groups = rowsOf(bundle, "groups.csv");
    EXPECT_EQ(groups.at(QStringLiteral("G-1")).mid(3),
              (strings({"Reading 3A", "reading", "", "", "2", "pull_out", "4", "T-1", "MO TU TH", "10:00",
                        "30", "2026-09-01", "2027-06-01", "90", "active"})));
    const auto enrollments = rowsOf(bundle, "enrollments.csv");
    EXPECT_EQ(enrollments.at(QStringLiteral("E-W")).value(4).toStdString(), "") << "waitlisted: no group";
    const auto tutors = rowsOf(bundle, "tutors.csv");
    EXPECT_EQ(tutors.at(QStringLiteral("T-1")).mid(3),
              (strings({"paraprofessional", "active", "SUP-1", "2027-12-31", "2027-12-31"})));
    const auto contacts = rowsOf(bundle, "contacts.csv");
    EXPECT_EQ(contacts.at(QStringLiteral("C-1")).value(4).toStdString(), "2026-09-08T16:30:00.000Z");
    EXPECT_EQ(contacts.at(QStringLiteral("C-1")).value(10).toStdString(), "true");
    const auto actions = rowsOf(bundle, "protocol_actions.csv");
    EXPECT_EQ(actions.at(QStringLiteral("P-1")).mid(3),
              (strings({"S-3", "notify_family", "2026-09-07", "2026-09-09", "open", ""})));
    const auto students = rowsOf(bundle, "students.csv");
    const QStringList s1 = students.at(QStringLiteral("S-1"));
    EXPECT_EQ(s1.value(6).toStdString(), "3");       // grade
    EXPECT_EQ(s1.value(8).toStdString(), "false");   // hispanicOrLatinoEthnicity
    EXPECT_EQ(s1.value(16).toStdString(), "true");   // iep
    EXPECT_EQ(s1.value(21).toStdString(), "93.5");   // schoolAttendanceRate
    EXPECT_EQ(s1.value(22).toStdString(), "-19.75"); // needScore, negative and unprefixed
    EXPECT_EQ(s1.value(24).toStdString(), "active");
}

TEST_F(BundleContents, FormulaNamesRoundTripAsText)
{
    setSetting(store(), "exchange.includeNames", true);
    store().db().run("UPDATE students SET first_name = ?, last_name = '+1 555', preferred_name = '@me'"
                     " WHERE sourced_id = 'S-1'",
                     QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"));
    const Bundle bundle = exportOrFail(store(), BundleMode::Bulk, at(0));
    const QByteArray bytes = unzip(bundle.content).value(QStringLiteral("students.csv"));
    EXPECT_TRUE(bytes.contains("S-1,,,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",'+1 555,'@me,"))
        << bytes.data();
    EXPECT_TRUE(bytes.contains(",-19.75,")) << "numbers are never prefixed";
    EXPECT_FALSE(bytes.contains("'-19.75"));
    const QStringList s1 = rowsOf(bundle, "students.csv").at(QStringLiteral("S-1"));
    EXPECT_EQ(s1.value(3), QStringLiteral("'=HYPERLINK(\"http://x\",\"y\")"));
    EXPECT_EQ(s1.value(4).toStdString(), "'+1 555");
    EXPECT_EQ(s1.value(5).toStdString(), "'@me");
    EXPECT_EQ(rowsOf(bundle, "assessments.csv").at(QStringLiteral("AS-1")).value(8).toStdString(), "-2.5");
}

TEST_F(BundleContents, NamesAndNotesOnlyWhenIncluded)
{
    Bundle bundle = exportOrFail(store(), BundleMode::Bulk, at(0));
    auto students = rowsOf(bundle, "students.csv");
    const QStringList header =
        readCsv(unzip(bundle.content).value(QStringLiteral("students.csv")), QStringLiteral("students.csv"))
            .header;
    EXPECT_EQ(header.mid(0, 6), (strings({"sourcedId", "status", "dateLastModified", "givenName",
                                          "familyName", "preferredName"})));
    for (const auto& [id, record] : students)
        EXPECT_TRUE(record.value(3).isEmpty() && record.value(4).isEmpty() && record.value(5).isEmpty());
    EXPECT_TRUE(rowsOf(bundle, "contacts.csv").at(QStringLiteral("C-1")).value(11).isEmpty());
    const auto manifest = readManifest(unzip(bundle.content).value(QStringLiteral("manifest.csv")));
    EXPECT_EQ(manifest.value(QStringLiteral("export.includesNames")).toStdString(), "false");

    // Turning names on: the next delta carries every student, and nothing else.
    setSetting(store(), "exchange.includeNames", true);
    bundle = exportOrFail(store(), BundleMode::Delta, at(1));
    EXPECT_EQ(bundle.mode, BundleMode::Delta);
    students = rowsOf(bundle, "students.csv");
    EXPECT_EQ(students.size(), 6U);
    EXPECT_EQ(students.at(QStringLiteral("S-1")).value(1).toStdString(), "active");
    EXPECT_EQ(students.at(QStringLiteral("S-1")).value(3).toStdString(), "Ana");
    EXPECT_EQ(students.at(QStringLiteral("S-1")).value(4).toStdString(), "López");
    for (const BundleFile& file : bundle.files)
        EXPECT_EQ(file.present, file.name == QLatin1String("students.csv")) << file.name.toStdString();

    setSetting(store(), "exchange.includeNotes", true);
    bundle = exportOrFail(store(), BundleMode::Delta, at(2));
    EXPECT_EQ(rowsOf(bundle, "contacts.csv").at(QStringLiteral("C-1")).value(11).toStdString(),
              "Mom says, \"call after 5\"");
    EXPECT_FALSE(unzip(bundle.content).contains(QStringLiteral("students.csv"))) << "no change to students";
}

} // namespace
} // namespace tutordesk::test
