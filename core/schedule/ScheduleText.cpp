#include "schedule/ScheduleText.h"

#include <QCoreApplication>
#include <QLocale>

#include <array>

namespace tutordesk {

QString ScheduleText::day(const QDate& day)
{
    // Shortening the locale's own long pattern keeps its order and punctuation: "Tue, Dec 1, 2026" in
    // the US, "Tue 1 Dec 2026" in Britain, "mar. 1 déc. 2026" in France.
    const QLocale locale;
    QString format = locale.dateFormat(QLocale::LongFormat);
    format.replace(QLatin1String("dddd"), QLatin1String("ddd"));
    format.replace(QLatin1String("MMMM"), QLatin1String("MMM"));
    return locale.toString(day, format);
}

QString ScheduleText::time(const QTime& time)
{
    return time.toString(QStringLiteral("HH:mm"));
}

QString ScheduleText::timeRange(const QTime& start, int minutes)
{
    return ScheduleText::time(start) + QChar(0x2013) + ScheduleText::time(start.addSecs(minutes * 60));
}

QString ScheduleText::weekdayPlural(int weekday)
{
    static const std::array<const char*, 7> names = {
        QT_TRANSLATE_NOOP("tutordesk::Schedule", "Mondays"),
        QT_TRANSLATE_NOOP("tutordesk::Schedule", "Tuesdays"),
        QT_TRANSLATE_NOOP("tutordesk::Schedule", "Wednesdays"),
        QT_TRANSLATE_NOOP("tutordesk::Schedule", "Thursdays"),
        QT_TRANSLATE_NOOP("tutordesk::Schedule", "Fridays"),
        QT_TRANSLATE_NOOP("tutordesk::Schedule", "Saturdays"),
        QT_TRANSLATE_NOOP("tutordesk::Schedule", "Sundays"),
    };
    if (weekday < 1 || weekday > 7)
        return {};
    return QCoreApplication::translate("tutordesk::Schedule", names[static_cast<std::size_t>(weekday - 1)]);
}

QString ScheduleText::storedTime(const QTime& time)
{
    return time.isValid() ? time.toString(QStringLiteral("HH:mm")) : QString();
}

QTime ScheduleText::parseTime(const QString& text)
{
    QTime time = QTime::fromString(text, QStringLiteral("HH:mm"));
    if (!time.isValid()) // hand-edited or imported rows: "9:05", "09:05:00"
        time = QTime::fromString(text, QStringLiteral("H:mm"));
    if (!time.isValid())
        time = QTime::fromString(text, QStringLiteral("HH:mm:ss"));
    return time;
}

QDate ScheduleText::parseDay(const QString& text)
{
    return QDate::fromString(text, Qt::ISODate);
}

} // namespace tutordesk
