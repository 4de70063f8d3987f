#include "letters/LetterKinds.h"

namespace tutordesk {

QStringList LetterKinds::codes()
{
    return {QStringLiteral("enrollment"), QStringLiteral("missed-1"), QStringLiteral("missed-2"),
            QStringLiteral("missed-3"),   QStringLiteral("progress"), QStringLiteral("summary")};
}
bool LetterKinds::isKnown(const QString& kind)
{
    return codes().contains(kind);
}
QString LetterKinds::title(const QString& kind)
{
    return kind;
}
QString LetterKinds::purpose(const QString&)
{
    return QStringLiteral("general");
}
QStringList LetterKinds::placeholders(const QString&)
{
    return {};
}
QString LetterKinds::placeholderHelp(const QString& name)
{
    return name;
}

} // namespace tutordesk
