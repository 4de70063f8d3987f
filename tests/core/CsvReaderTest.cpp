// The CSV reader on real files as district systems and Excel write them (tests/data/csv).
#include "roster/CsvReader.h"

#include "TestPaths.h"

#include <gtest/gtest.h>

#include <vector>

namespace tutordesk {
namespace {

QString dataFile(const char* name)
{
    return QStringLiteral(TUTORDESK_TEST_DATA_DIR "/csv/") + QString::fromUtf8(name);
}

struct ReadFile {
    Result<CsvInfo> info = Error{};
    std::vector<CsvRecord> records;
};

ReadFile read(const char* name)
{
    ReadFile result;
    result.info = CsvReader::readFile(dataFile(name), [&](const CsvRecord& record) {
        result.records.push_back(record);
        return true;
    });
    return result;
}

QStringList fields(std::initializer_list<const char*> values)
{
    QStringList list;
    for (const char* value : values)
        list << QString::fromUtf8(value);
    return list;
}

TEST(CsvReader, ReadsUtf8WithBomCrlfQuotesAndLineBreaks)
{
    const ReadFile file = read("roster_utf8_bom_crlf.csv");
    ASSERT_TRUE(file.info.ok()) << file.info.error().message.toStdString();
    EXPECT_EQ(file.info->encoding, QStringLiteral("UTF-8 with BOM"));
    EXPECT_EQ(file.info->delimiter, QLatin1Char(','));
    EXPECT_EQ(file.info->header, fields({"Student ID", "Last Name", "First Name", "Grade", "Notes"}))
        << "the BOM is not part of the first column's name";
    ASSERT_EQ(file.records.size(), 3u);
    EXPECT_EQ(file.records[0].fields, fields({"1001", "Muñoz", "José", "3", "likes \"chess\", math"}));
    EXPECT_EQ(file.records[1].fields.at(4), QStringLiteral("two\r\nlines"));
    EXPECT_EQ(file.records[2].fields, fields({"1003", "김", "민준", "5", ""}));
    // Line numbers count the line break inside the quoted field.
    EXPECT_EQ(file.records[0].line, 2);
    EXPECT_EQ(file.records[1].line, 3);
    EXPECT_EQ(file.records[2].line, 5);
    EXPECT_TRUE(file.info->problems.empty());
}

TEST(CsvReader, ReadsExcelsWindows1252)
{
    const ReadFile file = read("roster_windows1252.csv");
    ASSERT_TRUE(file.info.ok());
    EXPECT_EQ(file.info->encoding, QStringLiteral("Windows-1252"));
    ASSERT_EQ(file.records.size(), 3u);
    EXPECT_EQ(file.records[0].fields.at(1), QStringLiteral("Muñoz"));
    EXPECT_EQ(file.records[0].fields.at(2), QStringLiteral("José"));
    EXPECT_EQ(file.records[1].fields.at(2), QStringLiteral("María José"));
    EXPECT_EQ(file.records[2].fields.at(1), QStringLiteral("O\u2019Brien"))
        << "0x92 is a typographic apostrophe";
    EXPECT_EQ(file.records[2].fields.at(2), QStringLiteral("Zoë"));
}

TEST(CsvReader, DetectsSemicolonAndTabFromTheHeader)
{
    const ReadFile semicolon = read("roster_semicolon.csv");
    ASSERT_TRUE(semicolon.info.ok());
    EXPECT_EQ(semicolon.info->delimiter, QLatin1Char(';'));
    EXPECT_EQ(semicolon.records[0].fields, fields({"1001", "Ávila", "Ana", "97,5"}));

    const ReadFile tab = read("roster_tab.csv");
    ASSERT_TRUE(tab.info.ok());
    EXPECT_EQ(tab.info->delimiter, QLatin1Char('\t'));
    EXPECT_EQ(tab.records[1].fields, fields({"1002", "Smith, Jr.", "John"}));
}

TEST(CsvReader, HonoursExcelsSepLine)
{
    const ReadFile file = read("roster_sep_line.csv");
    ASSERT_TRUE(file.info.ok());
    EXPECT_EQ(file.info->delimiter, QLatin1Char(';'));
    EXPECT_EQ(file.info->header, fields({"Student ID", "Last Name,Suffix", "First Name"}));
    EXPECT_EQ(file.info->headerLine, 2);
    ASSERT_EQ(file.records.size(), 1u);
    EXPECT_EQ(file.records[0].line, 3);
}

TEST(CsvReader, ReadsExcelsUnicodeText)
{
    const ReadFile file = read("roster_utf16le.txt");
    ASSERT_TRUE(file.info.ok());
    EXPECT_EQ(file.info->encoding, QStringLiteral("UTF-16LE"));
    EXPECT_EQ(file.info->delimiter, QLatin1Char('\t'));
    ASSERT_EQ(file.records.size(), 2u);
    EXPECT_EQ(file.records[0].fields, fields({"1001", "مريم", "علي"}));
    EXPECT_EQ(file.records[1].fields, fields({"1002", "Արամ", "Հակոբյան"}));
}

TEST(CsvReader, AnUnclosedQuoteNamesItsLineAndColumn)
{
    const ReadFile file = read("roster_unclosed_quote.csv");
    ASSERT_FALSE(file.info.ok());
    const QString message = file.info.error().message;
    EXPECT_TRUE(message.contains(QStringLiteral("roster_unclosed_quote.csv"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("line 3, column 2"))) << message.toStdString();
}

TEST(CsvReader, RaggedRowsAreReportedAndStillRead)
{
    const ReadFile file = read("roster_ragged.csv");
    ASSERT_TRUE(file.info.ok());
    EXPECT_EQ(file.records.size(), 3u);
    ASSERT_EQ(file.info->problems.size(), 2u);
    EXPECT_EQ(file.info->problems[0].line, 3);
    EXPECT_TRUE(file.info->problems[0].message.contains(QStringLiteral("2 fields where the header has 3")));
    EXPECT_EQ(file.info->problems[1].line, 4);
}

TEST(CsvReader, CarriageReturnsAloneEndLines)
{
    const ReadFile file = read("roster_cr_only.csv");
    ASSERT_TRUE(file.info.ok());
    ASSERT_EQ(file.records.size(), 3u);
    EXPECT_EQ(file.records[1].fields.at(1), QStringLiteral("Peña\rGómez"));
    EXPECT_EQ(file.records[2].line, 5);
}

TEST(CsvReader, SkipsBlankLinesAndReadsALastLineWithoutNewline)
{
    const ReadFile file = read("roster_blank_lines_no_final_newline.csv");
    ASSERT_TRUE(file.info.ok());
    ASSERT_EQ(file.records.size(), 2u);
    EXPECT_EQ(file.records[0].line, 3);
    EXPECT_EQ(file.records[1].line, 6);
    EXPECT_EQ(file.records[1].fields, fields({"1002", "Kim"}));
}

TEST(CsvReader, RefusesWhatIsNotCsvWithAMessageThatSaysWhatToDo)
{
    EXPECT_TRUE(read("empty.csv").info.error().message.contains(QStringLiteral("empty")));
    EXPECT_TRUE(read("binary.csv").info.error().message.contains(QStringLiteral("binary")));
    EXPECT_TRUE(read("workbook.xlsx").info.error().message.contains(QStringLiteral("CSV UTF-8")));
    EXPECT_TRUE(read("no-such-file.csv").info.error().message.contains(QStringLiteral("no such file")));
}

TEST(CsvReader, AHandlerCanStopEarly)
{
    int seen = 0;
    const auto info = CsvReader::readFile(dataFile("roster_utf8_bom_crlf.csv"), [&](const CsvRecord&) {
        ++seen;
        return false;
    });
    ASSERT_TRUE(info.ok());
    EXPECT_EQ(seen, 1);
}

TEST(CsvReader, CancellingFromProgressIsAnError)
{
    QByteArray big = "id,name\n";
    for (int i = 0; i < 200000; ++i)
        big += QByteArray::number(i) + ",Muñoz\n";
    const auto info = CsvReader::readBytes(
        big, QStringLiteral("big.csv"), [](const CsvRecord&) { return true; },
        [](std::int64_t, std::int64_t) { return false; });
    ASSERT_FALSE(info.ok());
    EXPECT_TRUE(info.error().message.contains(QStringLiteral("cancelled")));
}

} // namespace
} // namespace tutordesk
