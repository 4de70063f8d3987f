#include "letters/LetterMerge.h"

namespace tutordesk {

Result<MergedLetter> LetterMerge::merge(Store&, const LetterRequest&)
{
    return Error{QStringLiteral("not implemented yet")};
}
Result<std::vector<MergedLetter>> LetterMerge::mergeAll(Store&, const std::vector<LetterRequest>&)
{
    return Error{QStringLiteral("not implemented yet")};
}
QString LetterMerge::fill(const QString& body, const QHash<QString, QString>&, QStringList*)
{
    return body;
}

} // namespace tutordesk
