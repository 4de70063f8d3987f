// tutordesk-cli protocol: bring the missed-session protocol up to date and list the due actions, overdue
// first; --json in the shape of DESIGN.md section 6.
#include "cli/CliContext.h"
#include "protocol/ProtocolEngine.h"
#include "protocol/ProtocolRule.h"
#include "schedule/ScheduleText.h"
#include "schedule/SchoolCalendar.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

#include <vector>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::Cli)
};

// An open action as the command shows it.
struct ActionLine {
    QString id;
    QString student; // district id; empty for a tutor's absence
    QString studentName;
    ProtocolRule rule = ProtocolRule::NotifyFamily;
    QString ruleCode;
    QDate due;
    QString status;
    QDate created;
    int absencesInRow = 0;
    std::optional<double> attendanceRate;
    QString session;
    QDate sessionDay;
    QString group;
    QString groupName;
    QString tutorName;
    int overdue = 0; // school days past due
};

// Open actions, due by `dueBy` when given: earliest due first (so the overdue come first), then the rules in
// the protocol's order and the students by name.
std::vector<ActionLine> openActions(Store& store, const std::optional<QDate>& dueBy)
{
    Statement st = store.db().prepare(
        "SELECT a.sourced_id, st.sourced_id,"
        " coalesce(nullif(st.preferred_name, ''), st.first_name) || ' ' || st.last_name,"
        " a.rule, a.due_on, a.status, a.created_on, a.absences_in_row, a.attendance_rate,"
        " s.sourced_id, s.day, g.sourced_id, g.name, t.first_name || ' ' || t.last_name"
        " FROM protocol_actions a"
        " LEFT JOIN students st ON st.id = a.student_id"
        " LEFT JOIN sessions s ON s.id = a.session_id"
        " LEFT JOIN tutoring_groups g ON g.id = s.group_id"
        " LEFT JOIN tutors t ON t.id = s.tutor_id"
        " WHERE a.status = 'open' AND (? IS NULL OR a.due_on <= ?)"
        " ORDER BY a.due_on, CASE a.rule WHEN 'notify_family' THEN 0 WHEN 'schedule_makeup' THEN 1"
        " WHEN 'escalate' THEN 2 WHEN 'pause_offer_seat' THEN 3 ELSE 4 END,"
        " st.last_name, st.first_name, s.day, a.id");
    st.bindAll(dueBy, dueBy);
    std::vector<ActionLine> lines;
    while (st.step()) {
        ActionLine a;
        a.id = st.text(0);
        a.student = st.text(1);
        a.studentName = st.text(2);
        a.ruleCode = st.text(3);
        a.rule = ProtocolRuleNames::fromCode(a.ruleCode).value_or(ProtocolRule::NotifyFamily);
        a.due = ScheduleText::parseDay(st.text(4));
        a.status = st.text(5);
        a.created = ScheduleText::parseDay(st.text(6));
        a.absencesInRow = static_cast<int>(st.integer(7));
        a.attendanceRate = st.optionalReal(8);
        a.session = st.text(9);
        a.sessionDay = ScheduleText::parseDay(st.text(10));
        a.group = st.text(11);
        a.groupName = st.text(12);
        a.tutorName = st.text(13);
        lines.push_back(std::move(a));
    }
    return lines;
}

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue dayOrNull(const QDate& day)
{
    return day.isValid() ? QJsonValue(day.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonObject actionJson(const ActionLine& a)
{
    return {{QStringLiteral("id"), a.id},
            {QStringLiteral("student"), textOrNull(a.student)},
            {QStringLiteral("studentName"), textOrNull(a.studentName)},
            {QStringLiteral("rule"), a.ruleCode},
            {QStringLiteral("title"), ProtocolRuleNames::title(a.rule)},
            {QStringLiteral("due"), dayOrNull(a.due)},
            {QStringLiteral("status"), a.status},
            {QStringLiteral("created"), dayOrNull(a.created)},
            {QStringLiteral("overdueSchoolDays"), a.overdue},
            {QStringLiteral("session"), textOrNull(a.session)},
            {QStringLiteral("sessionDate"), dayOrNull(a.sessionDay)},
            {QStringLiteral("group"), textOrNull(a.group)},
            {QStringLiteral("groupName"), textOrNull(a.groupName)},
            {QStringLiteral("tutorName"), a.student.isEmpty() ? textOrNull(a.tutorName) : QJsonValue()},
            {QStringLiteral("absencesInRow"), a.absencesInRow},
            {QStringLiteral("attendanceRate"),
             a.attendanceRate ? QJsonValue(*a.attendanceRate) : QJsonValue(QJsonValue::Null)}};
}

// Why the action is there, in a few words: "2 absences in a row", "attendance 60% over the window",
// "Ana Kim is out".
QString reason(const ActionLine& a)
{
    if (a.rule == ProtocolRule::CoverTutorAbsence)
        return Tr::tr("%1 is out").arg(a.tutorName);
    if (a.attendanceRate)
        return Tr::tr("attendance %1%").arg(QLocale().toString(*a.attendanceRate * 100.0, 'f', 0));
    return Tr::tr("%n absence(s) in a row", nullptr, a.absencesInRow);
}

void printActions(QTextStream& out, const std::vector<ActionLine>& actions, const ProtocolRefresh& refresh,
                  const QDate& today, bool all)
{
    out << Tr::tr("The protocol is up to date: %n new action(s).", nullptr, refresh.created);
    if (refresh.withdrawn > 0)
        out << ' '
            << Tr::tr("%n withdrawn because the attendance or the tutor's absence changed.", nullptr,
                      refresh.withdrawn);
    if (refresh.closed > 0)
        out << ' ' << Tr::tr("%n closed by a cover decision.", nullptr, refresh.closed);
    out << '\n';
    const QLocale locale;
    int overdue = 0;
    for (const ActionLine& a : actions)
        overdue += a.overdue > 0 ? 1 : 0;
    const int count = static_cast<int>(actions.size());
    if (all)
        out << Tr::tr("%n open action(s).", nullptr, count);
    else
        out << Tr::tr("%n action(s) due by %1.", nullptr, count)
                   .arg(locale.toString(today, QLocale::LongFormat));
    if (overdue > 0)
        out << ' ' << Tr::tr("%n overdue.", nullptr, overdue);
    out << '\n';
    for (const ActionLine& a : actions) {
        const QString due =
            a.overdue > 0
                ? Tr::tr("due %1, %n school day(s) overdue", nullptr, a.overdue).arg(ScheduleText::day(a.due))
                : Tr::tr("due %1").arg(ScheduleText::day(a.due));
        const QString who = a.student.isEmpty()
                                ? a.groupName
                                : Tr::tr("%1 (%2), %3").arg(a.studentName, a.student, a.groupName);
        out << QStringLiteral("  %1: %2\n      %3; %4 on %5\n")
                   .arg(ProtocolRuleNames::title(a.rule), who, due, reason(a),
                        ScheduleText::day(a.sessionDay));
    }
    out.flush();
}

} // namespace

int runProtocol(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"),
                                  Tr::tr("print one JSON document on standard output"));
    const QCommandLineOption dateOption(QStringLiteral("date"),
                                        Tr::tr("the day taken as today (default: today)"),
                                        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption allOption(QStringLiteral("all"),
                                       Tr::tr("every open action, not only those due by the day"));
    parser.addOptions({json, dateOption, allOption});
    if (!parser.parse(context.arguments()))
        return context.usage(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return context.usage(Tr::tr("protocol takes no arguments besides its options."));
    QDate today = CliContext::today();
    if (parser.isSet(dateOption)) {
        today = ScheduleText::parseDay(parser.value(dateOption).trimmed());
        if (!today.isValid())
            return context.usage(
                Tr::tr("--date must be a date like 2026-11-09, not \"%1\".").arg(parser.value(dateOption)));
    }
    const bool all = parser.isSet(allOption);

    auto store = context.openStore(Store::OpenMode::ExistingOnly);
    if (!store)
        return ExitRefused;
    if (!store->hasSchool())
        return context.refuse(
            Tr::tr("%1 has no school yet: set it up first (tutordesk-cli init).").arg(store->path()));
    const auto refreshed = ProtocolEngine::refresh(*store, today);
    if (!refreshed)
        return context.refuse(refreshed.error().message);

    std::vector<ActionLine> actions = openActions(*store, all ? std::nullopt : std::optional<QDate>(today));
    const SchoolCalendar calendar = SchoolCalendar::load(*store);
    for (ActionLine& a : actions) {
        if (a.due.isValid() && a.due < today)
            a.overdue = static_cast<int>(calendar.schoolDays(a.due.addDays(1), today).size());
    }

    if (context.json() || parser.isSet(json)) {
        QJsonArray list;
        for (const ActionLine& a : actions)
            list.append(actionJson(a));
        context.printJson({{QStringLiteral("date"), today.toString(Qt::ISODate)},
                           {QStringLiteral("created"), refreshed->created},
                           {QStringLiteral("withdrawn"), refreshed->withdrawn},
                           {QStringLiteral("closed"), refreshed->closed},
                           {QStringLiteral("actions"), list}});
    } else {
        printActions(context.out(), actions, refreshed.value(), today, all);
    }
    return ExitDone;
}

} // namespace tutordesk
