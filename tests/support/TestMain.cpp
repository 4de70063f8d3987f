// Every test binary gets a QApplication (GUI tests) or QCoreApplication, named like the app.
#include "common/AppIdentity.h"

#include <QStandardPaths>
#include <QtGlobal>

#ifdef TUTORDESK_TEST_WITH_WIDGETS
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

#include <gtest/gtest.h>

int main(int argc, char* argv[])
{
    ::testing::InitGoogleTest(&argc, argv);
    TestApplication app(argc, argv);
    tutordesk::setApplicationIdentity();
    // Settings, recent files and default databases go to a test location, never the user's.
    QStandardPaths::setTestModeEnabled(true);
    return RUN_ALL_TESTS();
}
