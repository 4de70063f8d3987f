// tutordesk-cli report weekly: the weekly operating review as text, its figures as JSON, or the printed
// page as a PDF.
#include "cli/CliContext.h"
#include "progress/ReportRender.h"
#include "progress/WeeklyReview.h"
#include "progress/WeeklyReviewDocument.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>
#include <QLocale>
#include <QTextDocument>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::Cli)
};

} // namespace

int runReportWeekly(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"),
                                  Tr::tr("print the review's figures as one JSON document"));
    const QCommandLineOption weekOption(QStringLiteral("week"),
                                        Tr::tr("any day of the week to review (default: this week)"),
                                        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption outOption(QStringLiteral("out"), Tr::tr("write the one-page review as this PDF"),
                                       QStringLiteral("FILE.pdf"));
    const QCommandLineOption paperOption(QStringLiteral("paper"),
                                         Tr::tr("letter (US Letter, the default) or a4"),
                                         QStringLiteral("letter|a4"));
    parser.addOptions({json, weekOption, outOption, paperOption});
    if (!parser.parse(context.arguments()))
        return context.usage(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return context.usage(
            Tr::tr("report weekly takes no names, only options: \"report weekly --week 2026-11-16 "
                   "--out review.pdf\"."));

    const QDate today = CliContext::today();
    QDate day = today;
    if (parser.isSet(weekOption)) {
        day = QDate::fromString(parser.value(weekOption).trimmed(), Qt::ISODate);
        if (!day.isValid())
            return context.usage(Tr::tr("--week needs a date as YYYY-MM-DD, not \u201c%1\u201d.")
                                     .arg(parser.value(weekOption)));
    }
    const std::optional<Paper> paper = LetterRender::paperFromCode(
        parser.isSet(paperOption) ? parser.value(paperOption) : QStringLiteral("letter"));
    if (!paper)
        return context.usage(
            Tr::tr("--paper must be letter or a4, not \u201c%1\u201d.").arg(parser.value(paperOption)));
    const QString out = parser.value(outOption).trimmed();
    if (parser.isSet(outOption) && out.isEmpty())
        return context.usage(Tr::tr("Say where to save the review with --out FILE.pdf."));

    auto store = context.openStore(Store::OpenMode::ExistingOnly);
    if (!store)
        return ExitRefused;
    if (!store->hasSchool())
        return context.refuse(
            Tr::tr("%1 has no school yet: set it up first (tutordesk-cli init).").arg(store->path()));

    const WeeklyReview review = WeeklyReviews::review(*store, day, today);
    const bool asJson = context.json() || parser.isSet(json);
    int pages = 0;
    if (!out.isEmpty()) {
        const auto document =
            ReportRender::document(WeeklyReviewDocument::html(review), WeeklyReviewDocument::title(review));
        const auto written = ReportRender::writePdf(out, *document, *paper);
        if (!written)
            return context.refuse(written.error().message);
        pages = written.value();
    }
    if (asJson) {
        QJsonObject document = WeeklyReviews::toJson(review);
        if (!out.isEmpty()) {
            document.insert(QStringLiteral("out"), QDir::toNativeSeparators(out));
            document.insert(QStringLiteral("pages"), pages);
        }
        context.printJson(document);
        return ExitDone;
    }
    if (!out.isEmpty()) {
        context.out() << Tr::tr("Wrote the weekly review for the week of %1 to %2 (%n page(s)).", nullptr,
                                pages)
                             .arg(QLocale().toString(review.weekStart, QLocale::LongFormat),
                                  QDir::toNativeSeparators(out))
                      << Qt::endl;
        return ExitDone;
    }
    context.out() << WeeklyReviewDocument::text(review);
    context.out().flush();
    return ExitDone;
}

} // namespace tutordesk
