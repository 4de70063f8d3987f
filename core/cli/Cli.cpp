#include "cli/Cli.h"

#include "cli/CliContext.h"
#include "common/AppIdentity.h"

#include <QCoreApplication>
#include <QTextStream>

#include <array>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::Cli)
};

// Commands arrive here as the issues that build them land.
const std::array<CliCommand, 17> commands = {{
    {"init", "--school-code C --school-name N [--district-code D] [--year-start D --year-end D]",
     QT_TRANSLATE_NOOP("tutordesk::Cli", "set up a new school in an empty database"), &runInit},
    {"demo", "[--size demo|large] [--seed N] [--through YYYY-MM-DD]",
     QT_TRANSLATE_NOOP("tutordesk::Cli", "fill an empty database with a synthetic school"), &runDemo},
    {"check", "", QT_TRANSLATE_NOOP("tutordesk::Cli", "schema version, integrity and row counts"), &runCheck},
    {"preview", "FILE [--rows N]",
     QT_TRANSLATE_NOOP("tutordesk::Cli",
                       "how TutorDesk reads a CSV: encoding, delimiter, header, rows, problems"),
     &runPreview},
    {"import-roster",
     "PATH [--mapping M.json] [--dry-run] [--withdraw-missing] [--org SOURCEDID] [--flags FILE]",
     QT_TRANSLATE_NOOP("tutordesk::Cli", "import students from a roster CSV, or a OneRoster zip or folder"),
     &runImportRoster},
    {"import-scores", "FILE [--mapping M.json] [--dry-run]",
     QT_TRANSLATE_NOOP("tutordesk::Cli", "import benchmark results (i-Ready, STAR, MAP style CSV)"),
     &runImportScores},
    {"rank", "[--json] [--limit N]",
     QT_TRANSLATE_NOOP("tutordesk::Cli", "students by need, with the breakdown of each score"), &runRank},
    {"place", "[--dry-run] [--json]",
     QT_TRANSLATE_NOOP("tutordesk::Cli", "fill groups by tier and need; the rest go to the waitlist"),
     &runPlace},
    {"schedule", "[--from YYYY-MM-DD --to YYYY-MM-DD] [--tutor ID] [--json]",
     QT_TRANSLATE_NOOP("tutordesk::Cli", "sessions in a range (this week by default), with their students"),
     &runSchedule},
    {"import-calendar", "FILE [--dry-run]",
     QT_TRANSLATE_NOOP("tutordesk::Cli", "import the school calendar (date, kind, label) from a CSV"),
     &runImportCalendar},
    {"import-tutors", "FILE [--dry-run]",
     QT_TRANSLATE_NOOP("tutordesk::Cli", "import tutors, their clearances and availability from a CSV"),
     &runImportTutors},
    {"attendance", "SESSION STUDENT P|T|E|U [--minutes N] [--reason TEXT]",
     QT_TRANSLATE_NOOP("tutordesk::Cli",
                       "record one student's attendance at a session (a reason is needed to "
                       "change a past record)"),
     &runAttendance},
    {"protocol", "[--date YYYY-MM-DD] [--all] [--json]",
     QT_TRANSLATE_NOOP("tutordesk::Cli",
                       "bring the missed-session protocol up to date and list the due actions"),
     &runProtocol},
    {"letters", "--kind K (--student ID ... | --due) [--lang L] [--paper letter|a4] --out FILE.pdf [--json]",
     QT_TRANSLATE_NOOP("tutordesk::Cli",
                       "family letters to one PDF, one per page, in each family's language, each logged as a "
                       "contact; --due: every missed-session notice due today (--kind optional)"),
     &runLetters},
    {"report", "weekly [--week YYYY-MM-DD] [--out FILE.pdf] [--json] | equity [--json] [--out FILE.pdf]",
     QT_TRANSLATE_NOOP("tutordesk::Cli",
                       "the weekly operating review (the week holding --week, this week by default) or the "
                       "equity audit by student group, on screen, as JSON or as a PDF"),
     &runReport},
    {"export", "--bulk|--delta --out DIR [--json]",
     QT_TRANSLATE_NOOP("tutordesk::Cli",
                       "write the next bundle for the district (every row, or what changed since the last "
                       "bundle) into DIR; it counts as delivered once it is whole there"),
     &runExport},
    {"sync", "[--to DIR|URL] [--json]",
     QT_TRANSLATE_NOOP("tutordesk::Cli",
                       "bundle what the district has not yet received, then send every waiting bundle to the "
                       "configured destination (or this one); exit 1 when any stays waiting"),
     &runSync},
}};

// Commands that lay out documents for paper (letters, reports) and so need fonts: a QGuiApplication.
bool makesDocuments(const QString& name)
{
    return name == QLatin1String("letters") || name == QLatin1String("report");
}

void printHelp(QTextStream& out)
{
    out << Tr::tr("Usage: tutordesk-cli [--db PATH] [--json] COMMAND [ARGS]") << '\n'
        << '\n'
        << Tr::tr("TutorDesk's command line: the same school database as the TutorDesk window.") << '\n'
        << '\n'
        << Tr::tr("Options:") << '\n'
        << "  --db PATH      "
        << Tr::tr("the database (default: $TUTORDESK_DB, else %1)").arg(defaultDatabasePath()) << '\n'
        << "  --json         " << Tr::tr("print one JSON document on standard output") << '\n'
        << "  -h, --help     " << Tr::tr("show this help") << '\n'
        << "  -v, --version  " << Tr::tr("show the version") << '\n'
        << '\n'
        << Tr::tr("Commands:") << '\n';
    // Each command on its own line with its arguments, its purpose indented below.
    for (const CliCommand& command : commands) {
        out << "  " << QString::fromLatin1(command.name) << ' ' << QString::fromLatin1(command.synopsis)
            << '\n'
            << "      " << QCoreApplication::translate("tutordesk::Cli", command.summary) << '\n';
    }
    out << '\n'
        << Tr::tr("Exit status: 0 done, 1 refused (the message says what and where), 2 usage error.") << '\n';
    out.flush();
}

} // namespace

bool cliNeedsDocuments(const QStringList& arguments)
{
    // The command is the first argument that is not a global option (or --db's value).
    for (int index = 1; index < arguments.size(); ++index) {
        const QString& arg = arguments.at(index);
        if (arg == QLatin1String("--db")) {
            ++index;
            continue;
        }
        if (arg.startsWith(QLatin1Char('-')))
            continue;
        return makesDocuments(arg);
    }
    return false;
}

int runCli(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QString databasePath;
    bool json = false;
    int index = 1;
    for (; index < arguments.size(); ++index) {
        const QString& arg = arguments.at(index);
        if (arg == QLatin1String("--db")) {
            if (++index >= arguments.size()) {
                err << Tr::tr("--db needs a path.") << Qt::endl;
                return ExitUsage;
            }
            databasePath = arguments.at(index);
        } else if (arg.startsWith(QLatin1String("--db="))) {
            databasePath = arg.mid(5);
        } else if (arg == QLatin1String("--json")) {
            json = true;
        } else if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            printHelp(out);
            return ExitDone;
        } else if (arg == QLatin1String("--version") || arg == QLatin1String("-v")) {
            out << "tutordesk-cli " << QStringLiteral(TUTORDESK_VERSION) << Qt::endl;
            return ExitDone;
        } else if (arg.startsWith(QLatin1Char('-'))) {
            err << Tr::tr("Unknown option %1.").arg(arg) << Qt::endl;
            return ExitUsage;
        } else {
            break;
        }
    }
    if (index >= arguments.size()) {
        printHelp(err);
        return ExitUsage;
    }

    const QString name = arguments.at(index);
    for (const CliCommand& command : commands) {
        if (name == QLatin1String(command.name)) {
            CliContext context(arguments.mid(index), resolveDatabasePath(databasePath), json, out, err);
            return command.run(context);
        }
    }
    err << Tr::tr("Unknown command \"%1\". Run \"tutordesk-cli --help\" for the commands.").arg(name)
        << Qt::endl;
    return ExitUsage;
}

} // namespace tutordesk
