// The 30-second view on the large school (1,500 students in tutoring, a full year of attendance): the
// first window of the school-wide table sorted by growth, the flagged students, the per-group table and
// the count with the summary line. Each is what one screen change costs.
#include "BenchProgress.h"
#include "progress/ProgressTable.h"

#include <benchmark/benchmark.h>

namespace tutordesk::bench {
namespace {

QDate benchToday()
{
    return largeSchoolOptions().through;
}

void BM_ProgressTableFirstWindowByGrowth(benchmark::State& state)
{
    auto store = openLargeSchoolWarm();
    const ProgressSort sort{ProgressColumn::Growth, true};
    size_t rows = 0;
    for (auto _ : state) {
        const auto window = ProgressTable::rows(*store, benchToday(), {}, sort, 0, 100);
        rows = window.size();
        benchmark::DoNotOptimize(window.data());
    }
    state.counters["rows"] = static_cast<double>(rows);
}
BENCHMARK(BM_ProgressTableFirstWindowByGrowth)->Unit(benchmark::kMillisecond)->Iterations(5);

void BM_ProgressTableLaterWindowByName(benchmark::State& state)
{
    auto store = openLargeSchoolWarm();
    const ProgressSort sort{ProgressColumn::Student, false};
    for (auto _ : state) {
        const auto window = ProgressTable::rows(*store, benchToday(), {}, sort, 1000, 100);
        benchmark::DoNotOptimize(window.data());
    }
}
BENCHMARK(BM_ProgressTableLaterWindowByName)->Unit(benchmark::kMillisecond)->Iterations(5);

void BM_ProgressTableFlaggedFilter(benchmark::State& state)
{
    auto store = openLargeSchoolWarm();
    ProgressFilter filter;
    filter.flag = ProgressFlagFilter::Flagged;
    size_t rows = 0;
    for (auto _ : state) {
        const auto window = ProgressTable::rows(*store, benchToday(), filter, {}, 0, 100);
        rows = window.size();
        benchmark::DoNotOptimize(window.data());
    }
    state.counters["rows"] = static_cast<double>(rows);
}
BENCHMARK(BM_ProgressTableFlaggedFilter)->Unit(benchmark::kMillisecond)->Iterations(5);

void BM_ProgressTableOneGroup(benchmark::State& state)
{
    auto store = openLargeSchoolWarm();
    ProgressFilter filter;
    filter.groupId =
        store->db().queryInteger("SELECT min(group_id) FROM enrollments WHERE status = 'active'");
    for (auto _ : state) {
        const auto window = ProgressTable::rows(*store, benchToday(), filter, {}, 0, 100);
        benchmark::DoNotOptimize(window.data());
    }
}
BENCHMARK(BM_ProgressTableOneGroup)->Unit(benchmark::kMillisecond)->Iterations(5);

void BM_ProgressTableGroups(benchmark::State& state)
{
    auto store = openLargeSchoolWarm();
    size_t groups = 0;
    for (auto _ : state) {
        const auto rows = ProgressTable::groups(*store, benchToday(), {});
        groups = rows.size();
        benchmark::DoNotOptimize(rows.data());
    }
    state.counters["groups"] = static_cast<double>(groups);
}
BENCHMARK(BM_ProgressTableGroups)->Unit(benchmark::kMillisecond)->Iterations(5);

void BM_ProgressTableCountAndSummary(benchmark::State& state)
{
    auto store = openLargeSchoolWarm();
    ProgressSummary summary;
    for (auto _ : state) {
        benchmark::DoNotOptimize(ProgressTable::count(*store, benchToday(), {}));
        summary = ProgressTable::summary(*store, benchToday(), {});
    }
    state.counters["seats"] = summary.rows;
    state.counters["notAttending"] = summary.notAttending;
    state.counters["notImproving"] = summary.notImproving;
}
BENCHMARK(BM_ProgressTableCountAndSummary)->Unit(benchmark::kMillisecond)->Iterations(5);

void BM_ProgressTableFlaggedForWeeklyReview(benchmark::State& state)
{
    auto store = openLargeSchoolWarm();
    size_t seats = 0;
    for (auto _ : state) {
        const FlaggedStudents flagged = ProgressTable::flagged(*store, benchToday());
        seats = flagged.seats.size();
    }
    state.counters["seats"] = static_cast<double>(seats);
}
BENCHMARK(BM_ProgressTableFlaggedForWeeklyReview)->Unit(benchmark::kMillisecond)->Iterations(5);

} // namespace
} // namespace tutordesk::bench
