// The weekly review printed: one page, read back from the PDF with poppler's pdftotext; and
// tutordesk-cli report weekly as text, JSON and PDF.
#include "ReportPages.h"
#include "core/weekly/WeeklyFixture.h"
#include "progress/ReportRender.h"
#include "progress/WeeklyReviewDocument.h"
#include "support/CliRun.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QTextDocument>

namespace tutordesk::test {
namespace {

class WeeklyPdfTest : public WeeklyFixtureTest {
protected:
    void SetUp() override
    {
        WeeklyFixtureTest::SetUp();
        ReportRender::setPdfWriter(&ReportPages::writePdf);
        qputenv("TUTORDESK_TODAY", "2026-11-19");
    }

    // The PDF's text, page by page (pdftotext ends each page with a form feed).
    static QStringList pages(const QString& pdf)
    {
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        EXPECT_FALSE(pdftotext.isEmpty()) << "pdftotext (poppler-utils) is needed";
        QProcess process;
        process.start(pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
        EXPECT_TRUE(process.waitForFinished(60000));
        QStringList split = QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\f'));
        if (!split.isEmpty() && split.back().trimmed().isEmpty())
            split.removeLast();
        return split;
    }

    CliRun cli(const QStringList& arguments, bool json = false) const
    {
        QStringList all = {QStringLiteral("--db"), dbPath()};
        if (json)
            all << QStringLiteral("--json");
        return runCli(all + arguments, file(QStringLiteral("from-env.tutordesk")));
    }
};

TEST_F(WeeklyPdfTest, TheReviewIsOnePageWithTheSchoolAndItsFigures)
{
    const WeeklyReview review = WeeklyReviews::review(store(), today(), today());
    const auto document =
        ReportRender::document(WeeklyReviewDocument::html(review), WeeklyReviewDocument::title(review));
    const QString pdf = file(QStringLiteral("review.pdf"));
    const auto written = ReportRender::writePdf(pdf, *document);
    ASSERT_TRUE(written.ok()) << written.error().message.toStdString();
    EXPECT_EQ(written.value(), 1);
    EXPECT_FALSE(QFile::exists(pdf + QStringLiteral(".part")));
    const QStringList text = pages(pdf);
    ASSERT_EQ(text.size(), 1);
    EXPECT_TRUE(text.front().contains(QStringLiteral("Test Elementary")));
    EXPECT_TRUE(text.front().contains(QStringLiteral("67%")));
    EXPECT_TRUE(text.front().contains(QStringLiteral("Elena V.")));
    EXPECT_FALSE(text.front().contains(QStringLiteral("Vargas"))); // no full names on the printed page
    EXPECT_TRUE(text.front().contains(QStringLiteral("Page 1 of 1")));
}

TEST_F(WeeklyPdfTest, CliPrintsTheReviewAsText)
{
    const CliRun run = cli({QStringLiteral("report"), QStringLiteral("weekly")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("Weekly operating review — Test Elementary")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("Attendance 67% (last week 71%, down 4 points)")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("Elena V. — Math B")));
}

TEST_F(WeeklyPdfTest, CliJsonOfAnotherWeek)
{
    const CliRun run = cli({QStringLiteral("report"), QStringLiteral("weekly"), QStringLiteral("--week"),
                            QStringLiteral("2026-11-11")},
                           true);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject json = cliJson(run);
    EXPECT_EQ(json.value(QStringLiteral("weekStart")).toString(), QStringLiteral("2026-11-09"));
    EXPECT_EQ(json.value(QStringLiteral("sessions")).toObject().value(QStringLiteral("held")).toInt(), 6);
    EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString();
}

TEST_F(WeeklyPdfTest, CliWritesThePdf)
{
    const QString pdf = file(QStringLiteral("cli review.pdf"));
    const CliRun run =
        cli({QStringLiteral("report"), QStringLiteral("weekly"), QStringLiteral("--out"), pdf});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("Wrote the weekly review for the week of")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("(1 page)")));
    const QStringList text = pages(pdf);
    ASSERT_EQ(text.size(), 1);
    EXPECT_TRUE(text.front().contains(QStringLiteral("Test Elementary")));
}

TEST_F(WeeklyPdfTest, CliRefusesABadWeekAsAUsageError)
{
    const CliRun run = cli({QStringLiteral("report"), QStringLiteral("weekly"), QStringLiteral("--week"),
                            QStringLiteral("Nov 16")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("YYYY-MM-DD")));
}

} // namespace
} // namespace tutordesk::test
