#include "GuiOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

namespace tutordesk {

namespace {
// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::GuiOptions)
};
} // namespace

GuiOptions GuiOptions::parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("TutorDesk: intensive tutoring, run by need."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"),
                                Tr::tr("Open the TutorDesk database at PATH (else $TUTORDESK_DB, else your "
                                       "school's usual database)."),
                                Tr::tr("PATH"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  Tr::tr("Open the demo school, creating it first if it is not there yet."));
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                  Tr::tr("Save a picture of the window to FILE (PNG) once it has loaded, "
                                         "then quit."),
                                  Tr::tr("FILE"));
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption today(QStringLiteral("today"),
                             Tr::tr("Take DAY (YYYY-MM-DD) as today, e.g. for a demo school's screenshots."),
                             Tr::tr("DAY"));
    today.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({db, demo, screenshot, today});
    parser.addPositionalArgument(Tr::tr("file"), Tr::tr("A TutorDesk database to open (the same as --db)."),
                                 Tr::tr("[file]"));
    parser.process(arguments);

    GuiOptions options;
    options.database = parser.value(db);
    const QStringList files = parser.positionalArguments();
    if (options.database.isEmpty() && !files.isEmpty())
        options.database = files.first();
    options.demo = parser.isSet(demo);
    options.screenshot = parser.value(screenshot);
    if (parser.isSet(today)) {
        options.today = QDate::fromString(parser.value(today), Qt::ISODate);
        if (!options.today.isValid()) {
            std::fputs(qPrintable(Tr::tr("--today needs a day written YYYY-MM-DD, e.g. 2026-11-20.") + u'\n'),
                       stderr);
            std::exit(1); // as QCommandLineParser::process does with a mistake
        }
    }
    return options;
}

} // namespace tutordesk
