// Family letters on the large school: a batch of 500 progress letters in the eleven letter languages,
// merged, laid out one per page and written to one PDF ("print all" for a whole program).
#include "BenchSchool.h"
#include "LetterPages.h"
#include "letters/LetterLanguages.h"
#include "letters/LetterMerge.h"
#include "letters/LetterRender.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QPdfWriter>

#include <benchmark/benchmark.h>

#include <cstdlib>
#include <vector>

namespace tutordesk::bench {
namespace {

constexpr int batch = 500;

// 500 students in tutoring whose progress letter merges, each asked in the next letter language in
// turn, so the batch mixes every script (Latin, Hangul, Han, Armenian, Cyrillic, Arabic).
const std::vector<LetterRequest>& requests(Store& store)
{
    static std::vector<LetterRequest> list;
    if (!list.empty())
        return list;
    const QStringList languages = LetterLanguages::codes();
    Statement st = store.db().prepare("SELECT DISTINCT student_id FROM enrollments WHERE status = 'active'"
                                      " ORDER BY student_id");
    st.bindAll();
    int n = 0;
    while (st.step() && static_cast<int>(list.size()) < batch) {
        LetterRequest request;
        request.studentId = st.integer(0);
        request.kind = QStringLiteral("progress");
        request.language = languages.at(n % languages.size());
        request.date = largeSchoolOptions().through;
        if (LetterMerge::merge(store, request).ok()) {
            list.push_back(request);
            ++n;
        }
    }
    if (static_cast<int>(list.size()) < batch)
        std::abort();
    return list;
}

void BM_LettersMerge500(benchmark::State& state)
{
    auto store = openLargeSchool();
    const auto& batchRequests = requests(*store);
    for (auto _ : state) {
        auto merged = LetterMerge::mergeAll(*store, batchRequests);
        if (!merged)
            state.SkipWithError("merge refused");
        benchmark::DoNotOptimize(merged);
    }
    state.counters["letters"] = batch;
}
BENCHMARK(BM_LettersMerge500)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_LettersRender500(benchmark::State& state)
{
    auto store = openLargeSchool();
    auto merged = LetterMerge::mergeAll(*store, requests(*store));
    if (!merged)
        std::abort();
    int pages = 0;
    for (auto _ : state) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        LetterPages::setUp(writer, Paper::Letter);
        pages = LetterPages::paint(writer, merged.value());
        benchmark::DoNotOptimize(buffer.size());
    }
    state.counters["pages"] = pages;
}
BENCHMARK(BM_LettersRender500)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_LettersBatch500ToPdf(benchmark::State& state)
{
    auto store = openLargeSchool();
    const auto& batchRequests = requests(*store);
    const QString path = QDir::temp().filePath(QStringLiteral("tutordesk-bench-letters.pdf"));
    int pages = 0;
    for (auto _ : state) {
        auto merged = LetterMerge::mergeAll(*store, batchRequests);
        if (!merged) {
            state.SkipWithError("merge refused");
            break;
        }
        const auto written = LetterPages::writePdf(path, merged.value(), Paper::Letter);
        if (!written) {
            state.SkipWithError("PDF not written");
            break;
        }
        pages = written.value();
    }
    state.counters["pages"] = pages;
    state.counters["MB"] = static_cast<double>(QFile(path).size()) / 1e6;
    QFile::remove(path);
}
BENCHMARK(BM_LettersBatch500ToPdf)->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace
} // namespace tutordesk::bench
