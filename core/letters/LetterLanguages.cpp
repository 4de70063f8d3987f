#include "letters/LetterLanguages.h"

namespace tutordesk {

const std::vector<LetterLanguage>& LetterLanguages::all()
{
    static const std::vector<LetterLanguage> languages{{QStringLiteral("en"),
                                                        QStringLiteral("English"),
                                                        QStringLiteral("English"),
                                                        QLocale(QLocale::English, QLocale::UnitedStates),
                                                        false,
                                                        {QStringLiteral("Noto Sans")}}};
    return languages;
}
QStringList LetterLanguages::codes()
{
    return {QStringLiteral("en")};
}
const LetterLanguage* LetterLanguages::find(const QString&)
{
    return &all().front();
}
QString LetterLanguages::normalize(const QString&)
{
    return QStringLiteral("en");
}
const LetterLanguage& LetterLanguages::english()
{
    return all().front();
}

} // namespace tutordesk
