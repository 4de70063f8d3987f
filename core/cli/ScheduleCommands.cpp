// tutordesk-cli schedule: the sessions of a range (this week by default) with who teaches and who attends,
// as the week view shows them; --json in the shape of DESIGN.md section 6.
#include "cli/CliContext.h"
#include "schedule/CoverText.h"
#include "schedule/ScheduleQuery.h"
#include "schedule/ScheduleText.h"
#include "schedule/Tutors.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::Cli)
};

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject sessionJson(const ScheduledSession& s)
{
    QJsonArray students;
    QJsonArray names;
    for (const ScheduledSession::Student& student : s.students) {
        students.append(student.districtId);
        names.append(student.name);
    }
    return {{QStringLiteral("id"), s.sourcedId},
            {QStringLiteral("group"), s.groupSourcedId},
            {QStringLiteral("groupName"), s.groupName},
            {QStringLiteral("subject"), s.subject},
            {QStringLiteral("tier"), s.tier},
            {QStringLiteral("date"), s.day.toString(Qt::ISODate)},
            {QStringLiteral("start"), ScheduleText::storedTime(s.start)},
            {QStringLiteral("minutes"), s.minutes},
            {QStringLiteral("status"), s.statusCode()},
            {QStringLiteral("kind"), s.kind},
            {QStringLiteral("cancelReason"), textOrNull(s.cancelReason)},
            {QStringLiteral("tutor"), textOrNull(s.teacherSourcedId())},
            {QStringLiteral("tutorName"), textOrNull(s.teacherName())},
            {QStringLiteral("regularTutor"), textOrNull(s.tutorSourcedId)},
            {QStringLiteral("substitute"), textOrNull(s.substituteId ? s.substituteSourcedId : QString())},
            {QStringLiteral("needsCover"), s.needsCover},
            {QStringLiteral("location"), s.location},
            {QStringLiteral("students"), students},
            {QStringLiteral("studentNames"), names}};
}

QString statusWord(const ScheduledSession& s)
{
    if (s.isCancelled())
        return Tr::tr("cancelled");
    if (s.needsCover)
        return Tr::tr("needs cover");
    if (s.status == QLatin1String("held"))
        return s.isMakeup() ? Tr::tr("make-up, held") : Tr::tr("held");
    return s.isMakeup() ? Tr::tr("make-up") : Tr::tr("scheduled");
}

// `text` in exactly `width` columns: padded, or cut with an ellipsis.
QString fit(const QString& text, int width)
{
    if (text.size() <= width)
        return text.leftJustified(width);
    return text.left(width - 1) + QChar(0x2026);
}

void printSchedule(QTextStream& out, const std::vector<ScheduledSession>& sessions, const QDate& from,
                   const QDate& to)
{
    const QLocale locale;
    out << Tr::tr("Sessions from %1 to %2: %n session(s).", nullptr, static_cast<int>(sessions.size()))
               .arg(locale.toString(from, QLocale::LongFormat), locale.toString(to, QLocale::LongFormat))
        << '\n';
    QDate day;
    for (const ScheduledSession& s : sessions) {
        if (s.day != day) {
            day = s.day;
            out << '\n' << locale.toString(day, QLocale::LongFormat) << '\n';
        }
        QString teacher = s.teacherName();
        if (!s.substituteName.isEmpty())
            teacher = Tr::tr("%1 (for %2)").arg(s.substituteName, s.tutorName);
        QStringList students;
        for (const ScheduledSession::Student& student : s.students)
            students << student.districtId;
        QString status = statusWord(s);
        if (!s.cancelReason.isEmpty())
            status = Tr::tr("%1: %2").arg(status, CoverText::cancelReasonTitle(s.cancelReason).toLower());
        out << QStringLiteral("  %1  %2  %3  %4  %5  %6\n")
                   .arg(ScheduleText::timeRange(s.start, s.minutes), fit(s.groupName, 34), fit(teacher, 28),
                        fit(s.location, 16), fit(status, 24), students.join(QLatin1String(", ")));
    }
    out.flush();
}

} // namespace

int runSchedule(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"),
                                  Tr::tr("print one JSON document on standard output"));
    const QCommandLineOption fromOption(
        QStringLiteral("from"), Tr::tr("the first day (default: this Monday)"), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption toOption(QStringLiteral("to"),
                                      Tr::tr("the last day (default: six days after --from)"),
                                      QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption tutorOption(QStringLiteral("tutor"),
                                         Tr::tr("only the sessions this tutor teaches or covers (their id)"),
                                         QStringLiteral("ID"));
    parser.addOptions({json, fromOption, toOption, tutorOption});
    if (!parser.parse(context.arguments()))
        return context.usage(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return context.usage(Tr::tr("schedule takes no arguments besides its options."));

    QDate from = ScheduleQuery::weekStart(QDate::currentDate());
    QDate to = from.addDays(6);
    if (parser.isSet(fromOption)) {
        from = ScheduleText::parseDay(parser.value(fromOption));
        if (!from.isValid())
            return context.usage(
                Tr::tr("--from must be a date like 2026-09-14, not \"%1\".").arg(parser.value(fromOption)));
        to = from.addDays(6);
    }
    if (parser.isSet(toOption)) {
        to = ScheduleText::parseDay(parser.value(toOption));
        if (!to.isValid())
            return context.usage(
                Tr::tr("--to must be a date like 2026-09-20, not \"%1\".").arg(parser.value(toOption)));
        if (!parser.isSet(fromOption))
            from = to.addDays(-6);
    }
    if (from > to)
        return context.usage(Tr::tr("--from (%1) is after --to (%2): give the earlier day first.")
                                 .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));

    auto store = context.openStore(Store::OpenMode::ExistingOnly);
    if (!store)
        return ExitRefused;
    ScheduleQuery::Filter filter;
    if (parser.isSet(tutorOption)) {
        const QString id = parser.value(tutorOption).trimmed();
        const auto tutor = Tutors::findBySourcedId(*store, id);
        if (!tutor)
            return context.refuse(
                Tr::tr("There is no tutor with the id \"%1\" in %2. The Tutors page (or the tutors "
                       "CSV) shows each tutor's id.")
                    .arg(id, store->path()));
        filter.tutorId = tutor->id;
    }
    const std::vector<ScheduledSession> sessions = ScheduleQuery::range(*store, from, to, filter);
    if (context.json() || parser.isSet(json)) {
        QJsonArray list;
        for (const ScheduledSession& s : sessions)
            list.append(sessionJson(s));
        context.printJson({{QStringLiteral("from"), from.toString(Qt::ISODate)},
                           {QStringLiteral("to"), to.toString(Qt::ISODate)},
                           {QStringLiteral("sessions"), list}});
    } else {
        printSchedule(context.out(), sessions, from, to);
    }
    return ExitDone;
}

} // namespace tutordesk
