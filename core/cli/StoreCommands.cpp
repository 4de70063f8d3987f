// tutordesk-cli init and check: setting a school up, and saying what a database holds.
#include "cli/CliContext.h"
#include "school/School.h"
#include "store/StoreError.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>

#include <array>
#include <utility>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::Cli)
};

// Table and the name `check` reports it under (the JSON keys other tools read).
constexpr std::array<std::pair<const char*, const char*>, 15> countedTables = {{
    {"students", "students"},
    {"guardians", "guardians"},
    {"supervisors", "supervisors"},
    {"tutors", "tutors"},
    {"tutoring_groups", "groups"},
    {"enrollments", "enrollments"},
    {"sessions", "sessions"},
    {"attendance", "attendance"},
    {"assessments", "assessments"},
    {"contacts", "contacts"},
    {"letters_sent", "letters"},
    {"protocol_actions", "protocolActions"},
    {"calendar_days", "calendarDays"},
    {"audit_log", "auditLog"},
    {"outbox", "outbox"},
}};

QDate parseDay(const QString& text)
{
    return QDate::fromString(text, Qt::ISODate);
}

} // namespace

int runInit(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption code(QStringLiteral("school-code"), Tr::tr("the district's code for the school"),
                                  QStringLiteral("C"));
    const QCommandLineOption name(QStringLiteral("school-name"), Tr::tr("the school's name"),
                                  QStringLiteral("N"));
    const QCommandLineOption district(QStringLiteral("district-code"), Tr::tr("the district's code"),
                                      QStringLiteral("D"));
    const QCommandLineOption start(QStringLiteral("year-start"), Tr::tr("first day of the school year"),
                                   QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption end(QStringLiteral("year-end"), Tr::tr("last day of the school year"),
                                 QStringLiteral("YYYY-MM-DD"));
    parser.addOptions({code, name, district, start, end});
    if (!parser.parse(context.arguments()))
        return context.usage(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return context.usage(Tr::tr("init takes no arguments besides its options."));
    if (!parser.isSet(code) || !parser.isSet(name))
        return context.usage(Tr::tr("init needs --school-code and --school-name."));

    SchoolInfo info;
    info.schoolCode = parser.value(code);
    info.name = parser.value(name);
    info.districtCode = parser.value(district);
    std::tie(info.yearStart, info.yearEnd) = School::defaultYearAround(QDate::currentDate());
    if (parser.isSet(start)) {
        info.yearStart = parseDay(parser.value(start));
        if (!info.yearStart.isValid())
            return context.usage(Tr::tr("--year-start \"%1\" is not a date: write it as YYYY-MM-DD.")
                                     .arg(parser.value(start)));
    }
    if (parser.isSet(end)) {
        info.yearEnd = parseDay(parser.value(end));
        if (!info.yearEnd.isValid())
            return context.usage(
                Tr::tr("--year-end \"%1\" is not a date: write it as YYYY-MM-DD.").arg(parser.value(end)));
    }

    auto store = context.openStore(Store::OpenMode::CreateIfMissing);
    if (!store)
        return ExitRefused;
    if (auto created = School::create(*store, info); !created)
        return context.refuse(created.error().message);

    if (context.json()) {
        context.printJson({{QStringLiteral("path"), store->path()},
                           {QStringLiteral("schemaVersion"), store->schemaVersion()},
                           {QStringLiteral("school"),
                            QJsonObject{{QStringLiteral("code"), info.schoolCode},
                                        {QStringLiteral("name"), info.name},
                                        {QStringLiteral("yearStart"), info.yearStart.toString(Qt::ISODate)},
                                        {QStringLiteral("yearEnd"), info.yearEnd.toString(Qt::ISODate)}}}});
    } else {
        context.out() << Tr::tr("Set up %1 (%2), school year %3 to %4, in %5.")
                             .arg(info.name, info.schoolCode, info.yearStart.toString(Qt::ISODate),
                                  info.yearEnd.toString(Qt::ISODate), store->path())
                      << Qt::endl;
    }
    return ExitDone;
}

int runCheck(CliContext& context)
{
    if (context.arguments().size() > 1)
        return context.usage(Tr::tr("check takes no arguments."));
    auto store = context.openStore(Store::OpenMode::ExistingOnly);
    if (!store)
        return ExitRefused;

    QStringList problems;
    QJsonObject counts;
    try {
        Statement integrity = store->db().prepare("PRAGMA integrity_check");
        while (integrity.step())
            problems << integrity.text(0);
        for (const auto& [table, key] : countedTables) {
            // Table names come from the fixed list above, never from input.
            counts.insert(QLatin1String(key),
                          static_cast<qint64>(store->db().queryInteger(
                              QByteArray("SELECT count(*) FROM ").append(table).toStdString())));
        }
    } catch (const StoreError& e) {
        return context.refuse(Tr::tr("%1 is damaged and cannot be read (%2). Restore it from a backup.")
                                  .arg(store->path(), e.message()));
    }
    const bool healthy = problems == QStringList{QStringLiteral("ok")};
    const QString integrity = healthy ? QStringLiteral("ok") : problems.join(QLatin1String("; "));

    if (context.json()) {
        const auto school = School::load(*store);
        context.printJson({{QStringLiteral("path"), store->path()},
                           {QStringLiteral("schemaVersion"), store->schemaVersion()},
                           {QStringLiteral("integrity"), integrity},
                           {QStringLiteral("school"), school ? school->name : QString()},
                           {QStringLiteral("counts"), counts}});
    } else {
        QTextStream& out = context.out();
        out << Tr::tr("Database:       %1").arg(store->path()) << '\n'
            << Tr::tr("Data version:   %1").arg(store->schemaVersion()) << '\n'
            << Tr::tr("Integrity:      %1").arg(integrity) << '\n';
        for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
            out << "  " << it.key().leftJustified(16) << it.value().toInteger() << '\n';
        out.flush();
    }
    if (!healthy)
        return context.refuse(
            Tr::tr("%1 failed its integrity check. Restore it from a backup.").arg(store->path()));
    return ExitDone;
}

} // namespace tutordesk
