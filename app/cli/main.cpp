#include "cli/Cli.h"
#include "common/AppIdentity.h"
#include "common/EnglishPlurals.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    tutordesk::setApplicationIdentity();
    tutordesk::EnglishPlurals plurals;
    QCoreApplication::installTranslator(&plurals);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return tutordesk::runCli(QCoreApplication::arguments(), out, err);
}
