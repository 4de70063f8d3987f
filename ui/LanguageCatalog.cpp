#include "LanguageCatalog.h"

#include <QFile>

#include <algorithm>
#include <utility>

namespace tutordesk {

LanguageCatalog LanguageCatalog::builtIn()
{
    QFile file(QStringLiteral(":/i18n/languages.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return parse(QString::fromUtf8(file.readAll()));
}

LanguageCatalog LanguageCatalog::parse(const QString& table)
{
    LanguageCatalog catalog;
    const QStringList lines = table.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString& line : lines) {
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0)
            continue;
        const QString key = line.left(eq).trimmed();
        const QString value = line.mid(eq + 1).trimmed();
        if (key == QLatin1String("threshold")) {
            catalog.m_threshold = value.toInt();
            continue;
        }
        const QStringList counts = value.split(QLatin1Char('/'));
        if (counts.size() != 2)
            continue;
        catalog.m_all.push_back({key, counts[0].toInt(), counts[1].toInt()});
    }
    return catalog;
}

std::vector<UiLanguageInfo> LanguageCatalog::offered() const
{
    std::vector<UiLanguageInfo> result;
    std::copy_if(m_all.begin(), m_all.end(), std::back_inserter(result),
                 [this](const UiLanguageInfo& l) { return l.total > 0 && l.percent() >= m_threshold; });
    return result;
}

bool LanguageCatalog::isOffered(const QString& code) const
{
    const auto languages = offered();
    return std::any_of(languages.begin(), languages.end(),
                       [&code](const UiLanguageInfo& l) { return l.code == code; });
}

QString LanguageCatalog::resolve(const QString& choice, const QStringList& systemLanguages) const
{
    if (choice == QLatin1String("en"))
        return {};
    if (!choice.isEmpty() && isOffered(choice))
        return choice;
    // Follow the system: "es-MX" speaks "es"; only Simplified Chinese readers get zh_CN.
    for (const QString& name : systemLanguages) {
        const QLocale system(name);
        if (system.language() == QLocale::English)
            return {};
        for (const UiLanguageInfo& language : offered()) {
            const QLocale candidate = localeOf(language.code);
            if (candidate.language() != system.language())
                continue;
            if (system.language() == QLocale::Chinese && system.script() != QLocale::SimplifiedHanScript)
                continue;
            return language.code;
        }
    }
    return {};
}

QLocale LanguageCatalog::localeOf(const QString& code)
{
    if (code == QLatin1String("tl"))
        return QLocale(QLocale::Filipino, QLocale::Philippines);
    if (code.isEmpty() || code == QLatin1String("en"))
        return QLocale(QLocale::English, QLocale::UnitedStates);
    return QLocale(code);
}

QString LanguageCatalog::nativeName(const QString& code)
{
    // Named here: QLocale names the language of its default country ("español de España") and
    // calls Tagalog "Filipino". Capitalised as a menu of languages writes them.
    static const std::pair<const char*, const char16_t*> names[] = {
        {"es", u"Español"},    {"ko", u"한국어"},  {"zh_CN", u"简体中文"}, {"hy", u"Հայերեն"},
        {"vi", u"Tiếng Việt"}, {"tl", u"Tagalog"}, {"ru", u"Русский"},     {"fa", u"فارسی"},
        {"ar", u"العربية"},    {"en", u"English"},
    };
    for (const auto& [known, name] : names)
        if (code == QLatin1String(known))
            return QString::fromUtf16(name);
    return localeOf(code).nativeLanguageName();
}

} // namespace tutordesk
