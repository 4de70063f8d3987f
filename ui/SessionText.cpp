#include "SessionText.h"

#include "ProgramText.h"
#include "schedule/ScheduleText.h"

#include <QLocale>

namespace tutordesk {

QString SessionText::when(const ScheduledSession& session)
{
    return tr("%1, %2", "day, time range")
        .arg(ScheduleText::day(session.day), ScheduleText::timeRange(session.start, session.minutes));
}

QString SessionText::teacher(const ScheduledSession& session)
{
    if (!session.substituteName.isEmpty())
        return tr("Sub: %1", "a substitute teaches the session").arg(session.substituteName);
    if (session.tutorName.isEmpty())
        return tr("No tutor");
    return session.tutorName;
}

QString SessionText::status(const ScheduledSession& session)
{
    if (session.isCancelled()) {
        const QString reason = cancelReason(session.cancelReason);
        return reason.isEmpty() ? tr("Cancelled") : tr("Cancelled (%1)", "cancelled (reason)").arg(reason);
    }
    if (session.needsCover)
        return tr("Needs cover: the tutor is out");
    QString text;
    if (session.status == QLatin1String("held"))
        text = tr("Held");
    else
        text = tr("Scheduled");
    if (session.isMakeup())
        text = tr("%1 · Make-up", "status · make-up").arg(text);
    return text;
}

QString SessionText::dateEditFormat()
{
    QString format = QLocale().dateFormat(QLocale::LongFormat);
    format.replace(QLatin1String("dddd"), QLatin1String("ddd"));
    format.replace(QLatin1String("MMMM"), QLatin1String("MMM"));
    return format;
}

QString SessionText::tooltip(const ScheduledSession& s)
{
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(s.groupName.toHtmlEscaped());
    lines << when(s).toHtmlEscaped();
    lines << tr("%1 · %2", "tier · subject")
                 .arg(tierName(s.tier), ProgramText::subject(s.subject))
                 .toHtmlEscaped();
    if (s.substituteName.isEmpty())
        lines << tr("Tutor: %1").arg(s.tutorName.isEmpty() ? tr("none") : s.tutorName).toHtmlEscaped();
    else
        lines << tr("Substitute: %1 (for %2)").arg(s.substituteName, s.tutorName).toHtmlEscaped();
    if (!s.location.isEmpty())
        lines << tr("Room: %1").arg(s.location).toHtmlEscaped();
    lines << tr("Status: %1").arg(status(s)).toHtmlEscaped();
    lines << tr("%1: %2", "3 students: names")
                 .arg(students(static_cast<int>(s.students.size())), studentNames(s))
                 .toHtmlEscaped();
    return lines.join(QStringLiteral("<br>"));
}

QString SessionText::cancelReason(const QString& code)
{
    if (code == QLatin1String("tutor_absent"))
        return tr("tutor absent");
    if (code == QLatin1String("school_event"))
        return tr("school event");
    if (code == QLatin1String("weather"))
        return tr("weather");
    if (code == QLatin1String("student_event"))
        return tr("student event");
    if (code == QLatin1String("other"))
        return tr("other reason");
    return code;
}

const QStringList& SessionText::cancelReasons()
{
    static const QStringList codes = {QStringLiteral("tutor_absent"), QStringLiteral("school_event"),
                                      QStringLiteral("weather"), QStringLiteral("student_event"),
                                      QStringLiteral("other")};
    return codes;
}

const QStringList& SessionText::deliveryModels()
{
    static const QStringList codes = {QStringLiteral("pull_out"), QStringLiteral("after_school"),
                                      QStringLiteral("saturday"), QStringLiteral("virtual"),
                                      QStringLiteral("hybrid")};
    return codes;
}

QString SessionText::deliveryModel(const QString& code)
{
    if (code == QLatin1String("pull_out"))
        return tr("Pull-out (during the school day)");
    if (code == QLatin1String("after_school"))
        return tr("After school");
    if (code == QLatin1String("saturday"))
        return tr("Saturday");
    if (code == QLatin1String("virtual"))
        return tr("Virtual");
    if (code == QLatin1String("hybrid"))
        return tr("Hybrid");
    return code;
}

QString SessionText::students(int count)
{
    return tr("%n student(s)", nullptr, count);
}

QString SessionText::studentNames(const ScheduledSession& session)
{
    QStringList names;
    for (const ScheduledSession::Student& student : session.students)
        names << student.name;
    return names.isEmpty() ? tr("No students") : QLocale().createSeparatedList(names);
}

QString SessionText::changes(const SessionChanges& changes)
{
    if (!changes.any())
        return tr("Saved. The sessions are unchanged.");
    QStringList parts;
    if (changes.added > 0)
        parts << tr("%n session(s) added", nullptr, changes.added);
    if (changes.removed > 0)
        parts << (parts.isEmpty() ? tr("%n session(s) removed", nullptr, changes.removed)
                                  : tr("%n removed", "sessions", changes.removed));
    if (changes.changed > 0)
        parts << (parts.isEmpty() ? tr("%n session(s) moved", nullptr, changes.changed)
                                  : tr("%n moved", "sessions", changes.changed));
    return tr("Saved. %1; earlier sessions and their attendance are unchanged.")
        .arg(parts.join(tr(", ", "list separator")));
}

QColor SessionText::tierFill(int tier)
{
    if (tier >= 3)
        return QColor(0xfd, 0xe3, 0xc8); // warm: the most intensive support
    if (tier == 2)
        return QColor(0xd6, 0xe8, 0xfa);
    return QColor(0xe3, 0xf2, 0xe1);
}

QColor SessionText::tierEdge(int tier)
{
    if (tier >= 3)
        return QColor(0xa6, 0x4b, 0x0a);
    if (tier == 2)
        return QColor(0x1f, 0x5a, 0x96);
    return QColor(0x2f, 0x6b, 0x2a);
}

QString SessionText::tierName(int tier)
{
    return tr("Tier %1").arg(tier);
}

} // namespace tutordesk
