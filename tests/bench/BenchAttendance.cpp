// Attendance and the protocol on the large school: a day's attendance, the whole protocol, the Today page.
#include "BenchSchool.h"
#include "attendance/Attendance.h"
#include "attendance/TodayOverview.h"
#include "protocol/ProtocolActions.h"
#include "protocol/ProtocolEngine.h"
#include "store/Transaction.h"

#include <benchmark/benchmark.h>

namespace tutordesk::bench {
namespace {

// The day the large school's year ends: every session of the year is behind it.
const QDate lastDay(2027, 6, 4);

void countActions(benchmark::State& state, Store& store, const ProtocolRefresh& last)
{
    Database& db = store.db();
    state.counters["seats"] =
        static_cast<double>(db.queryInteger("SELECT count(*) FROM enrollments WHERE group_id IS NOT NULL AND "
                                            "status IN ('active', 'consented', 'paused')"));
    state.counters["attendance"] = static_cast<double>(db.queryInteger("SELECT count(*) FROM attendance"));
    state.counters["actions"] = static_cast<double>(db.queryInteger("SELECT count(*) FROM protocol_actions"));
    state.counters["created"] = last.created;
}

// What the Today page and `tutordesk-cli protocol` do every time: the whole school's protocol brought up to
// date when it already is (the demo followed it through the year), in one transaction.
void BM_ProtocolRefreshLargeSchool(benchmark::State& state)
{
    auto store = openLargeSchool();
    ProtocolRefresh last;
    for (auto _ : state) {
        auto refreshed = ProtocolEngine::refresh(*store, lastDay);
        if (!refreshed) {
            state.SkipWithError(refreshed.error().message.toUtf8().constData());
            return;
        }
        last = refreshed.value();
    }
    countActions(state, *store, last);
}
BENCHMARK(BM_ProtocolRefreshLargeSchool)->Unit(benchmark::kMillisecond);

// What recording one session's attendance adds: the protocol for that session's students only, inside the
// recording's transaction (committed each time; nothing changes after the first).
void BM_ProtocolRefreshOneSession(benchmark::State& state)
{
    auto store = openLargeSchool();
    Database& db = store->db();
    std::vector<std::int64_t> students;
    Statement st =
        db.prepare("SELECT student_id FROM attendance WHERE session_id ="
                   " (SELECT session_id FROM attendance GROUP BY session_id ORDER BY count(*) DESC,"
                   " session_id LIMIT 1)");
    while (st.step())
        students.push_back(st.integer(0));
    for (auto _ : state) {
        Transaction tx(db);
        const ProtocolRefresh refreshed = ProtocolEngine::refreshStudents(*store, students, lastDay);
        benchmark::DoNotOptimize(refreshed.created);
        tx.commit();
    }
    state.counters["students"] = static_cast<double>(students.size());
}
BENCHMARK(BM_ProtocolRefreshOneSession)->Unit(benchmark::kMillisecond);

// A copy of the large school whose protocol starts empty before each run (emptied, untimed): the first
// refresh after TutorDesk is adopted with a year of attendance, every action created.
QString protocolCopyPath()
{
    return QDir::temp().filePath(QStringLiteral("tutordesk-bench-large-protocol.tutordesk"));
}

struct ProtocolCopyCleanup {
    ~ProtocolCopyCleanup() { removeDatabase(protocolCopyPath()); }
};

void BM_ProtocolRefreshLargeSchoolFromEmpty(benchmark::State& state)
{
    static ProtocolCopyCleanup cleanup;
    {
        auto source = openLargeSchool();
        source->db().execute("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    removeDatabase(protocolCopyPath());
    if (!QFile::copy(ensureLargeSchool(), protocolCopyPath())) {
        state.SkipWithError("the large school could not be copied");
        return;
    }
    auto opened = Store::open(protocolCopyPath(), Store::OpenMode::ExistingOnly);
    if (!opened) {
        state.SkipWithError("the copy of the large school could not be opened");
        return;
    }
    Store& store = *opened.value();
    Database& db = store.db();
    ProtocolRefresh last;
    for (auto _ : state) {
        state.PauseTiming();
        {
            Transaction tx(db);
            db.execute("DELETE FROM protocol_actions; DELETE FROM tombstones");
            tx.commit();
        }
        state.ResumeTiming();
        auto refreshed = ProtocolEngine::refresh(store, lastDay);
        if (!refreshed) {
            state.SkipWithError(refreshed.error().message.toUtf8().constData());
            return;
        }
        last = refreshed.value();
    }
    countActions(state, store, last);
}
BENCHMARK(BM_ProtocolRefreshLargeSchoolFromEmpty)->Unit(benchmark::kMillisecond);

// A school day in the middle of the large school's year (a Wednesday in March).
const QDate midYear(2027, 3, 3);

// A copy of the large school for the benchmarks that write: the shared file stays as generated.
QString writableCopyPath()
{
    return QDir::temp().filePath(QStringLiteral("tutordesk-bench-large-writable.tutordesk"));
}

struct WritableCopyCleanup {
    ~WritableCopyCleanup() { removeDatabase(writableCopyPath()); }
};

std::unique_ptr<Store> openWritableCopy()
{
    static WritableCopyCleanup cleanup;
    {
        auto source = openLargeSchool();
        source->db().execute("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    removeDatabase(writableCopyPath());
    if (!QFile::copy(ensureLargeSchool(), writableCopyPath()))
        return nullptr;
    auto opened = Store::open(writableCopyPath(), Store::OpenMode::ExistingOnly);
    return opened ? std::move(opened).value() : nullptr;
}

// The coordinator's afternoon: every session of one school day taken, one session at a time as the
// attendance dialog saves it (each its own transaction, with the protocol for its students). The day's
// attendance is cleared before each run (untimed), so every run records it afresh.
void BM_RecordOneDaysAttendance(benchmark::State& state)
{
    auto store = openWritableCopy();
    if (!store) {
        state.SkipWithError("the large school could not be copied");
        return;
    }
    Database& db = store->db();
    std::vector<std::int64_t> sessions;
    Statement st =
        db.prepare("SELECT id FROM sessions WHERE day = ? AND status = 'held' ORDER BY starts_at, id");
    st.bindAll(midYear);
    while (st.step())
        sessions.push_back(st.integer(0));
    // What the coordinator enters: the sheet as it was, each student's status and minutes.
    std::vector<AttendanceEntry> entries;
    for (const std::int64_t id : sessions) {
        const auto sheet = Attendance::sheet(*store, id);
        AttendanceEntry entry;
        for (const AttendanceRow& row : sheet->rows)
            entry.marks.push_back(
                {row.studentId,
                 row.status.value_or(AttendanceStatus::Present),
                 row.status == AttendanceStatus::Tardy ? std::optional<int>(row.minutes) : std::nullopt,
                 {},
                 row.absentFromSchool});
        entries.push_back(std::move(entry));
    }
    int marks = 0;
    for (auto _ : state) {
        state.PauseTiming();
        {
            Transaction tx(db);
            db.run("DELETE FROM attendance WHERE session_id IN (SELECT id FROM sessions WHERE day = ?)",
                   midYear);
            db.run("UPDATE sessions SET status = 'scheduled' WHERE day = ? AND status = 'held'", midYear);
            tx.commit();
        }
        state.ResumeTiming();
        marks = 0;
        for (std::size_t i = 0; i < sessions.size(); ++i) {
            auto recorded = Attendance::record(*store, sessions[i], entries[i], midYear);
            if (!recorded) {
                state.SkipWithError(recorded.error().message.toUtf8().constData());
                return;
            }
            marks += static_cast<int>(entries[i].marks.size());
        }
    }
    state.counters["sessions"] = static_cast<double>(sessions.size());
    state.counters["marks"] = marks;
}
BENCHMARK(BM_RecordOneDaysAttendance)->Unit(benchmark::kMillisecond)->Iterations(3);

// What the Today page reads when it opens on the year's last day (its backlog at its largest): the day's
// sessions with their attendance, the due actions (overdue first) with each family's card, and the
// follow-ups.
void BM_TodayOverview(benchmark::State& state)
{
    auto store = openLargeSchool();
    TodayOverview overview;
    for (auto _ : state) {
        overview = TodayOverviews::load(*store, lastDay);
        benchmark::DoNotOptimize(overview.sessions.data());
    }
    state.counters["sessions"] = static_cast<double>(overview.sessions.size());
    state.counters["actions"] = static_cast<double>(overview.actions.size());
    state.counters["followUps"] = static_cast<double>(overview.followUps.size());
}
BENCHMARK(BM_TodayOverview)->Unit(benchmark::kMillisecond);

} // namespace
} // namespace tutordesk::bench
