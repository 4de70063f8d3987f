// What the progress views pay before their first query after a change: dosage for every seat and growth
// for every probed skill, built into the connection's cache (SeatFigures), against computing them in a
// statement as every query did before the cache.
#include "BenchSchool.h"
#include "progress/SeatFigures.h"
#include "store/Statement.h"

#include <benchmark/benchmark.h>

#include <string>

namespace tutordesk::bench {
namespace {

std::int64_t seatCount(Store& store, const std::string& tables, const QDate& today)
{
    Statement st = store.db().prepare("WITH " + tables +
                                      " SELECT count(*) + total(delivered_minutes) +"
                                      " (SELECT total(growth) FROM probe_growth) FROM seat_figures");
    st.bindNamed(":today", today);
    st.step();
    return st.integer(0);
}

// A change to the database (here a setting) makes the cache stale: the next read builds it again.
void BM_ProgressCacheBuildAfterAChange(benchmark::State& state)
{
    auto store = openLargeSchool();
    const QDate today = largeSchoolOptions().through;
    int change = 0;
    for (auto _ : state) {
        state.PauseTiming();
        store->db().run("INSERT OR REPLACE INTO settings (key, value) VALUES ('bench.change', ?)", ++change);
        state.ResumeTiming();
        benchmark::DoNotOptimize(seatCount(*store, SeatFigures::commonTables(*store, today), today));
    }
}
BENCHMARK(BM_ProgressCacheBuildAfterAChange)->Unit(benchmark::kMillisecond)->Iterations(5);

void BM_ProgressCachedRead(benchmark::State& state)
{
    auto store = openLargeSchool();
    const QDate today = largeSchoolOptions().through;
    seatCount(*store, SeatFigures::commonTables(*store, today), today);
    for (auto _ : state)
        benchmark::DoNotOptimize(seatCount(*store, SeatFigures::commonTables(*store, today), today));
}
BENCHMARK(BM_ProgressCachedRead)->Unit(benchmark::kMillisecond)->Iterations(20);

void BM_ProgressComputedInTheStatement(benchmark::State& state)
{
    auto store = openLargeSchool();
    const QDate today = largeSchoolOptions().through;
    for (auto _ : state)
        benchmark::DoNotOptimize(seatCount(*store, SeatFigures::commonTables(), today));
}
BENCHMARK(BM_ProgressComputedInTheStatement)->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace
} // namespace tutordesk::bench
