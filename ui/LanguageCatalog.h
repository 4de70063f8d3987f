#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

#include <vector>

namespace tutordesk {

// One language the window is translated into, and how much of it.
struct UiLanguageInfo {
    QString code; // as in translations/tutordesk_<code>.ts: "es", "zh_CN"
    int translated = 0;
    int total = 0;
    int percent() const { return total > 0 ? translated * 100 / total : 0; }
};

// The languages TutorDesk's window can speak, as counted from the .ts files at build time. A
// language below the threshold is left out: a window half in English is harder to use than one
// wholly in English.
class LanguageCatalog {
public:
    // What the build counted (":/i18n/languages.txt").
    static LanguageCatalog builtIn();
    // "threshold=60\nes=3067/3067\n…"
    static LanguageCatalog parse(const QString& table);

    int threshold() const { return m_threshold; }
    const std::vector<UiLanguageInfo>& all() const { return m_all; }
    std::vector<UiLanguageInfo> offered() const;
    bool isOffered(const QString& code) const;

    // The language to show for a saved choice: the choice when it is offered; else ("" = follow the
    // system) the first of the system's languages that is offered; else "" for English.
    QString resolve(const QString& choice, const QStringList& systemLanguages) const;

    // The locale of a language code, for dates and numbers ("tl" is Filipino in CLDR).
    static QLocale localeOf(const QString& code);
    // The language's name in itself: "Español", "한국어", "العربية".
    static QString nativeName(const QString& code);

private:
    int m_threshold = 100;
    std::vector<UiLanguageInfo> m_all;
};

} // namespace tutordesk
