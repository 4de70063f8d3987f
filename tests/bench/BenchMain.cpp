// The main() every TutorDesk benchmark program shares: a QGuiApplication (offscreen: the letters are laid
// out with fonts) named like the app,
// Google Benchmark's run, and the large school removed afterwards.
#include "BenchSchool.h"
#include "common/AppIdentity.h"

#include <QGuiApplication>

#include <benchmark/benchmark.h>

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    tutordesk::setApplicationIdentity();
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    tutordesk::bench::removeDatabase(tutordesk::bench::largeSchoolPath());
    return 0;
}
