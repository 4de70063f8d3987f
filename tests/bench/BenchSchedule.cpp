// The schedule's figures on the large school (5,000 students, ~845 groups): generating a year of sessions
// for every group, reading a week with its students, and checking one group's year-long pattern for
// conflicts.
#include "BenchSchool.h"
#include "schedule/GroupSchedule.h"
#include "schedule/Groups.h"
#include "schedule/ScheduleQuery.h"
#include "store/Transaction.h"

#include <benchmark/benchmark.h>

namespace tutordesk::bench {
namespace {

// The large school as it stands before tutoring starts (placement done, every session of the year still
// ahead and regenerable): the honest case for generating a year and for checking a year's pattern.
QString augustSchoolPath()
{
    return QDir::temp().filePath(QStringLiteral("tutordesk-bench-large-august.tutordesk"));
}

// Removed when the program ends, like the large school.
struct AugustSchoolCleanup {
    ~AugustSchoolCleanup() { removeDatabase(augustSchoolPath()); }
};

std::unique_ptr<Store> openAugustSchool()
{
    static bool generated = false;
    static AugustSchoolCleanup cleanup;
    const QString path = augustSchoolPath();
    if (!generated) {
        removeDatabase(path);
        auto store = Store::open(path, Store::OpenMode::CreateIfMissing);
        DemoOptions options = largeSchoolOptions();
        options.through = QDate(2026, 8, 20);
        if (!store || !generateDemoSchool(*store.value(), options).ok())
            std::abort();
        generated = true;
    }
    auto store = Store::open(path, Store::OpenMode::ExistingOnly);
    if (!store)
        std::abort();
    return std::move(store).value();
}

QDate yearStart(Store& store)
{
    return QDate::fromString(store.db().queryText("SELECT year_start FROM school"), Qt::ISODate);
}

// Every group's sessions for the whole year, generated from the first day of school into an empty
// sessions table (emptied, untimed, before each run).
void BM_RegenerateYear(benchmark::State& state)
{
    auto store = openAugustSchool();
    Database& db = store->db();
    const QDate from = yearStart(*store);
    SessionChanges changes;
    for (auto _ : state) {
        state.PauseTiming();
        {
            Transaction tx(db);
            db.execute("DELETE FROM sessions; DELETE FROM tombstones");
            tx.commit();
        }
        state.ResumeTiming();
        changes = GroupSchedule::regenerateAll(*store, from);
    }
    state.counters["groups"] = static_cast<double>(db.queryInteger("SELECT count(*) FROM tutoring_groups"));
    state.counters["sessions"] = changes.added;
}
BENCHMARK(BM_RegenerateYear)->Unit(benchmark::kMillisecond);

// A week of the schedule with every session's students: a past week (students from attendance) on the
// full-year school, and a week ahead (students from the seats) on the August school.
void weekQuery(benchmark::State& state, Store& store, const QDate& monday)
{
    std::vector<ScheduledSession> week;
    for (auto _ : state) {
        week = ScheduleQuery::range(store, monday, monday.addDays(6));
        benchmark::DoNotOptimize(week.data());
    }
    std::size_t students = 0;
    for (const ScheduledSession& s : week)
        students += s.students.size();
    state.counters["sessions"] = static_cast<double>(week.size());
    state.counters["students"] = static_cast<double>(students);
}

void BM_WeekQuery(benchmark::State& state)
{
    auto store = openLargeSchool();
    weekQuery(state, *store, QDate(2027, 1, 25));
}
BENCHMARK(BM_WeekQuery)->Unit(benchmark::kMillisecond);

void BM_WeekQueryAhead(benchmark::State& state)
{
    auto store = openAugustSchool();
    weekQuery(state, *store, QDate(2027, 1, 25));
}
BENCHMARK(BM_WeekQueryAhead)->Unit(benchmark::kMillisecond);

// The conflicts of one group's pattern for the whole year (what saving it in the group editor checks):
// the busiest group with a room and a full set of seats.
void BM_GroupConflicts(benchmark::State& state)
{
    auto store = openAugustSchool();
    const std::int64_t groupId = store->db().queryInteger(
        "SELECT g.id FROM tutoring_groups g WHERE g.location <> '' AND g.delivery_model <> 'virtual'"
        " ORDER BY (SELECT count(*) FROM enrollments e WHERE e.group_id = g.id"
        " AND e.status IN ('invited', 'consented', 'active')) DESC,"
        " (SELECT count(*) FROM sessions s WHERE s.group_id = g.id) DESC, g.id LIMIT 1");
    const auto group = Groups::find(*store, groupId);
    if (!group) {
        state.SkipWithError("the large school has no group");
        return;
    }
    const QDate from = yearStart(*store);
    std::size_t found = 0;
    for (auto _ : state) {
        const auto conflicts = GroupSchedule::conflicts(*store, *group, from);
        found = conflicts.size();
        benchmark::DoNotOptimize(found);
    }
    state.counters["sessions"] = static_cast<double>(
        store->db().queryInteger("SELECT count(*) FROM sessions WHERE group_id = ?", groupId));
    state.counters["conflicts"] = static_cast<double>(found);
}
BENCHMARK(BM_GroupConflicts)->Unit(benchmark::kMillisecond);

} // namespace
} // namespace tutordesk::bench
