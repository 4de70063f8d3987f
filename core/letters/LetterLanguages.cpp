#include "letters/LetterLanguages.h"

#include <QHash>

namespace tutordesk {

namespace {

LetterLanguage language(const char* code, const char* english, const QString& native, const QLocale& locale,
                        bool rtl, const QStringList& scriptFonts)
{
    // Script fonts first so that shared characters (Han, Arabic) take the language's forms; Latin
    // last for the digits, names and addresses a letter in any script carries.
    QStringList fonts = scriptFonts;
    fonts << QStringLiteral("Noto Sans");
    return LetterLanguage{
        QString::fromLatin1(code), QString::fromLatin1(english), native, locale, rtl, fonts};
}

std::vector<LetterLanguage> makeLanguages()
{
    // Arabic: ar_EG, whose Arabic-Indic digits (٠١٢٣) are the ones families from Egypt, the Levant,
    // Iraq, Yemen and the Gulf read in letters; the Maghreb's Western digits are rarer in our schools.
    return {
        language("en", "English", QStringLiteral("English"), QLocale(QLocale::English, QLocale::UnitedStates),
                 false, {}),
        language("es", "Spanish", QStringLiteral("Espa\u00f1ol"),
                 QLocale(QLocale::Spanish, QLocale::UnitedStates), false, {}),
        language("ko", "Korean", QStringLiteral("\ud55c\uad6d\uc5b4"),
                 QLocale(QLocale::Korean, QLocale::SouthKorea), false, {QStringLiteral("Noto Sans CJK KR")}),
        language("zh-Hans", "Chinese (Simplified)", QStringLiteral("\u7b80\u4f53\u4e2d\u6587"),
                 QLocale(QLocale::Chinese, QLocale::SimplifiedHanScript, QLocale::China), false,
                 {QStringLiteral("Noto Sans CJK SC")}),
        language("zh-Hant", "Chinese (Traditional)", QStringLiteral("\u7e41\u9ad4\u4e2d\u6587"),
                 QLocale(QLocale::Chinese, QLocale::TraditionalHanScript, QLocale::Taiwan), false,
                 {QStringLiteral("Noto Sans CJK TC")}),
        language("hy", "Armenian", QStringLiteral("\u0540\u0561\u0575\u0565\u0580\u0565\u0576"),
                 QLocale(QLocale::Armenian, QLocale::Armenia), false, {QStringLiteral("Noto Sans Armenian")}),
        language("vi", "Vietnamese", QStringLiteral("Ti\u1ebfng Vi\u1ec7t"),
                 QLocale(QLocale::Vietnamese, QLocale::Vietnam), false, {}),
        language("tl", "Tagalog", QStringLiteral("Tagalog"), QLocale(QLocale::Filipino, QLocale::Philippines),
                 false, {}),
        language("ru", "Russian", QStringLiteral("\u0420\u0443\u0441\u0441\u043a\u0438\u0439"),
                 QLocale(QLocale::Russian, QLocale::Russia), false, {}),
        language("fa", "Farsi", QStringLiteral("\u0641\u0627\u0631\u0633\u06cc"),
                 QLocale(QLocale::Persian, QLocale::Iran), true,
                 {QStringLiteral("Noto Naskh Arabic"), QStringLiteral("Noto Sans Arabic")}),
        language("ar", "Arabic", QStringLiteral("\u0627\u0644\u0639\u0631\u0628\u064a\u0629"),
                 QLocale(QLocale::Arabic, QLocale::Egypt), true,
                 {QStringLiteral("Noto Naskh Arabic"), QStringLiteral("Noto Sans Arabic")}),
    };
}

// Other spellings families' records use for a letter language: ISO 639-2/3 codes, macrolanguage
// members and the Chinese varieties, which decide the script.
const QHash<QString, QString>& aliases()
{
    static const QHash<QString, QString> map{
        {QStringLiteral("eng"), QStringLiteral("en")},
        {QStringLiteral("spa"), QStringLiteral("es")},
        {QStringLiteral("kor"), QStringLiteral("ko")},
        {QStringLiteral("zh"), QStringLiteral("zh-Hans")},
        {QStringLiteral("zho"), QStringLiteral("zh-Hans")},
        {QStringLiteral("chi"), QStringLiteral("zh-Hans")},
        {QStringLiteral("cmn"), QStringLiteral("zh-Hans")},
        {QStringLiteral("yue"), QStringLiteral("zh-Hant")},
        {QStringLiteral("hye"), QStringLiteral("hy")},
        {QStringLiteral("arm"), QStringLiteral("hy")},
        {QStringLiteral("vie"), QStringLiteral("vi")},
        {QStringLiteral("fil"), QStringLiteral("tl")},
        {QStringLiteral("tgl"), QStringLiteral("tl")},
        {QStringLiteral("rus"), QStringLiteral("ru")},
        {QStringLiteral("pes"), QStringLiteral("fa")},
        {QStringLiteral("prs"), QStringLiteral("fa")},
        {QStringLiteral("fas"), QStringLiteral("fa")},
        {QStringLiteral("per"), QStringLiteral("fa")},
        {QStringLiteral("ara"), QStringLiteral("ar")},
        {QStringLiteral("arb"), QStringLiteral("ar")},
    };
    return map;
}

} // namespace

const std::vector<LetterLanguage>& LetterLanguages::all()
{
    static const std::vector<LetterLanguage> languages = makeLanguages();
    return languages;
}

QStringList LetterLanguages::codes()
{
    QStringList result;
    for (const LetterLanguage& l : all())
        result << l.code;
    return result;
}

const LetterLanguage* LetterLanguages::find(const QString& code)
{
    for (const LetterLanguage& l : all()) {
        if (l.code == code)
            return &l;
    }
    return nullptr;
}

QString LetterLanguages::normalize(const QString& code)
{
    const QString lowered = code.trimmed().toLower().replace(QLatin1Char('_'), QLatin1Char('-'));
    if (lowered.isEmpty())
        return {};
    for (const LetterLanguage& l : all()) {
        if (l.code.toLower() == lowered)
            return l.code;
    }
    const QStringList parts = lowered.split(QLatin1Char('-'), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return {};
    const QString primary = parts.front();
    const QStringList rest = parts.mid(1);
    if (primary == QLatin1String("zh") || primary == QLatin1String("zho") ||
        primary == QLatin1String("chi") || primary == QLatin1String("cmn")) {
        // The script decides; without one, the region says which script its schools teach.
        for (const QString& part : rest) {
            if (part == QLatin1String("hant") || part == QLatin1String("tw") || part == QLatin1String("hk") ||
                part == QLatin1String("mo"))
                return QStringLiteral("zh-Hant");
        }
        return QStringLiteral("zh-Hans");
    }
    for (const LetterLanguage& l : all()) {
        if (l.code == primary)
            return l.code;
    }
    return aliases().value(primary);
}

const LetterLanguage& LetterLanguages::english()
{
    return all().front();
}

} // namespace tutordesk
