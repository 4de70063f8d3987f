#include "letters/LetterTemplate.h"

namespace tutordesk {

QStringList LetterTemplate::placeholders() const
{
    return {};
}
Result<LetterTemplate> LetterTemplateFile::parse(const QString&, const QString& origin)
{
    return Error{origin + QStringLiteral(": not implemented yet")};
}
QString LetterTemplateFile::write(const LetterTemplate&)
{
    return {};
}

} // namespace tutordesk
