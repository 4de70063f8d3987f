#include "attendance/AttendanceStatus.h"

#include <QCoreApplication>

namespace tutordesk {

QString AttendanceStatuses::code(AttendanceStatus status)
{
    switch (status) {
    case AttendanceStatus::Present:
        return QStringLiteral("present");
    case AttendanceStatus::Tardy:
        return QStringLiteral("tardy");
    case AttendanceStatus::Excused:
        return QStringLiteral("excused");
    case AttendanceStatus::Unexcused:
        return QStringLiteral("unexcused");
    }
    return QStringLiteral("present");
}

std::optional<AttendanceStatus> AttendanceStatuses::fromCode(const QString& codeOrLetter)
{
    const QString text = codeOrLetter.trimmed().toLower();
    for (const AttendanceStatus status : {AttendanceStatus::Present, AttendanceStatus::Tardy,
                                          AttendanceStatus::Excused, AttendanceStatus::Unexcused}) {
        if (text == code(status) || (text.size() == 1 && text.at(0) == letter(status).toLower()))
            return status;
    }
    return std::nullopt;
}

QChar AttendanceStatuses::letter(AttendanceStatus status)
{
    switch (status) {
    case AttendanceStatus::Present:
        return QLatin1Char('P');
    case AttendanceStatus::Tardy:
        return QLatin1Char('T');
    case AttendanceStatus::Excused:
        return QLatin1Char('E');
    case AttendanceStatus::Unexcused:
        return QLatin1Char('U');
    }
    return QLatin1Char('P');
}

QString AttendanceStatuses::title(AttendanceStatus status)
{
    switch (status) {
    case AttendanceStatus::Present:
        return QCoreApplication::translate("tutordesk::AttendanceStatuses", "Present");
    case AttendanceStatus::Tardy:
        return QCoreApplication::translate("tutordesk::AttendanceStatuses", "Tardy");
    case AttendanceStatus::Excused:
        return QCoreApplication::translate("tutordesk::AttendanceStatuses", "Absent, excused");
    case AttendanceStatus::Unexcused:
        return QCoreApplication::translate("tutordesk::AttendanceStatuses", "Absent, unexcused");
    }
    return {};
}

} // namespace tutordesk
