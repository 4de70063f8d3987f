#include "letters/LetterLog.h"

namespace tutordesk {

std::vector<LetterRequest> DueLetters::due(Store&, const QDate&)
{
    return {};
}

} // namespace tutordesk
