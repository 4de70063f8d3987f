#include "letters/LetterLog.h"

namespace tutordesk {

Result<std::vector<std::int64_t>> LetterLog::record(Store&, const std::vector<MergedLetter>&, const QString&,
                                                    Paper, const QString&, const QDateTime&, const QDate&)
{
    return Error{QStringLiteral("not implemented yet")};
}
std::vector<SentLetter> LetterLog::forStudent(Store&, std::int64_t)
{
    return {};
}

} // namespace tutordesk
