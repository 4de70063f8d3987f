#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

#include <vector>

namespace tutordesk {

// A language TutorDesk prints family letters in (DESIGN.md section 6: en, es, ko, zh-Hans, zh-Hant, hy, vi,
// tl, ru, fa, ar). The locale formats the letter's dates and numbers; the fonts are Noto families the
// installer provides, in the order a renderer should try them, so that Korean gets Korean glyph forms
// and not Chinese ones for shared characters.
struct LetterLanguage {
    QString code;        // BCP 47 as DESIGN.md writes it: "zh-Hant"
    QString englishName; // "Chinese (Traditional)"
    QString nativeName;  // "繁體中文"
    QLocale locale;
    bool rightToLeft = false;
    QStringList fontFamilies;
};

class LetterLanguages final {
public:
    static const std::vector<LetterLanguage>& all();
    static QStringList codes();
    // Exact code, or nullptr.
    static const LetterLanguage* find(const QString& code);
    // The letter language for a stored or typed code: "es-MX" → "es", "zh", "zh-CN" → "zh-Hans",
    // "zh-TW", "zh-HK", "yue" → "zh-Hant", "fil" → "tl", "pes", "prs", "fa-AF" → "fa", case-insensitive.
    // Empty when TutorDesk has no letters in that language.
    static QString normalize(const QString& code);
    static const LetterLanguage& english();
};

} // namespace tutordesk
