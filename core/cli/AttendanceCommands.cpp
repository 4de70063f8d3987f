// tutordesk-cli attendance: one student's attendance at one session, through the same core call as the
// attendance sheet (Attendance::recordOne), with today from CliContext::today().
#include "attendance/Attendance.h"
#include "cli/CliContext.h"
#include "schedule/ScheduleText.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::Cli)
};

// The student's line after recording, read back as the sheet shows it.
std::optional<AttendanceRow> rowAfter(Store& store, const QString& sessionSourcedId,
                                      const QString& districtId, AttendanceSheet& sheet)
{
    const std::int64_t sessionId =
        store.db().queryInteger("SELECT id FROM sessions WHERE sourced_id = ?", sessionSourcedId);
    auto loaded = Attendance::sheet(store, sessionId);
    if (!loaded)
        return std::nullopt;
    sheet = std::move(*loaded);
    for (const AttendanceRow& row : sheet.rows) {
        if (row.districtId == districtId)
            return row;
    }
    return std::nullopt;
}

// " (2 due actions opened)": what the missed-session protocol made of it.
QString protocolClause(const AttendanceOutcome& outcome)
{
    QStringList parts;
    if (outcome.actionsCreated > 0)
        parts << Tr::tr("%n due action(s) opened", nullptr, outcome.actionsCreated);
    if (outcome.actionsWithdrawn > 0)
        parts << Tr::tr("%n due action(s) withdrawn", nullptr, outcome.actionsWithdrawn);
    return parts.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(parts.join(QStringLiteral(", ")));
}

QString sentence(const AttendanceOutcome& outcome, const AttendanceRow& row, const AttendanceSheet& sheet)
{
    const AttendanceStatus status = row.status.value_or(AttendanceStatus::Present);
    QString mark = AttendanceStatuses::title(status).toLower();
    if (!AttendanceStatuses::isAbsence(status))
        mark = Tr::tr("%1, %n minute(s)", nullptr, row.minutes).arg(mark);
    const QString where =
        Tr::tr("%1 on %2").arg(sheet.session.groupName, ScheduleText::day(sheet.session.day));
    QString text;
    if (outcome.recorded > 0)
        text = Tr::tr("Recorded %1 as %2 at %3").arg(row.name, mark, where);
    else if (outcome.changed > 0)
        text = Tr::tr("Changed %1 to %2 at %3").arg(row.name, mark, where);
    else
        text = Tr::tr("Nothing to change: %1 is already recorded as %2 at %3").arg(row.name, mark, where);
    return text + protocolClause(outcome) + QLatin1Char('.');
}

} // namespace

int runAttendance(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"),
                                  Tr::tr("print one JSON document on standard output"));
    const QCommandLineOption minutesOption(
        QStringLiteral("minutes"),
        Tr::tr("minutes attended (needed for tardy; present defaults to the whole session)"),
        QStringLiteral("N"));
    const QCommandLineOption reasonOption(
        QStringLiteral("reason"), Tr::tr("why a record of a past session changes (the audit log keeps it)"),
        QStringLiteral("TEXT"));
    parser.addOptions({json, minutesOption, reasonOption});
    if (!parser.parse(context.arguments()))
        return context.usage(parser.errorText());
    const QStringList args = parser.positionalArguments();
    if (args.size() != 3)
        return context.usage(
            Tr::tr("attendance needs a session id, a student's district id and a status (P, T, E or U), e.g. "
                   "\"tutordesk-cli attendance S-1234 900123 P\"."));
    const auto status = AttendanceStatuses::fromCode(args.at(2));
    if (!status)
        return context.usage(
            Tr::tr("The status must be P (present), T (tardy), E (absent, excused) or U (absent, "
                   "unexcused), not \"%1\".")
                .arg(args.at(2)));
    std::optional<int> minutes;
    if (parser.isSet(minutesOption)) {
        bool ok = false;
        const int value = parser.value(minutesOption).trimmed().toInt(&ok);
        if (!ok)
            return context.usage(Tr::tr("--minutes must be a whole number of minutes, like 20, not \"%1\".")
                                     .arg(parser.value(minutesOption)));
        minutes = value;
    }

    auto store = context.openStore(Store::OpenMode::ExistingOnly);
    if (!store)
        return ExitRefused;
    const QString sessionId = args.at(0).trimmed();
    const QString studentId = args.at(1).trimmed();
    const auto outcome = Attendance::recordOne(*store, sessionId, studentId, *status, minutes,
                                               parser.value(reasonOption), CliContext::today());
    if (!outcome)
        return context.refuse(outcome.error().message);

    AttendanceSheet sheet;
    const auto row = rowAfter(*store, sessionId, studentId, sheet);
    if (!row || !row->status)
        return context.refuse(
            Tr::tr("The attendance was saved but could not be read back from %1.").arg(store->path()));
    if (context.json() || parser.isSet(json)) {
        context.printJson({{QStringLiteral("session"), sessionId},
                           {QStringLiteral("student"), studentId},
                           {QStringLiteral("status"), AttendanceStatuses::code(*row->status)},
                           {QStringLiteral("minutes"), row->minutes},
                           {QStringLiteral("absentFromSchool"), row->absentFromSchool},
                           {QStringLiteral("changed"), outcome->recorded + outcome->changed > 0},
                           {QStringLiteral("created"), outcome->recorded > 0},
                           {QStringLiteral("sessionStatus"), sheet.session.statusCode()},
                           {QStringLiteral("actionsCreated"), outcome->actionsCreated},
                           {QStringLiteral("actionsWithdrawn"), outcome->actionsWithdrawn}});
    } else {
        context.out() << sentence(outcome.value(), *row, sheet) << Qt::endl;
    }
    return ExitDone;
}

} // namespace tutordesk
