#include "letters/LetterTemplates.h"

namespace tutordesk {

std::optional<LetterTemplate> LetterTemplates::builtIn(const QString&, const QString&)
{
    return std::nullopt;
}
std::optional<LetterTemplate> LetterTemplates::effective(Store&, const QString&, const QString&)
{
    return std::nullopt;
}
QJsonObject LetterTemplates::terms(Store&, const QString&)
{
    return {};
}
std::vector<TemplateStatus> LetterTemplates::overview(Store&)
{
    return {};
}
Result<int> LetterTemplates::installPack(Store&, const QString&)
{
    return Error{QStringLiteral("not implemented yet")};
}
Result<void> LetterTemplates::removePack(Store&)
{
    return Error{QStringLiteral("not implemented yet")};
}
Result<void> LetterTemplates::saveEdit(Store&, const LetterTemplate&, const QString&, bool)
{
    return Error{QStringLiteral("not implemented yet")};
}
Result<void> LetterTemplates::revertEdit(Store&, const QString&, const QString&)
{
    return Error{QStringLiteral("not implemented yet")};
}

} // namespace tutordesk
