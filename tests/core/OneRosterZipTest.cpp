// A OneRoster zip is read in memory and within limits: no entry outside the zip, no zip bomb.
#include "core/ImportFixtures.h"
#include "roster/OneRosterReader.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>

namespace tutordesk::test {
namespace {

class OneRosterZipTest : public TempDirTest {
protected:
    QString v1p1Zip(const std::vector<std::pair<QString, QByteArray>>& extra = {}, const QString& prefix = {})
    {
        const QString path = file(QStringLiteral("oneroster.zip"));
        QFile::remove(path);
        EXPECT_TRUE(zipFolder(importData(QStringLiteral("oneroster/v1p1")), path, extra, prefix));
        return path;
    }
    static Result<RosterRead> read(const QString& path, const QString& org,
                                   const OneRosterLimits& limits = {})
    {
        return OneRosterReader::read(path, {org, QString(), limits});
    }
};

TEST_F(OneRosterZipTest, EntriesOutsideTheZipAreRefused)
{
    for (const QString& name : {QStringLiteral("../evil.csv"), QStringLiteral("/etc/evil.csv"),
                                QStringLiteral("export/../../evil.csv")}) {
        const QString path = file(QStringLiteral("evil.zip"));
        QFile::remove(path);
        ASSERT_TRUE(
            zipFolder(importData(QStringLiteral("oneroster/v1p1")), path, {{name, QByteArray("x,y\n")}}));
        const auto read = this->read(path, QStringLiteral("sch-lincoln"));
        ASSERT_FALSE(read.ok()) << name.toStdString();
        EXPECT_TRUE(read.error().message.contains(name)) << read.error().message.toStdString();
    }
}

TEST_F(OneRosterZipTest, OversizedEntriesAndTooManyEntriesAreRefused)
{
    // Zeros compress to almost nothing: the zip is small, what it unpacks to is not.
    const QString path = v1p1Zip({{QStringLiteral("results.csv"), QByteArray(300 * 1024, '0')}});
    OneRosterLimits small;
    small.maxEntryBytes = 256 * 1024;
    const auto oversized = read(path, QStringLiteral("sch-lincoln"), small);
    ASSERT_FALSE(oversized.ok());
    EXPECT_TRUE(oversized.error().message.contains(QStringLiteral("results.csv")))
        << oversized.error().message.toStdString();

    OneRosterLimits smallTotal;
    smallTotal.maxTotalBytes = 200 * 1024;
    EXPECT_FALSE(read(path, QStringLiteral("sch-lincoln"), smallTotal).ok());

    OneRosterLimits fewEntries;
    fewEntries.maxEntries = 3;
    EXPECT_FALSE(read(path, QStringLiteral("sch-lincoln"), fewEntries).ok());

    // The same zip within the default limits reads.
    EXPECT_TRUE(read(path, QStringLiteral("sch-lincoln")).ok());
}

TEST_F(OneRosterZipTest, FilesOneFolderDownAreTheExport)
{
    // What "Compress folder" on Windows or macOS makes of an export folder.
    const auto read = this->read(
        v1p1Zip({{QStringLiteral("__MACOSX/._users.csv"), QByteArray("junk")}}, QStringLiteral("export/")),
        QStringLiteral("sch-lincoln"));
    ASSERT_TRUE(read.ok()) << read.error().message.toStdString();
    EXPECT_EQ(read.value().students.size(), 4u);
}

TEST_F(OneRosterZipTest, ADamagedZipIsAnErrorNamingIt)
{
    const QString path = file(QStringLiteral("damaged.zip"));
    QFile out(path);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write("PK\x03\x04 this is not really a zip");
    out.close();
    const auto read = this->read(path, QString());
    ASSERT_FALSE(read.ok());
    EXPECT_TRUE(read.error().message.contains(QStringLiteral("damaged.zip")));
}

} // namespace
} // namespace tutordesk::test
