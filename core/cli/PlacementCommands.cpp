// tutordesk-cli rank and place: the students by need with the "why" of each score, and the groups
// filled by need with the rest on the waitlist (August, steps 4 and 5 of the coordinator's journey).
#include "cli/CliContext.h"
#include "placement/NeedScore.h"
#include "placement/Placement.h"
#include "placement/Subjects.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::Cli)
};

QString points(double value)
{
    return QString::number(value, 'f', 1);
}

QJsonObject rankJson(const NeedScoreRow& row)
{
    QJsonArray breakdown;
    for (const NeedFactor& f : row.breakdown)
        breakdown.append(QJsonObject{{QStringLiteral("factor"), f.factor},
                                     {QStringLiteral("points"), f.points},
                                     {QStringLiteral("detail"), f.detail}});
    QJsonObject student{
        {QStringLiteral("id"), row.districtId},  {QStringLiteral("name"), row.name},
        {QStringLiteral("grade"), row.grade},    {QStringLiteral("score"), row.score},
        {QStringLiteral("tier"), row.tier},      {QStringLiteral("levelsBelow"), row.levelsBelow},
        {QStringLiteral("breakdown"), breakdown}};
    student.insert(QStringLiteral("attendanceRate"),
                   row.attendanceRate ? QJsonValue(*row.attendanceRate) : QJsonValue(QJsonValue::Null));
    return student;
}

// "why" in one line: the factors that gave points, the benchmark always.
QString why(const NeedScoreRow& row)
{
    QStringList parts;
    for (const NeedFactor& f : row.breakdown) {
        if (f.points > 0.0 || f.factor == QLatin1String("benchmark"))
            parts << QStringLiteral("%1 (+%2)").arg(f.detail, points(f.points));
    }
    return parts.join(QLatin1String("; "));
}

QJsonObject placeJson(const PlacementResult& result, bool dryRun)
{
    QJsonArray groups;
    for (const PlacedGroup& g : result.groups) {
        QJsonArray students;
        for (const PlacedStudent& s : g.students)
            students.append(s.districtId);
        groups.append(QJsonObject{{QStringLiteral("id"), g.sourcedId},
                                  {QStringLiteral("name"), g.name},
                                  {QStringLiteral("subject"), g.subject},
                                  {QStringLiteral("gradeBand"), g.gradeBand},
                                  {QStringLiteral("tier"), g.tier},
                                  {QStringLiteral("cap"), g.cap},
                                  {QStringLiteral("status"), g.status},
                                  {QStringLiteral("new"), g.isNew},
                                  {QStringLiteral("students"), students}});
    }
    QJsonArray waitlist;
    for (const WaitlistEntry& w : result.waitlist)
        waitlist.append(QJsonObject{{QStringLiteral("id"), w.student.districtId},
                                    {QStringLiteral("score"), w.student.score},
                                    {QStringLiteral("name"), w.student.name},
                                    {QStringLiteral("grade"), w.student.grade},
                                    {QStringLiteral("subject"), w.subject},
                                    {QStringLiteral("tier"), w.tier}});
    return {{QStringLiteral("groups"), groups},
            {QStringLiteral("waitlist"), waitlist},
            {QStringLiteral("placed"), result.placed},
            {QStringLiteral("groupsCreated"), result.groupsCreated},
            {QStringLiteral("leftWaitlist"), result.leftWaitlist},
            {QStringLiteral("seatBudget"), result.seatBudget},
            {QStringLiteral("seatsOffered"), result.seatsOffered},
            {QStringLiteral("dryRun"), dryRun},
            {QStringLiteral("applied"), result.applied}};
}

void printPlacement(QTextStream& out, const PlacementResult& result, bool dryRun)
{
    int seated = 0, open = 0, filled = 0, withRoom = 0;
    for (const PlacedGroup& g : result.groups) {
        seated += static_cast<int>(g.students.size());
        open += std::max(0, g.openSeats());
        if (g.openSeats() <= 0)
            ++filled;
        else
            ++withRoom;
    }
    out << (dryRun ? Tr::tr("Dry run: nothing was saved. This is what placing would do.")
                   : Tr::tr("Placement saved."))
        << '\n'
        << Tr::tr("Newly seated:   %1 (invited; each family is asked for consent)").arg(result.placed) << '\n'
        << Tr::tr("New groups:     %1 (planned, waiting for a tutor)").arg(result.groupsCreated) << '\n'
        << Tr::tr("Groups:         %1 (%2 full, %3 with seats left)")
               .arg(result.groups.size())
               .arg(filled)
               .arg(withRoom)
        << '\n'
        << Tr::tr("Seats:          %1 taken, %2 left, %3 offered; budget %4")
               .arg(seated)
               .arg(open)
               .arg(result.seatsOffered)
               .arg(result.seatBudget)
        << '\n'
        << Tr::tr("Waitlist:       %1").arg(result.waitlist.size()) << '\n';
    if (result.leftWaitlist > 0)
        out << Tr::tr("Left waitlist:  %1 (no longer eligible)").arg(result.leftWaitlist) << '\n';
    out << '\n';
    for (const PlacedGroup& g : result.groups) {
        if (g.students.empty() && !g.isNew)
            continue;
        QStringList ids;
        for (const PlacedStudent& s : g.students)
            ids << (s.placedNow ? s.districtId + QLatin1Char('*') : s.districtId);
        out << QStringLiteral("%1 %2/%3  %4")
                   .arg(g.isNew ? QStringLiteral("+") : QStringLiteral(" "))
                   .arg(g.students.size())
                   .arg(g.cap)
                   .arg(g.name)
            << "  " << ids.join(QLatin1String(", ")) << '\n';
    }
    out << Tr::tr("(+ new group, * newly seated)") << '\n';
    const std::size_t shown = std::min<std::size_t>(result.waitlist.size(), 20);
    if (shown > 0) {
        out << '\n' << Tr::tr("Top of the waitlist:") << '\n';
        for (std::size_t i = 0; i < shown; ++i) {
            const WaitlistEntry& w = result.waitlist[i];
            out << QStringLiteral("  %1. %2  %3  %4 (%5), %6, tier %7")
                       .arg(i + 1, 3)
                       .arg(points(w.student.score), 5)
                       .arg(w.student.districtId, w.student.name, w.student.grade,
                            Subjects::title(w.subject).toLower())
                       .arg(w.tier)
                << '\n';
        }
    }
    out.flush();
}

} // namespace

// Both commands take --json after their name as well as before it (DESIGN.md writes "rank [--json]").
int runRank(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"),
                                  Tr::tr("print one JSON document on standard output"));
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   Tr::tr("how many students to list (0: all; default 50)"),
                                   QStringLiteral("N"), QStringLiteral("50"));
    parser.addOptions({json, limit});
    if (!parser.parse(context.arguments()))
        return context.usage(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return context.usage(Tr::tr("rank takes no arguments besides its options."));
    bool limitOk = false;
    const int shown = parser.value(limit).toInt(&limitOk);
    if (!limitOk || shown < 0)
        return context.usage(Tr::tr("--limit must be 0 or more, not \"%1\".").arg(parser.value(limit)));

    auto store = context.openStore(Store::OpenMode::ExistingOnly);
    if (!store)
        return ExitRefused;
    const auto ranked = NeedScore::rankAll(*store);
    if (!ranked)
        return context.refuse(ranked.error().message);

    if (context.json() || parser.isSet(json)) {
        QJsonArray students;
        for (const NeedScoreRow& row : ranked.value())
            students.append(rankJson(row));
        context.printJson({{QStringLiteral("students"), students}});
        return ExitDone;
    }
    QTextStream& out = context.out();
    const std::size_t count = shown == 0 ? ranked->size() : std::min<std::size_t>(ranked->size(), shown);
    out << Tr::tr("%1 active students ranked by need, highest first.").arg(ranked->size()) << '\n'
        << Tr::tr("   #  Score  Tier  Grade  Id          Name                      Why") << '\n';
    for (std::size_t i = 0; i < count; ++i) {
        const NeedScoreRow& row = ranked.value()[i];
        out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7")
                   .arg(i + 1, 4)
                   .arg(points(row.score), 5)
                   .arg(row.tier, 4)
                   .arg(row.grade, 5)
                   .arg(row.districtId.leftJustified(10), row.name.leftJustified(24, QLatin1Char(' '), true),
                        why(row))
            << '\n';
    }
    if (count < ranked->size())
        out << Tr::tr("… and %1 more (--limit 0 lists all; --json gives every breakdown).")
                   .arg(ranked->size() - count)
            << '\n';
    out.flush();
    return ExitDone;
}

int runPlace(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"),
                                  Tr::tr("print one JSON document on standard output"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    Tr::tr("show what placing would do, save nothing"));
    parser.addOptions({json, dryRun});
    if (!parser.parse(context.arguments()))
        return context.usage(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return context.usage(Tr::tr("place takes no arguments besides its options."));

    auto store = context.openStore(Store::OpenMode::ExistingOnly);
    if (!store)
        return ExitRefused;
    const bool dry = parser.isSet(dryRun);
    const auto placed = Placement::place(*store, dry);
    if (!placed)
        return context.refuse(placed.error().message);
    if (context.json() || parser.isSet(json))
        context.printJson(placeJson(placed.value(), dry));
    else
        printPlacement(context.out(), placed.value(), dry);
    return ExitDone;
}

} // namespace tutordesk
