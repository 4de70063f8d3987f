#include "LanguageNames.h"

#include <QLocale>

namespace tutordesk {

namespace {

struct Names {
    QString ui;
    QString native;
};

// The languages of DESIGN.md are named here, because QLocale names the language of its default
// country ("español de España", "American English") and calls Tagalog "Filipino".
Names knownNames(const QString& code)
{
    if (code == QLatin1String("en"))
        return {LanguageNames::tr("English"), QStringLiteral("English")};
    if (code == QLatin1String("es"))
        return {LanguageNames::tr("Spanish"), QStringLiteral("español")};
    if (code == QLatin1String("ko"))
        return {LanguageNames::tr("Korean"), QStringLiteral("한국어")};
    if (code == QLatin1String("zh-Hans"))
        return {LanguageNames::tr("Chinese, Simplified"), QStringLiteral("简体中文")};
    if (code == QLatin1String("zh-Hant"))
        return {LanguageNames::tr("Chinese, Traditional"), QStringLiteral("繁體中文")};
    if (code == QLatin1String("hy"))
        return {LanguageNames::tr("Armenian"), QStringLiteral("հայերեն")};
    if (code == QLatin1String("vi"))
        return {LanguageNames::tr("Vietnamese"), QStringLiteral("Tiếng Việt")};
    if (code == QLatin1String("tl"))
        return {LanguageNames::tr("Tagalog"), QStringLiteral("Tagalog")};
    if (code == QLatin1String("ru"))
        return {LanguageNames::tr("Russian"), QStringLiteral("русский")};
    if (code == QLatin1String("fa"))
        return {LanguageNames::tr("Persian"), QStringLiteral("فارسی")};
    if (code == QLatin1String("ar"))
        return {LanguageNames::tr("Arabic"), QStringLiteral("العربية")};
    const QLocale locale(code);
    if (locale.language() == QLocale::C)
        return {};
    return {QLocale::languageToString(locale.language()), locale.nativeLanguageName()};
}

} // namespace

QString LanguageNames::displayName(const QString& code)
{
    if (code.isEmpty())
        return {};
    const Names names = knownNames(code);
    if (names.ui.isEmpty())
        return code; // not a language Qt knows: the code is all there is
    if (names.native.isEmpty() || names.native.compare(names.ui, Qt::CaseInsensitive) == 0)
        return names.ui;
    return tr("%1 (%2)", "language name in the UI language, then in its own").arg(names.ui, names.native);
}

} // namespace tutordesk
