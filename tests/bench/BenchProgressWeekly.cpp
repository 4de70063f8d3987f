// The weekly operating review on the large school: the figures of a week in spring (every query of the
// review), and the whole printed page (figures, document, one-page PDF).
#include "BenchProgress.h"
#include "ReportPages.h"
#include "progress/ReportRender.h"
#include "progress/WeeklyReview.h"
#include "progress/WeeklyReviewDocument.h"

#include <QBuffer>
#include <QPdfWriter>
#include <QTextDocument>

#include <benchmark/benchmark.h>

namespace tutordesk::bench {
namespace {

// A Thursday in March: most of the year's attendance, contacts and actions lie behind it.
QDate springDay()
{
    const QDate through = largeSchoolOptions().through;
    const QDate march(2027, 3, 18);
    return through.isValid() && through < march ? through : march;
}

void BM_WeeklyReviewFigures(benchmark::State& state)
{
    auto store = openLargeSchoolWarm(springDay());
    int flagged = 0;
    for (auto _ : state) {
        const WeeklyReview review = WeeklyReviews::review(*store, springDay(), springDay());
        flagged = static_cast<int>(review.flagged.size());
        benchmark::DoNotOptimize(review.attended);
    }
    state.counters["flagged"] = flagged;
}
BENCHMARK(BM_WeeklyReviewFigures)->Unit(benchmark::kMillisecond)->Iterations(5);

void BM_WeeklyReviewPdf(benchmark::State& state)
{
    auto store = openLargeSchoolWarm(springDay());
    int pages = 0;
    for (auto _ : state) {
        const WeeklyReview review = WeeklyReviews::review(*store, springDay(), springDay());
        const auto document =
            ReportRender::document(WeeklyReviewDocument::html(review), WeeklyReviewDocument::title(review));
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        ReportPages::setUp(writer, Paper::Letter);
        pages = ReportPages::paint(writer, *document);
        benchmark::DoNotOptimize(buffer.size());
    }
    state.counters["pages"] = pages;
}
BENCHMARK(BM_WeeklyReviewPdf)->Unit(benchmark::kMillisecond)->Iterations(5);

} // namespace
} // namespace tutordesk::bench
