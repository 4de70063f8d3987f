#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

namespace tutordesk {

// What `tutordesk` was started with.
struct GuiOptions {
    QString database;   // --db PATH or a file given by the desktop ("Open with TutorDesk")
    bool demo = false;  // --demo: open the demo school, creating it if missing
    QString screenshot; // --screenshot FILE (developers, CI): save the window as a PNG, then quit
    QDate today;        // --today YYYY-MM-DD (demos, screenshots): the day the pages take as today

    // Parses the command line; --help, --version and mistakes print and end the program, as
    // QCommandLineParser::process does.
    static GuiOptions parse(const QStringList& arguments);
};

} // namespace tutordesk
