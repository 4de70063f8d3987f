#include "roster/StudentKeys.h"

#include "common/TextFold.h"

namespace tutordesk {

StudentKeys studentKeys(const QString& firstName, const QString& lastName, const QString& preferredName,
                        const QString& districtId)
{
    const QString first = foldForSearch(firstName);
    const QString last = foldForSearch(lastName);
    const QString preferred = foldForSearch(preferredName);
    QString search = first + QLatin1Char(' ') + last;
    if (!preferred.isEmpty() && preferred != first)
        search += QLatin1Char(' ') + preferred;
    search += QLatin1Char(' ') + districtId.trimmed();
    return {search, last, first};
}

} // namespace tutordesk
