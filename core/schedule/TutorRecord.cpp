#include "schedule/TutorRecord.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::TutorText)
};

int minutesOf(const QTime& time)
{
    return time.hour() * 60 + time.minute();
}

} // namespace

bool AvailabilityWindow::covers(int weekdayOfSession, const QTime& start, int minutes) const
{
    if (weekday != weekdayOfSession || !from.isValid() || !to.isValid() || !start.isValid())
        return false;
    const int begin = minutesOf(start);
    return begin >= minutesOf(from) && begin + std::max(minutes, 0) <= minutesOf(to);
}

QString TutorRecord::displayName() const
{
    return QStringList{firstName.trimmed(), lastName.trimmed()}.join(QLatin1Char(' ')).trimmed();
}

bool TutorRecord::availableAt(const QDate& day, const QTime& start, int minutes) const
{
    if (!day.isValid() || !start.isValid())
        return false;
    const int weekday = day.dayOfWeek();
    // Windows that touch ("08:00–10:00" and "10:00–12:00") make one stretch: join them before asking.
    std::vector<AvailabilityWindow> windows;
    for (const AvailabilityWindow& w : availability) {
        if (w.weekday == weekday && w.from.isValid() && w.to.isValid() && w.from < w.to)
            windows.push_back(w);
    }
    std::sort(windows.begin(), windows.end(),
              [](const AvailabilityWindow& a, const AvailabilityWindow& b) { return a.from < b.from; });
    std::vector<AvailabilityWindow> joined;
    for (const AvailabilityWindow& w : windows) {
        if (!joined.empty() && w.from <= joined.back().to)
            joined.back().to = std::max(joined.back().to, w.to);
        else
            joined.push_back(w);
    }
    return std::any_of(joined.begin(), joined.end(),
                       [&](const AvailabilityWindow& w) { return w.covers(weekday, start, minutes); });
}

const QStringList& TutorText::typeCodes()
{
    static const QStringList codes{QStringLiteral("certified_teacher"), QStringLiteral("paraprofessional"),
                                   QStringLiteral("college_student"),   QStringLiteral("retired_educator"),
                                   QStringLiteral("community_tutor"),   QStringLiteral("vendor_virtual")};
    return codes;
}

QString TutorText::typeTitle(const QString& type)
{
    if (type == QLatin1String("certified_teacher"))
        return Tr::tr("Certified teacher");
    if (type == QLatin1String("paraprofessional"))
        return Tr::tr("Paraprofessional");
    if (type == QLatin1String("college_student"))
        return Tr::tr("College student");
    if (type == QLatin1String("retired_educator"))
        return Tr::tr("Retired educator");
    if (type == QLatin1String("community_tutor"))
        return Tr::tr("Community tutor");
    if (type == QLatin1String("vendor_virtual"))
        return Tr::tr("Vendor (virtual)");
    return type;
}

const QStringList& TutorText::statusCodes()
{
    static const QStringList codes{QStringLiteral("active"), QStringLiteral("substitute"),
                                   QStringLiteral("inactive")};
    return codes;
}

QString TutorText::statusTitle(const QString& status)
{
    if (status == QLatin1String("active"))
        return Tr::tr("Active");
    if (status == QLatin1String("substitute"))
        return Tr::tr("Substitute pool");
    if (status == QLatin1String("inactive"))
        return Tr::tr("Inactive");
    return status;
}

QString TutorText::availability(const std::vector<AvailabilityWindow>& windows)
{
    std::vector<AvailabilityWindow> sorted = windows;
    std::sort(sorted.begin(), sorted.end(), [](const AvailabilityWindow& a, const AvailabilityWindow& b) {
        return a.weekday != b.weekday ? a.weekday < b.weekday : a.from < b.from;
    });
    const QLocale locale;
    QStringList parts;
    for (const AvailabilityWindow& w : sorted) {
        if (w.weekday < 1 || w.weekday > 7)
            continue;
        parts << Tr::tr("%1 %2\u2013%3")
                     .arg(locale.dayName(w.weekday, QLocale::ShortFormat),
                          w.from.toString(QStringLiteral("HH:mm")), w.to.toString(QStringLiteral("HH:mm")));
    }
    return parts.join(Tr::tr(", "));
}

} // namespace tutordesk
