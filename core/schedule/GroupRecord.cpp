#include "schedule/GroupRecord.h"

#include <QLocale>
#include <QStringList>

namespace tutordesk {

bool GroupRecord::usesRoom() const
{
    const QString room = location.trimmed();
    return !room.isEmpty() && !room.contains(QLatin1String("://")) &&
           deliveryModel != QLatin1String("virtual");
}

QString weekdayNames(int weekdays)
{
    const QLocale locale;
    QStringList names;
    for (int day = 1; day <= 7; ++day) {
        if (weekdays & (1 << (day - 1)))
            names << locale.dayName(day, QLocale::ShortFormat);
    }
    return names.join(QLatin1String(", "));
}

} // namespace tutordesk
