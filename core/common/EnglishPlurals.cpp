#include "common/EnglishPlurals.h"

namespace tutordesk {

EnglishPlurals::EnglishPlurals(QObject* parent)
    : QTranslator(parent)
{}

EnglishPlurals::~EnglishPlurals() = default;

QString EnglishPlurals::translate(const char*, const char* sourceText, const char*, int n) const
{
    // A null string tells QCoreApplication to ask the next translator, or use the source text.
    if (n < 0 || !sourceText)
        return {};
    QString text = QString::fromUtf8(sourceText);
    if (!text.contains(QLatin1String("(s)")))
        return {};
    // QCoreApplication::translate then replaces %n (and %Ln) in what this returns.
    return text.replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
}

} // namespace tutordesk
