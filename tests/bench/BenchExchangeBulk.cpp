// Sync to the district on the large school (5,000 students, ~600,000 attendance rows): the bulk export
// rendered to a zip, beside `sqlite3 -csv` dumping the same SELECTs in the same run, the bulk as
// exportBundle makes it for real (outbox and export_rows), and the delta of one school day's attendance.
#include "BenchSchool.h"
#include "exchange/BundleExport.h"
#include "exchange/BundleRender.h"

#include <QFile>
#include <QProcess>

#include <benchmark/benchmark.h>

#include <cstdlib>

namespace tutordesk::bench {
namespace {

const QDateTime bundleTime = QDateTime(QDate(2027, 6, 4), QTime(23, 0), Qt::UTC);

void BM_BulkExport(benchmark::State& state)
{
    auto store = openLargeSchool();
    qint64 bytes = 0;
    int rows = 0;
    for (auto _ : state) {
        auto bundle = renderBulkBundle(*store, {}, bundleTime);
        if (!bundle) {
            state.SkipWithError("bulk refused");
            return;
        }
        bytes = bundle->content.size();
        rows = 0;
        for (const BundleFile& file : bundle->files)
            rows += file.rows;
    }
    state.counters["rows"] = rows;
    state.counters["zipMB"] = static_cast<double>(bytes) / 1e6;
}
BENCHMARK(BM_BulkExport)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_Sqlite3CsvDump(benchmark::State& state)
{
    const QString path = ensureLargeSchool();
    QByteArray script;
    for (const QString& name : exportFileNames())
        script += exportFileSql(name) + ";\n";
    for (auto _ : state) {
        QProcess sqlite;
        sqlite.setStandardOutputFile(QProcess::nullDevice());
        sqlite.start(QStringLiteral("sqlite3"), {QStringLiteral("-csv"), QStringLiteral("-readonly"), path});
        sqlite.write(script);
        sqlite.closeWriteChannel();
        if (!sqlite.waitForFinished(-1) || sqlite.exitCode() != 0) {
            state.SkipWithError("sqlite3 failed");
            return;
        }
    }
}
BENCHMARK(BM_Sqlite3CsvDump)->Unit(benchmark::kMillisecond)->Iterations(3);

// A copy of the large school that records bundles, so the shared file stays as generated.
std::unique_ptr<Store> openCopy()
{
    const QString copy = largeSchoolPath() + QStringLiteral(".exchange-copy");
    removeDatabase(copy);
    {
        auto store = openLargeSchool(); // checkpoints the WAL on close
    }
    if (!QFile::copy(ensureLargeSchool(), copy))
        std::abort();
    auto store = Store::open(copy, Store::OpenMode::ExistingOnly);
    if (!store)
        std::abort();
    return std::move(store).value();
}

void BM_BulkExportRecorded(benchmark::State& state)
{
    auto store = openCopy();
    int n = 0;
    for (auto _ : state) {
        ExportRequest request;
        request.mode = BundleMode::Bulk;
        request.now = bundleTime.addSecs(++n);
        if (!exportBundle(*store, request)) {
            state.SkipWithError("bulk refused");
            return;
        }
    }
}
BENCHMARK(BM_BulkExportRecorded)->Unit(benchmark::kMillisecond)->Iterations(2);

// One school day's attendance changes (every row of the busiest day re-recorded, tardy ⇄ present), then the
// delta. The edit flips back and forth, so every iteration has the same amount of change.
void BM_DeltaOneDay(benchmark::State& state)
{
    auto store = openCopy();
    ExportRequest request;
    request.mode = BundleMode::Bulk;
    request.now = bundleTime;
    if (!exportBundle(*store, request))
        std::abort();
    const QString day =
        store->db().queryText("SELECT s.day FROM attendance a JOIN sessions s ON s.id = a.session_id"
                              " GROUP BY s.day ORDER BY count(*) DESC LIMIT 1");
    int n = 0;
    qint64 changed = 0;
    for (auto _ : state) {
        state.PauseTiming();
        store->db().run(
            "UPDATE attendance SET status = CASE status WHEN 'present' THEN 'tardy' WHEN 'tardy'"
            " THEN 'present' ELSE status END WHERE session_id IN (SELECT id FROM sessions WHERE day = ?)",
            day);
        changed = store->db().changes();
        state.ResumeTiming();
        request.mode = BundleMode::Delta;
        request.now = bundleTime.addSecs(++n * 60);
        auto made = exportBundle(*store, request);
        if (!made || !made.value()) {
            state.SkipWithError("delta refused");
            return;
        }
        state.counters["deltaRows"] = made.value()->files.isEmpty() ? 0 : [&] {
            int rows = 0;
            for (const BundleFile& file : made.value()->files)
                rows += file.rows;
            return rows;
        }();
    }
    state.counters["attendanceEdited"] = static_cast<double>(changed);
}
BENCHMARK(BM_DeltaOneDay)->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace
} // namespace tutordesk::bench
