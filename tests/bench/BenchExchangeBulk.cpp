#include <benchmark/benchmark.h>

// Placeholder until the bundles part lands.
static void BM_ExchangePlaceholder(benchmark::State& state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(state.iterations());
}
BENCHMARK(BM_ExchangePlaceholder);
