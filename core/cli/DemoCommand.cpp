// tutordesk-cli demo: a synthetic school to explore, test and measure with.
#include "cli/CliContext.h"
#include "demo/DemoSchool.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

namespace tutordesk {

namespace {
// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::Cli)
};
} // namespace

int runDemo(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption size(QStringLiteral("size"),
                                  Tr::tr("demo (about 600 students) or large (5,000)"),
                                  QStringLiteral("demo|large"), QStringLiteral("demo"));
    const QCommandLineOption seed(QStringLiteral("seed"), Tr::tr("the same seed gives the same school"),
                                  QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption through(QStringLiteral("through"), Tr::tr("fill in sessions up to this day"),
                                     QStringLiteral("YYYY-MM-DD"));
    parser.addOptions({size, seed, through});
    if (!parser.parse(context.arguments()))
        return context.usage(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return context.usage(Tr::tr("demo takes no arguments besides its options."));

    DemoOptions options;
    const QString sizeName = parser.value(size);
    if (sizeName == QLatin1String("large"))
        options.size = DemoOptions::Size::Large;
    else if (sizeName != QLatin1String("demo"))
        return context.usage(Tr::tr("--size must be demo or large, not \"%1\".").arg(sizeName));
    bool seedOk = false;
    options.seed = parser.value(seed).toUInt(&seedOk);
    if (!seedOk)
        return context.usage(Tr::tr("--seed must be a whole number, not \"%1\".").arg(parser.value(seed)));
    if (parser.isSet(through)) {
        options.through = QDate::fromString(parser.value(through), Qt::ISODate);
        if (!options.through.isValid())
            return context.usage(
                Tr::tr("--through \"%1\" is not a date: write it as YYYY-MM-DD.").arg(parser.value(through)));
    }

    auto store = context.openStore(Store::OpenMode::CreateIfMissing);
    if (!store)
        return ExitRefused;
    QElapsedTimer timer;
    timer.start();
    auto generated = generateDemoSchool(*store, options);
    if (!generated)
        return context.refuse(generated.error().message);
    const DemoSummary& summary = generated.value();

    if (context.json()) {
        context.printJson(
            {{QStringLiteral("path"), store->path()},
             {QStringLiteral("school"), summary.schoolName},
             {QStringLiteral("yearStart"), summary.yearStart.toString(Qt::ISODate)},
             {QStringLiteral("yearEnd"), summary.yearEnd.toString(Qt::ISODate)},
             {QStringLiteral("through"), summary.through.toString(Qt::ISODate)},
             {QStringLiteral("seconds"), static_cast<double>(timer.elapsed()) / 1000.0},
             {QStringLiteral("counts"), QJsonObject{{QStringLiteral("students"), summary.students},
                                                    {QStringLiteral("guardians"), summary.guardians},
                                                    {QStringLiteral("supervisors"), summary.supervisors},
                                                    {QStringLiteral("tutors"), summary.tutors},
                                                    {QStringLiteral("groups"), summary.groups},
                                                    {QStringLiteral("enrollments"), summary.enrollments},
                                                    {QStringLiteral("sessions"), summary.sessions},
                                                    {QStringLiteral("attendance"), summary.attendance},
                                                    {QStringLiteral("contacts"), summary.contacts},
                                                    {QStringLiteral("assessments"), summary.assessments}}}});
    } else {
        context.out()
            << Tr::tr("Created %1 in %2: %3 students, %4 tutors, %5 groups, %6 sessions and %7 attendance "
                      "records through %8 (%9 s).")
                   .arg(summary.schoolName, store->path())
                   .arg(summary.students)
                   .arg(summary.tutors)
                   .arg(summary.groups)
                   .arg(summary.sessions)
                   .arg(summary.attendance)
                   .arg(summary.through.toString(Qt::ISODate))
                   .arg(static_cast<double>(timer.elapsed()) / 1000.0, 0, 'f', 1)
            << Qt::endl;
    }
    return ExitDone;
}

} // namespace tutordesk
