// Placement's figures on the large school (5,000 students, a full year): ranking everyone, a dry-run
// placement (with the budget the groups offer, and with room for many new groups) and the Placement page.
#include "BenchSchool.h"
#include "common/AppIdentity.h"
#include "placement/NeedScore.h"
#include "placement/Placement.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>

namespace tutordesk::bench {
namespace {

void rankingTheLargeSchool(benchmark::State& state)
{
    auto store = openLargeSchool();
    std::size_t students = 0;
    for (auto _ : state) {
        auto ranked = NeedScore::rankAll(*store);
        if (!ranked)
            state.SkipWithError(ranked.error().message.toUtf8().constData());
        else
            students = ranked->size();
    }
    state.counters["students"] = static_cast<double>(students);
}
BENCHMARK(rankingTheLargeSchool)->Unit(benchmark::kMillisecond);

void placeDryRun(benchmark::State& state, std::optional<int> budget)
{
    auto store = openLargeSchool();
    if (!Placement::setSeatBudget(*store, budget).ok())
        state.SkipWithError("the seat budget could not be set");
    PlacementResult last;
    for (auto _ : state) {
        auto placed = Placement::place(*store, true);
        if (!placed)
            state.SkipWithError(placed.error().message.toUtf8().constData());
        else
            last = std::move(placed).value();
    }
    (void)Placement::setSeatBudget(*store, std::nullopt);
    state.counters["groups"] = static_cast<double>(last.groups.size());
    state.counters["placed"] = last.placed;
    state.counters["newGroups"] = last.groupsCreated;
    state.counters["waitlist"] = static_cast<double>(last.waitlist.size());
}

void placingTheLargeSchoolDryRun(benchmark::State& state)
{
    placeDryRun(state, std::nullopt);
}
BENCHMARK(placingTheLargeSchoolDryRun)->Unit(benchmark::kMillisecond);

void placingTheLargeSchoolWithNewGroupsDryRun(benchmark::State& state)
{
    placeDryRun(state, 8000);
}
BENCHMARK(placingTheLargeSchoolWithNewGroupsDryRun)->Unit(benchmark::kMillisecond);

void placementPageOfTheLargeSchool(benchmark::State& state)
{
    auto store = openLargeSchool();
    PlacementResult result;
    for (auto _ : state) {
        result = Placement::current(*store);
        benchmark::DoNotOptimize(result.groups.data());
    }
    std::size_t seated = 0;
    for (const PlacedGroup& g : result.groups)
        seated += g.students.size();
    state.counters["groups"] = static_cast<double>(result.groups.size());
    state.counters["seated"] = static_cast<double>(seated);
    state.counters["waitlist"] = static_cast<double>(result.waitlist.size());
}
BENCHMARK(placementPageOfTheLargeSchool)->Unit(benchmark::kMillisecond);

} // namespace
} // namespace tutordesk::bench
