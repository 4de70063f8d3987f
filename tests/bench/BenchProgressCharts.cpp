// The Progress charts' data queries on the large school: a student's, a group's and the school's charts,
// each part on its own (what one chart reads) and each scope whole (what a scope change reads).
#include "BenchProgress.h"
#include "progress/ChartData.h"

#include <benchmark/benchmark.h>

#include <cstdlib>

namespace tutordesk::bench {
namespace {

QDate benchToday()
{
    return QDate(2027, 3, 12);
}

// A student in tutoring with probes, and their group.
struct Subjects {
    std::int64_t student = 0;
    std::int64_t group = 0;
};

Subjects subjects(Store& store)
{
    Statement st = store.db().prepare(
        "SELECT e.student_id, e.group_id FROM enrollments e"
        " WHERE e.status = 'active' AND EXISTS (SELECT 1 FROM assessments a WHERE a.student_id = e.student_id"
        "  AND a.kind = 'probe') ORDER BY e.id LIMIT 1");
    st.bindAll();
    if (!st.step())
        std::abort();
    return {st.integer(0), st.integer(1)};
}

template <typename F> void run(benchmark::State& state, F&& query)
{
    auto store = openLargeSchoolWarm(benchToday());
    const Subjects s = subjects(*store);
    for (auto _ : state) {
        auto data = query(*store, s);
        benchmark::DoNotOptimize(data);
    }
}

void BM_ChartStudentProbes(benchmark::State& state)
{
    run(state, [](Store& st, const Subjects& s) { return ChartData::probes(st, s.student, benchToday()); });
}
void BM_ChartStudentMinutes(benchmark::State& state)
{
    run(state, [](Store& st, const Subjects& s) {
        return ChartData::cumulativeMinutes(st, s.student, benchToday());
    });
}
void BM_ChartStudentWeeks(benchmark::State& state)
{
    run(state,
        [](Store& st, const Subjects& s) { return ChartData::studentWeeks(st, s.student, benchToday()); });
}
void BM_ChartGroupGrowth(benchmark::State& state)
{
    run(state,
        [](Store& st, const Subjects& s) { return ChartData::groupGrowth(st, s.group, benchToday()); });
}
void BM_ChartGroupWeeks(benchmark::State& state)
{
    run(state, [](Store& st, const Subjects& s) { return ChartData::groupWeeks(st, s.group, benchToday()); });
}
void BM_ChartSchoolDosage(benchmark::State& state)
{
    run(state, [](Store& st, const Subjects&) { return ChartData::dosageDistribution(st, benchToday()); });
}
void BM_ChartSchoolGrowthByDosage(benchmark::State& state)
{
    run(state, [](Store& st, const Subjects&) { return ChartData::growthByDosage(st, benchToday()); });
}
void BM_ChartSchoolWeeks(benchmark::State& state)
{
    run(state, [](Store& st, const Subjects&) { return ChartData::schoolWeeks(st, benchToday()); });
}
void BM_ChartSchoolTiers(benchmark::State& state)
{
    run(state, [](Store& st, const Subjects&) { return ChartData::tiers(st, benchToday()); });
}
void BM_ChartScopeStudent(benchmark::State& state)
{
    run(state, [](Store& st, const Subjects& s) { return ChartData::student(st, s.student, benchToday()); });
}
void BM_ChartScopeGroup(benchmark::State& state)
{
    run(state, [](Store& st, const Subjects& s) { return ChartData::group(st, s.group, benchToday()); });
}
void BM_ChartScopeSchool(benchmark::State& state)
{
    run(state, [](Store& st, const Subjects&) { return ChartData::school(st, benchToday()); });
}
void BM_ChartChoosers(benchmark::State& state)
{
    run(state, [](Store& st, const Subjects&) {
        return ChartData::students(st).size() + ChartData::groups(st).size();
    });
}

BENCHMARK(BM_ChartStudentProbes)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ChartStudentMinutes)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ChartStudentWeeks)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ChartGroupGrowth)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ChartGroupWeeks)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ChartSchoolDosage)->Unit(benchmark::kMillisecond)->Iterations(5);
BENCHMARK(BM_ChartSchoolGrowthByDosage)->Unit(benchmark::kMillisecond)->Iterations(5);
BENCHMARK(BM_ChartSchoolWeeks)->Unit(benchmark::kMillisecond)->Iterations(5);
BENCHMARK(BM_ChartSchoolTiers)->Unit(benchmark::kMillisecond)->Iterations(5);
BENCHMARK(BM_ChartScopeStudent)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ChartScopeGroup)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ChartScopeSchool)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_ChartChoosers)->Unit(benchmark::kMillisecond)->Iterations(5);

} // namespace
} // namespace tutordesk::bench
