#include "BundledFonts.h"
#include "LetterPages.h"
#include "ReportPages.h"
#include "cli/Cli.h"
#include "common/AppIdentity.h"
#include "common/EnglishPlurals.h"
#include "letters/LetterRender.h"
#include "progress/ReportRender.h"

#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
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
    // A scheduled task has no session runtime folder either: a private one for this run keeps Qt from
    // warning on stderr, where a scheduler would take it for a problem.
    std::unique_ptr<QTemporaryDir> runtime;
    std::unique_ptr<QCoreApplication> app;
    if (tutordesk::cliNeedsDocuments(arguments)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            runtime = std::make_unique<QTemporaryDir>();
            if (runtime->isValid())
                qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime->path()));
        }
        app = std::make_unique<QGuiApplication>(argc, argv);
        tutordesk::addBundledFonts();
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    tutordesk::setApplicationIdentity();
    // Core lays letters out; painting their pages into a PDF is the program's part.
    tutordesk::LetterRender::setPdfWriter(&tutordesk::LetterPages::writePdf);
    tutordesk::ReportRender::setPdfWriter(&tutordesk::ReportPages::writePdf);
    tutordesk::EnglishPlurals plurals;
    QCoreApplication::installTranslator(&plurals);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return tutordesk::runCli(QCoreApplication::arguments(), out, err);
}
