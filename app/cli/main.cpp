#include "cli/Cli.h"
#include "common/AppIdentity.h"
#include "common/EnglishPlurals.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

int main(int argc, char* argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    // Letters and reports are laid out with fonts, which need a QGuiApplication; on a server or in a
    // scheduled task there is no display, so the offscreen platform unless the caller chose one.
    std::unique_ptr<QCoreApplication> app;
    if (tutordesk::cliNeedsDocuments(arguments)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    tutordesk::setApplicationIdentity();
    tutordesk::EnglishPlurals plurals;
    QCoreApplication::installTranslator(&plurals);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return tutordesk::runCli(QCoreApplication::arguments(), out, err);
}
