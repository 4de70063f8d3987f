// Every test binary gets a QApplication (GUI tests), a QGuiApplication (tests that lay out documents:
// fonts) or a QCoreApplication, named like the app.
#include "common/AppIdentity.h"
#include "common/EnglishPlurals.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtGlobal>

#if defined(TUTORDESK_TEST_WITH_WIDGETS)
#include <QApplication>
using TestApplication = QApplication;
#elif defined(TUTORDESK_TEST_WITH_GUI)
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

#include <gtest/gtest.h>

int main(int argc, char* argv[])
{
    ::testing::InitGoogleTest(&argc, argv);
#if defined(TUTORDESK_TEST_WITH_WIDGETS) || defined(TUTORDESK_TEST_WITH_GUI)
    // Without a display unless asked for one: ctest's test-listing step (gtest_discover_tests)
    // runs the binary without the tests' QT_QPA_PLATFORM=offscreen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    // Settings, recent files and default databases go to a folder of this process's own: never
    // the user's, and never another test's (ctest runs tests in parallel processes).
    QTemporaryDir home;
    for (const char* variable : {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
        qputenv(variable, QFile::encodeName(home.filePath(QString::fromLatin1(variable))));
    TestApplication app(argc, argv);
    tutordesk::setApplicationIdentity();
    // Messages read as the user reads them: "1 line", "2 lines", never "line(s)".
    tutordesk::EnglishPlurals plurals;
    QCoreApplication::installTranslator(&plurals);
    return RUN_ALL_TESTS();
}
