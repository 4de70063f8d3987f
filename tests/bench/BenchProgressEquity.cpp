// The equity audit on the large school (5,000 students, a full year): every dimension and group, with the
// seat figures, growth, make-ups and pauses behind them, as the Equity Audit tab and `report equity` read it.
#include "BenchProgress.h"
#include "progress/Equity.h"
#include "progress/EquityText.h"

#include <benchmark/benchmark.h>

namespace tutordesk::bench {
namespace {

void BM_ProgressEquityAudit(benchmark::State& state)
{
    auto store = openLargeSchoolWarm();
    const QDate today = largeSchoolOptions().through;
    std::size_t rows = 0;
    for (auto _ : state) {
        const EquityAudit audit = Equity::audit(*store, today);
        rows = audit.rows.size();
        benchmark::DoNotOptimize(audit.gaps.size());
    }
    state.counters["rows"] = static_cast<double>(rows);
}
BENCHMARK(BM_ProgressEquityAudit)->Unit(benchmark::kMillisecond)->Iterations(5);

void BM_ProgressEquityText(benchmark::State& state)
{
    auto store = openLargeSchoolWarm();
    const EquityAudit audit = Equity::audit(*store, largeSchoolOptions().through);
    for (auto _ : state) {
        const QString text = EquityText::plainText(audit) + EquityText::html(audit, QStringLiteral("School"));
        benchmark::DoNotOptimize(text.size());
    }
}
BENCHMARK(BM_ProgressEquityText)->Unit(benchmark::kMillisecond)->Iterations(20);

} // namespace
} // namespace tutordesk::bench
