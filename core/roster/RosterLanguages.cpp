// RosterValues::language: home and correspondence languages as BCP 47, from the codes and names
// California systems use (ISO 639-1 and -2, CALPADS two-digit codes, names in English and in the
// language itself).
#include "roster/RosterValues.h"

#include <QHash>
#include <QRegularExpression>

#include <initializer_list>

namespace tutordesk {

namespace {

struct Language {
    const char* code;
    std::initializer_list<const char*> spellings;
};

// CALPADS two-digit codes are the pre-2023 ones still found in district exports (CDE's list);
// Chinese spoken forms map to the script their families read (Cantonese, Toishanese and Taiwanese
// to Traditional, Mandarin to Simplified), because TutorDesk uses the language for letters.
const Language languages[] = {
    {"en", {"en", "eng", "00", "English", "Inglés"}},
    {"es", {"es", "spa", "01", "Spanish", "Español", "Castellano"}},
    {"vi", {"vi", "vie", "02", "Vietnamese", "Tiếng Việt"}},
    {"zh-Hant",
     {"zh-Hant", "yue", "03", "46", "53", "Cantonese", "Traditional Chinese", "Chinese (Traditional)",
      "Chinese Traditional", "Toishanese", "Taishanese", "Taiwanese", "粵語", "粤语", "廣東話", "广东话",
      "繁體中文", "繁体中文"}},
    {"ko", {"ko", "kor", "04", "Korean", "한국어", "한국말", "조선말"}},
    {"tl", {"tl", "tgl", "fil", "05", "Tagalog", "Filipino", "Pilipino", "Filipino (Pilipino or Tagalog)"}},
    {"pt", {"pt", "por", "06", "Portuguese", "Português"}},
    {"zh-Hans",
     {"zh-Hans", "zh", "zho", "chi", "cmn", "07", "Mandarin", "Mandarin (Putonghua)", "Putonghua", "Chinese",
      "Simplified Chinese", "Chinese (Simplified)", "Chinese Simplified", "中文", "汉语", "普通话",
      "简体中文", "國語", "国语"}},
    {"ja", {"ja", "jpn", "08", "Japanese", "日本語"}},
    {"km", {"km", "khm", "09", "Khmer", "Cambodian", "Khmer (Cambodian)", "ខ្មែរ", "ភាសាខ្មែរ"}},
    {"lo", {"lo", "lao", "10", "Lao", "Laotian", "ລາວ"}},
    {"ar", {"ar", "ara", "arb", "11", "Arabic", "العربية", "عربي"}},
    {"hy", {"hy", "hye", "arm", "12", "Armenian", "Հայերեն"}},
    {"my", {"my", "mya", "bur", "13", "Burmese", "Myanmar", "မြန်မာ"}},
    {"nl", {"nl", "nld", "dut", "15", "Dutch", "Nederlands"}},
    {"fa", {"fa", "fas", "per", "pes", "16", "Farsi", "Persian", "Farsi (Persian)", "فارسی"}},
    {"fr", {"fr", "fra", "fre", "17", "French", "Français"}},
    {"de", {"de", "deu", "ger", "18", "German", "Deutsch"}},
    {"el", {"el", "ell", "gre", "19", "Greek", "Ελληνικά"}},
    {"he", {"he", "heb", "21", "Hebrew", "עברית"}},
    {"hi", {"hi", "hin", "22", "Hindi", "हिन्दी", "हिंदी"}},
    {"hmn", {"hmn", "23", "Hmong", "Hmoob"}},
    {"hu", {"hu", "hun", "24", "Hungarian", "Magyar"}},
    {"ilo", {"ilo", "25", "Ilocano", "Ilokano"}},
    {"id", {"ind", "26", "Indonesian", "Bahasa Indonesia"}},
    {"it", {"ita", "27", "Italian", "Italiano"}},
    {"pa", {"pa", "pan", "28", "Punjabi", "Panjabi", "ਪੰਜਾਬੀ", "پنجابی"}},
    {"ru", {"ru", "rus", "29", "Russian", "Русский"}},
    {"sm", {"sm", "smo", "30", "Samoan", "Gagana Samoa"}},
    {"th", {"th", "tha", "32", "Thai", "ไทย"}},
    {"tr", {"tr", "tur", "33", "Turkish", "Türkçe"}},
    {"to", {"ton", "34", "Tongan", "Lea Faka-Tonga"}},
    {"ur", {"ur", "urd", "35", "Urdu", "اردو"}},
    {"ceb", {"ceb", "36", "Cebuano", "Cebuano (Visayan)", "Visayan"}},
    {"uk", {"uk", "ukr", "38", "Ukrainian", "Українська"}},
    {"ps", {"ps", "pus", "40", "Pashto", "پښتو"}},
    {"pl", {"pl", "pol", "41", "Polish", "Polski"}},
    {"gu", {"gu", "guj", "43", "Gujarati", "ગુજરાતી"}},
    {"so", {"so", "som", "Somali", "Soomaali", "Af-Soomaali"}},
    {"am", {"amh", "Amharic", "አማርኛ"}},
    {"ti", {"ti", "tir", "Tigrinya", "ትግርኛ"}},
    {"bn", {"bn", "ben", "Bengali", "Bangla", "বাংলা"}},
    {"ta", {"ta", "tam", "Tamil", "தமிழ்"}},
    {"te", {"te", "tel", "Telugu", "తెలుగు"}},
    {"prs", {"prs", "Dari"}},
    {"mam", {"mam", "Mam"}},
    {"quc", {"quc", "K'iche'", "Kiche", "Quiché"}},
};

const QHash<QString, QString>& languageTable()
{
    static const QHash<QString, QString> table = [] {
        QHash<QString, QString> built;
        for (const Language& language : languages) {
            for (const char* spelling : language.spellings)
                built.insert(RosterValues::squash(QString::fromUtf8(spelling)),
                             QString::fromLatin1(language.code));
        }
        return built;
    }();
    return table;
}

} // namespace

std::optional<LanguageValue> RosterValues::language(const QString& text)
{
    const QString value = text.trimmed();
    if (value.isEmpty())
        return std::nullopt;
    const auto& table = languageTable();
    if (const auto it = table.constFind(squash(value)); it != table.constEnd())
        return LanguageValue{*it, true};
    // A CALPADS code without its leading zero ("1" for Spanish).
    if (value.size() == 1 && value.at(0).isDigit()) {
        if (const auto it = table.constFind(QLatin1Char('0') + value); it != table.constEnd())
            return LanguageValue{*it, true};
    }
    // A BCP 47 tag with a region: es-MX is Spanish; zh-TW and zh-HK are read in Traditional script.
    static const QRegularExpression tagged(QStringLiteral("^([A-Za-z]{2,3})[-_]([A-Za-z]{2}|\\d{3})$"));
    if (const auto match = tagged.match(value); match.hasMatch()) {
        const QString base = match.captured(1).toLower();
        const QString region = match.captured(2).toUpper();
        if (base == QLatin1String("zh"))
            return LanguageValue{region == QLatin1String("TW") || region == QLatin1String("HK") ||
                                         region == QLatin1String("MO")
                                     ? QStringLiteral("zh-Hant")
                                     : QStringLiteral("zh-Hans"),
                                 true};
        if (const auto it = table.constFind(base); it != table.constEnd())
            return LanguageValue{*it, true};
    }
    return LanguageValue{cleanText(value), false};
}

} // namespace tutordesk
