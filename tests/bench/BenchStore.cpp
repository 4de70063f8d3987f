// The foundation's figures on the large school: generating it, opening it, and the Students
// page's queries (first screen, and a sorted, filtered screen).
#include "BenchSchool.h"
#include "common/AppIdentity.h"
#include "roster/StudentQuery.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

namespace tutordesk::bench {
namespace {

constexpr int pageSize = 200; // one fetch of the Students table

void generateLargeSchool(benchmark::State& state)
{
    QTemporaryDir dir;
    std::int64_t attendance = 0;
    for (auto _ : state) {
        const QString path = dir.filePath(QStringLiteral("large-%1.tutordesk").arg(state.iterations()));
        auto store = Store::open(path, Store::OpenMode::CreateIfMissing);
        auto summary = generateDemoSchool(*store.value(), largeSchoolOptions());
        if (!summary)
            state.SkipWithError(summary.error().message.toUtf8().constData());
        else
            attendance = summary->attendance;
    }
    state.counters["attendanceRows"] = static_cast<double>(attendance);
}
BENCHMARK(generateLargeSchool)->Unit(benchmark::kSecond)->Iterations(1);

void openingTheLargeSchool(benchmark::State& state)
{
    const QString path = ensureLargeSchool();
    for (auto _ : state) {
        auto store = Store::open(path, Store::OpenMode::ExistingOnly);
        benchmark::DoNotOptimize(store.ok());
    }
}
BENCHMARK(openingTheLargeSchool)->Unit(benchmark::kMillisecond);

void studentsFirstScreen(benchmark::State& state)
{
    auto store = openLargeSchool();
    StudentQuery query(*store);
    for (auto _ : state) {
        benchmark::DoNotOptimize(query.count({}));
        benchmark::DoNotOptimize(query.page({}, {}, 0, pageSize));
    }
}
BENCHMARK(studentsFirstScreen)->Unit(benchmark::kMillisecond);

void studentsSortedByProgram(benchmark::State& state)
{
    auto store = openLargeSchool();
    StudentQuery query(*store);
    const StudentSort sort{StudentColumn::Program, true};
    for (auto _ : state)
        benchmark::DoNotOptimize(query.page({}, sort, 0, pageSize));
}
BENCHMARK(studentsSortedByProgram)->Unit(benchmark::kMillisecond);

void studentsSearchedFilteredSorted(benchmark::State& state)
{
    auto store = openLargeSchool();
    StudentQuery query(*store);
    StudentFilter filter;
    filter.search = QStringLiteral("ma");
    filter.elStatus = QStringLiteral("EL");
    const StudentSort sort{StudentColumn::AttendanceRate, false};
    for (auto _ : state) {
        benchmark::DoNotOptimize(query.count(filter));
        benchmark::DoNotOptimize(query.page(filter, sort, 0, pageSize));
    }
}
BENCHMARK(studentsSearchedFilteredSorted)->Unit(benchmark::kMillisecond);

void studentsLastPage(benchmark::State& state)
{
    auto store = openLargeSchool();
    StudentQuery query(*store);
    const int total = query.count({});
    for (auto _ : state)
        benchmark::DoNotOptimize(query.page({}, {StudentColumn::Grade, false}, total - pageSize, pageSize));
}
BENCHMARK(studentsLastPage)->Unit(benchmark::kMillisecond);

} // namespace
} // namespace tutordesk::bench
