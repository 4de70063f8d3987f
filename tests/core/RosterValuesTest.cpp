// How roster values as district systems write them become TutorDesk's codes (RosterValues).
#include "roster/RosterValues.h"

#include "support/TestText.h"

#include <gtest/gtest.h>

#include <utility>
#include <vector>

namespace tutordesk {
namespace {

using test::u;

// Each accepted spelling with the value it must give.
template <typename T> using Table = std::vector<std::pair<const char*, T>>;

TEST(RosterValues, Grades)
{
    const Table<const char*> accepted = {
        {"TK", "TK"},     {"tk", "TK"},      {"T-K", "TK"},  {"Transitional Kindergarten", "TK"},
        {"K", "K"},       {"KN", "K"},       {"KG", "K"},    {"Kindergarten", "K"},
        {"00", "K"},      {"0", "K"},        {"1", "1"},     {"01", "1"},
        {"1st", "1"},     {"2nd", "2"},      {"3rd", "3"},   {"4th", "4"},
        {"Grade 3", "3"}, {"grade 03", "3"}, {"Gr 5", "5"},  {"3rd Grade", "3"},
        {" 12 ", "12"},   {"Grade K", "K"},  {"10th", "10"}, {"9", "9"},
    };
    for (const auto& [text, grade] : accepted) {
        const auto result = RosterValues::grade(u(text));
        ASSERT_TRUE(result.ok()) << text << ": " << result.error().message.toStdString();
        EXPECT_EQ(result.value(), u(grade)) << text;
    }
    for (const char* wrong : {"13", "PK", "PS", "-1", "3A", "Grade", "twelve", "1st grade 2"}) {
        const auto result = RosterValues::grade(u(wrong));
        ASSERT_FALSE(result.ok()) << wrong;
        EXPECT_TRUE(result.error().message.contains(QStringLiteral("TK, K or 1 to 12"))) << wrong;
        EXPECT_TRUE(result.error().message.contains(u(wrong).trimmed())) << "the message quotes the value";
    }
    EXPECT_FALSE(RosterValues::grade(QString()).ok()) << "a grade is required";
    EXPECT_TRUE(RosterValues::grade(u("  ")).error().message.contains(QStringLiteral("empty")));
}

TEST(RosterValues, YesNoFlags)
{
    const Table<bool> accepted = {
        {"Y", true},    {"y", true},      {"Yes", true}, {"YES", true}, {"Sí", true},  {"Si", true},
        {"TRUE", true}, {"true", true},   {"1", true},   {"X", true},   {"x", true},   {"N", false},
        {"No", false},  {"FALSE", false}, {"0", false},  {"", false},   {"   ", false}};
    for (const auto& [text, value] : accepted) {
        const auto result = RosterValues::yesNo(u(text));
        ASSERT_TRUE(result.ok()) << text;
        EXPECT_EQ(result.value(), value) << text;
    }
    for (const char* wrong : {"maybe", "2", "Active", "YN"}) {
        const auto result = RosterValues::yesNo(u(wrong));
        ASSERT_FALSE(result.ok()) << wrong;
        EXPECT_TRUE(result.error().message.contains(QStringLiteral("Y or N")));
    }
}

TEST(RosterValues, DisadvantagedAcceptsLunchStatus)
{
    const Table<bool> accepted = {{"Y", true},    {"F", true},       {"R", true},
                                  {"Free", true}, {"Reduced", true}, {"Free/Reduced", true},
                                  {"P", false},   {"Paid", false},   {"N", false},
                                  {"", false}};
    for (const auto& [text, value] : accepted) {
        const auto result = RosterValues::disadvantaged(u(text));
        ASSERT_TRUE(result.ok()) << text;
        EXPECT_EQ(result.value(), value) << text;
    }
    EXPECT_FALSE(RosterValues::disadvantaged(u("Q")).ok());
}

TEST(RosterValues, HispanicLatino)
{
    const Table<bool> accepted = {{"Y", true},
                                  {"Hispanic or Latino", true},
                                  {"Latino", true},
                                  {"Hispanic", true},
                                  {"Not Hispanic", false},
                                  {"Non-Hispanic", false},
                                  {"N", false},
                                  {"0", false}};
    for (const auto& [text, value] : accepted) {
        const auto result = RosterValues::hispanicLatino(u(text));
        ASSERT_TRUE(result.ok()) << text;
        EXPECT_EQ(result.value(), value) << text;
    }
    EXPECT_FALSE(RosterValues::hispanicLatino(u("Asian")).ok());
}

TEST(RosterValues, EnglishLearnerStatus)
{
    const Table<const char*> accepted = {
        {"EO", "EO"},
        {"English Only", "EO"},
        {"E", "EO"},
        {"IFEP", "IFEP"},
        {"Initially Fluent", "IFEP"},
        {"I", "IFEP"},
        {"Initially Fluent English Proficient", "IFEP"},
        {"EL", "EL"},
        {"English Learner", "EL"},
        {"LEP", "EL"},
        {"ELL", "EL"},
        {"L", "EL"},
        {"ADEL", "EL"},
        {"RFEP", "RFEP"},
        {"R-FEP", "RFEP"},
        {"Reclassified", "RFEP"},
        {"R", "RFEP"},
        {"TBD", "TBD"},
        {"To Be Determined", "TBD"},
        {"Y", "EL"},
        {"Yes", "EL"},
        {"3", "EL"},
        {"Level 2", "EL"},
        {"ELD 4", "EL"},
        {"ELPAC Level 1", "EL"},
        {"5", "EL"},
    };
    for (const auto& [text, code] : accepted) {
        const auto result = RosterValues::elStatus(u(text));
        ASSERT_TRUE(result.ok()) << text << ": " << result.error().message.toStdString();
        ASSERT_TRUE(result.value().has_value()) << text;
        EXPECT_EQ(*result.value(), u(code)) << text;
    }
    // Blank: nothing said. "No": not an English learner, without saying which kind.
    EXPECT_EQ(RosterValues::elStatus(QString()).value(), std::nullopt);
    for (const char* no : {"N", "No", "0", "FALSE"}) {
        const auto result = RosterValues::elStatus(u(no));
        ASSERT_TRUE(result.ok() && result.value().has_value()) << no;
        EXPECT_TRUE(result.value()->isEmpty()) << no;
    }
    for (const char* wrong : {"ZZ", "6", "Level 9", "FEP"}) {
        const auto result = RosterValues::elStatus(u(wrong));
        ASSERT_FALSE(result.ok()) << wrong;
        EXPECT_TRUE(result.error().message.contains(QStringLiteral("EO, IFEP, EL, RFEP or TBD")));
    }
}

TEST(RosterValues, Gender)
{
    const Table<const char*> accepted = {{"F", "F"},    {"f", "F"}, {"Female", "F"},     {"M", "M"},
                                         {"Male", "M"}, {"X", "X"}, {"Non-binary", "X"}, {"Nonbinary", "X"}};
    for (const auto& [text, code] : accepted) {
        const auto result = RosterValues::gender(u(text));
        ASSERT_TRUE(result.ok() && result.value()) << text;
        EXPECT_EQ(*result.value(), u(code)) << text;
    }
    EXPECT_EQ(RosterValues::gender(QString()).value(), std::nullopt);
    EXPECT_EQ(RosterValues::gender(u("U")).value(), std::nullopt);
    EXPECT_EQ(RosterValues::gender(u("Unknown")).value(), std::nullopt);
    const auto wrong = RosterValues::gender(u("Q"));
    ASSERT_FALSE(wrong.ok());
    EXPECT_TRUE(wrong.error().message.contains(QStringLiteral("F, M or X")));
}

TEST(RosterValues, Race)
{
    struct Case {
        const char* text;
        RaceFlags flags;
    };
    const auto flags = [](bool ai, bool asian, bool black, bool pi, bool white, bool hispanic = false,
                          bool unspecified = false) {
        return RaceFlags{ai, asian, black, pi, white, hispanic, unspecified};
    };
    const std::vector<Case> cases = {
        {"700", flags(false, false, false, false, true)},
        {"White", flags(false, false, false, false, true)},
        {"W", flags(false, false, false, false, true)},
        {"201", flags(false, true, false, false, false)},
        {"Filipino", flags(false, true, false, false, false)},
        {"400", flags(false, true, false, false, false)},
        {"100;700", flags(true, false, false, false, true)},
        {"Black or African American; White", flags(false, false, true, false, true)},
        {"Black/African American", flags(false, false, true, false, false)},
        {"Asian/White", flags(false, true, false, false, true)},
        {"American Indian or Alaska Native", flags(true, false, false, false, false)},
        {"Native Hawaiian or Other Pacific Islander", flags(false, false, false, true, false)},
        {"303 | 600", flags(false, false, true, true, false)},
        {"Hispanic or Latino", flags(false, false, false, false, false, true)},
        {"Two or More Races", flags(false, false, false, false, false, false, true)},
        {"Declined to State", flags(false, false, false, false, false)},
    };
    for (const Case& c : cases) {
        const auto result = RosterValues::race(u(c.text));
        ASSERT_TRUE(result.ok()) << c.text << ": " << result.error().message.toStdString();
        ASSERT_TRUE(result.value().has_value()) << c.text;
        EXPECT_EQ(*result.value(), c.flags) << c.text;
    }
    EXPECT_EQ(RosterValues::race(u(" ")).value(), std::nullopt);
    const auto wrong = RosterValues::race(u("Asian; Martian"));
    ASSERT_FALSE(wrong.ok());
    EXPECT_TRUE(wrong.error().message.contains(QStringLiteral("\"Martian\"")));
    EXPECT_TRUE(wrong.error().message.contains(QStringLiteral("CALPADS")));
}

TEST(RosterValues, Dates)
{
    const QDate today(2026, 9, 1);
    const Table<QDate> accepted = {
        {"2016-09-08", QDate(2016, 9, 8)},
        {"2016/9/8", QDate(2016, 9, 8)},
        {"9/8/2016", QDate(2016, 9, 8)},
        {"09/08/2016", QDate(2016, 9, 8)},
        {"9-8-2016", QDate(2016, 9, 8)},
        {"9/8/16", QDate(2016, 9, 8)},
        {"8/9/95", QDate(1995, 8, 9)},
        {"1/1/26", QDate(2026, 1, 1)},
        {"12/31/26", QDate(1926, 12, 31)},
        {"20160908", QDate(2016, 9, 8)},
        {"Sep 8, 2016", QDate(2016, 9, 8)},
        {"September 8 2016", QDate(2016, 9, 8)},
        {"Sept. 8, 2016", QDate(2016, 9, 8)},
        {"8-Sep-2016", QDate(2016, 9, 8)},
        {"8 Sep 16", QDate(2016, 9, 8)},
        {"9/8/2016 0:00", QDate(2016, 9, 8)},
        {"9/8/2016 12:00:00 AM", QDate(2016, 9, 8)},
        {"2016-09-08T00:00:00", QDate(2016, 9, 8)},
        {"2016-09-08 00:00:00.000", QDate(2016, 9, 8)},
        {" 2016-09-08 ", QDate(2016, 9, 8)},
    };
    for (const auto& [text, date] : accepted) {
        const auto result = RosterValues::date(u(text), today);
        ASSERT_TRUE(result.ok()) << text << ": " << result.error().message.toStdString();
        EXPECT_EQ(result.value(), std::optional<QDate>(date)) << text;
    }
    EXPECT_EQ(RosterValues::date(QString(), today).value(), std::nullopt);
    for (const char* unreadable : {"the 8th of May", "2016-09", "9/8", "Smarch 8, 2016", "2016.09.08"}) {
        const auto result = RosterValues::date(u(unreadable), today);
        ASSERT_FALSE(result.ok()) << unreadable;
        EXPECT_TRUE(result.error().message.contains(QStringLiteral("YYYY-MM-DD"))) << "names the formats";
        EXPECT_TRUE(result.error().message.contains(QStringLiteral("MM/DD/YYYY")));
    }
    for (const char* impossible : {"2015-02-30", "13/45/2016", "20161301"}) {
        const auto result = RosterValues::date(u(impossible), today);
        ASSERT_FALSE(result.ok()) << impossible;
        EXPECT_TRUE(result.error().message.contains(QStringLiteral("not a real date"))) << impossible;
    }
}

TEST(RosterValues, AttendanceRate)
{
    const Table<double> accepted = {{"97.5", 97.5},  {"97,5", 97.5}, {"97.5%", 97.5}, {"97.5 %", 97.5},
                                    {"0.975", 97.5}, {"1", 100.0},   {"100", 100.0},  {"0", 0.0},
                                    {"1%", 1.0},     {"0.5%", 0.5},  {"88", 88.0},    {" 91.25 ", 91.25}};
    for (const auto& [text, rate] : accepted) {
        const auto result = RosterValues::attendanceRate(u(text));
        ASSERT_TRUE(result.ok() && result.value()) << text;
        EXPECT_EQ(*result.value(), rate) << text << " is stored exactly, the same on every import";
    }
    EXPECT_EQ(RosterValues::attendanceRate(QString()).value(), std::nullopt);
    for (const char* outOfRange : {"105", "-3", "101%"}) {
        const auto result = RosterValues::attendanceRate(u(outOfRange));
        ASSERT_FALSE(result.ok()) << outOfRange;
        EXPECT_TRUE(result.error().message.contains(QStringLiteral("between 0 and 100")));
    }
    for (const char* unreadable : {"N/A", "ninety", "97.5.1", "nan"})
        EXPECT_FALSE(RosterValues::attendanceRate(u(unreadable)).ok()) << unreadable;
}

TEST(RosterValues, DistrictIds)
{
    const Table<const char*> accepted = {{"000123", "000123"},
                                         {" 000123 ", "000123"},
                                         {"S-3001", "S-3001"},
                                         {"=\"000123\"", "000123"},
                                         {"100234", "100234"}};
    for (const auto& [text, id] : accepted) {
        const auto result = RosterValues::districtId(u(text));
        ASSERT_TRUE(result.ok()) << text;
        EXPECT_EQ(result.value(), u(id));
    }
    const auto spaced = RosterValues::districtId(u("70 02"));
    ASSERT_FALSE(spaced.ok());
    EXPECT_TRUE(spaced.error().message.contains(QStringLiteral("space")));
    const auto excel = RosterValues::districtId(u("1.2346E+05"));
    ASSERT_FALSE(excel.ok());
    EXPECT_TRUE(excel.error().message.contains(QStringLiteral("Excel")));
    EXPECT_FALSE(RosterValues::districtId(u("  ")).ok());
}

TEST(RosterValues, Languages)
{
    const Table<const char*> accepted = {
        {"Spanish", "es"},
        {"Español", "es"},
        {"ESPANOL", "es"},
        {"es", "es"},
        {"spa", "es"},
        {"01", "es"},
        {"1", "es"},
        {"es-MX", "es"},
        {"Korean", "ko"},
        {"한국어", "ko"},
        {"Armenian", "hy"},
        {"Հայերեն", "hy"},
        {"Chinese", "zh-Hans"},
        {"Mandarin", "zh-Hans"},
        {"普通话", "zh-Hans"},
        {"zh-CN", "zh-Hans"},
        {"Cantonese", "zh-Hant"},
        {"Traditional Chinese", "zh-Hant"},
        {"廣東話", "zh-Hant"},
        {"zh-TW", "zh-Hant"},
        {"03", "zh-Hant"},
        {"Vietnamese", "vi"},
        {"Tiếng Việt", "vi"},
        {"tieng viet", "vi"},
        {"Tagalog", "tl"},
        {"Filipino", "tl"},
        {"fil", "tl"},
        {"Russian", "ru"},
        {"Русский", "ru"},
        {"Farsi", "fa"},
        {"Persian", "fa"},
        {"فارسی", "fa"},
        {"Arabic", "ar"},
        {"العربية", "ar"},
        {"English", "en"},
        {"00", "en"},
        {"Japanese", "ja"},
        {"Punjabi", "pa"},
        {"ਪੰਜਾਬੀ", "pa"},
        {"Hindi", "hi"},
        {"Khmer", "km"},
        {"Cambodian", "km"},
        {"Hmong", "hmn"},
        {"Portuguese", "pt"},
        {"Français", "fr"},
        {"Somali", "so"},
        {"Ukrainian", "uk"},
    };
    for (const auto& [text, code] : accepted) {
        const auto result = RosterValues::language(u(text));
        ASSERT_TRUE(result.has_value()) << text;
        EXPECT_TRUE(result->known) << text;
        EXPECT_EQ(result->code, u(code)) << text;
    }
    EXPECT_EQ(RosterValues::language(u("  ")), std::nullopt);
    const auto unknown = RosterValues::language(u(" Lea  Tahiti "));
    ASSERT_TRUE(unknown.has_value());
    EXPECT_FALSE(unknown->known) << "kept as written, with a note, rather than refused";
    EXPECT_EQ(unknown->code, u("Lea Tahiti"));
}

TEST(RosterValues, RelationshipsNamesAndPhones)
{
    const Table<const char*> relationships = {{"Mother", "mother"},
                                              {"MOM", "mother"},
                                              {"Madre", "mother"},
                                              {"Father", "father"},
                                              {"Grandmother", "grandparent"},
                                              {"Abuela", "grandparent"},
                                              {"Uncle", "aunt_uncle"},
                                              {"Tía", "aunt_uncle"},
                                              {"Sister", "sibling"},
                                              {"Foster Mother", "foster_parent"},
                                              {"Legal Guardian", "guardian"},
                                              {"Parent", "guardian"},
                                              {"Godmother", "other"},
                                              {"", ""}};
    for (const auto& [text, code] : relationships)
        EXPECT_EQ(RosterValues::relationship(u(text)), u(code)) << text;

    const PersonName comma = RosterValues::splitName(u("Muñoz,  Rosa María"));
    EXPECT_EQ(comma.first, u("Rosa María"));
    EXPECT_EQ(comma.last, u("Muñoz"));
    const PersonName spaced = RosterValues::splitName(u(" Carmen  Rodríguez "));
    EXPECT_EQ(spaced.first, u("Carmen"));
    EXPECT_EQ(spaced.last, u("Rodríguez"));
    EXPECT_EQ(RosterValues::splitName(u("Rosa")).first, u("Rosa"));

    EXPECT_EQ(RosterValues::phone(u("  (323) 555-0101 ")), u("(323) 555-0101")) << "kept as written";
    EXPECT_EQ(RosterValues::cleanText(u("  María   José ")), u("María José"));
}

} // namespace
} // namespace tutordesk
